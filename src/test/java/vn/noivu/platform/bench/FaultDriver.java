package vn.noivu.platform.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.noivu.Api;
import vn.noivu.personnel.internal.demo.DatasetGenerator;

/**
 * The load and checks of the fault suite (bench/platform/fault.sh), against a NoiVu started by the
 * script on loopback ports. One mode per call:
 *
 * <ul>
 *   <li>{@code prepare PORT DIR PEOPLE}: imports a few provinces' units and writes {@code DIR/people.csv};
 *   <li>{@code import PORT FILE}: imports the people file (the script kills NoiVu meanwhile);
 *   <li>{@code wait-copy DBPORT}: returns once a personnel {@code COPY} runs on the database;
 *   <li>{@code count DBPORT}: prints the personnel rows (people, names, versions, import batches);
 *   <li>{@code load PORT SECONDS USERS IDS MARKER}: simulated users (logins, pages, API reads and
 *       acknowledged writes, whose ids go to {@code IDS}); an error while the file {@code MARKER}
 *       exists counts as during the database outage;
 *   <li>{@code verify PORT IDS}: how many acknowledged writes are missing;
 *   <li>{@code free-ports N}: N free loopback ports.
 * </ul>
 */
public final class FaultDriver {

    static final String ADMIN = "admin";
    static final String DEMO_PASSWORD = "NoiVu@2026";

    private FaultDriver() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(port(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "import" -> importPeople(port(args[1]), Path.of(args[2]));
            case "wait-copy" -> waitForCopy(port(args[1]));
            case "count" -> count(port(args[1]));
            case "load" ->
                new Load(
                                port(args[1]),
                                Integer.parseInt(args[2]),
                                Integer.parseInt(args[3]),
                                Path.of(args[4]),
                                Path.of(args[5]))
                        .run();
            case "verify" -> verify(port(args[1]), Path.of(args[2]));
            case "free-ports" -> freePorts(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static void freePorts(int n) throws IOException {
        List<java.net.ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                sockets.add(new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()));
            }
            System.out.println(String.join(
                    " ",
                    sockets.stream()
                            .map(s -> Integer.toString(s.getLocalPort()))
                            .toList()));
        } finally {
            for (var s : sockets) {
                s.close();
            }
        }
    }

    private static int port(String s) {
        return Integer.parseInt(s);
    }

    private static String adminPassword() {
        return System.getenv().getOrDefault("NOIVU_ADMIN_PASSWORD", "fault-admin-pw");
    }

    /** Five provinces, each a People's Committee with departments, service units and communes. */
    static void prepare(int port, Path dir, int people) throws IOException {
        String[] provinces = {"01", "79", "31", "48", "92"};
        Path units = dir.resolve("units.csv");
        List<DatasetGenerator.Unit> placed = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 7, 1);
        try (Writer w = Files.newBufferedWriter(units)) {
            w.write("code,name,short_name,type,parent_code,admin_unit_code,autonomy_group,valid_from,valid_to,"
                    + "legal_basis,decision_date,issuer\n");
            for (String p : provinces) {
                String root = "UBND." + p;
                w.write(root + ",Ủy ban nhân dân tỉnh " + p + ",UBND,PROVINCIAL_PEOPLES_COMMITTEE,," + p
                        + ",,2025-07-01,,FAULT/QĐ,2025-06-30,Fault\n");
                for (int d = 1; d <= 10; d++) {
                    String dept = root + ".S" + d;
                    w.write(dept + ",Sở " + d + ",S" + d + ",PROVINCIAL_DEPARTMENT," + root
                            + ",,,2025-07-01,,FAULT/QĐ,2025-06-30,Fault\n");
                    placed.add(new DatasetGenerator.Unit(dept, "PROVINCIAL_DEPARTMENT", p, from));
                    String unit = dept + ".DV1";
                    w.write(unit + ",Đơn vị sự nghiệp " + d + ",DV,PUBLIC_SERVICE_UNIT," + dept
                            + ",,2,2025-07-01,,FAULT/QĐ,2025-06-30,Fault\n");
                    placed.add(new DatasetGenerator.Unit(unit, "PUBLIC_SERVICE_UNIT", p, from));
                }
                for (int x = 1; x <= 20; x++) {
                    String commune = root + ".X" + x;
                    w.write(commune + ",Ủy ban nhân dân xã " + x + ",UBND xã,COMMUNE_PEOPLES_COMMITTEE," + root
                            + ",,,2025-07-01,,FAULT/QĐ,2025-06-30,Fault\n");
                    placed.add(new DatasetGenerator.Unit(commune, "COMMUNE_PEOPLES_COMMITTEE", p, from));
                }
            }
        }
        Api.Response response =
                Api.as(port, ADMIN, adminPassword()).upload("/api/v1/organizations/imports", units, "kind", "units");
        if (response.status() != 200) {
            throw new IllegalStateException("units import refused: " + response.body());
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("people.csv"), StandardCharsets.UTF_8)) {
            new DatasetGenerator(2026, LocalDate.of(2026, 11, 1), people).write(w, placed, people);
        }
        System.out.printf("prepared %d units and %d people%n", placed.size(), people);
    }

    static void importPeople(int port, Path file) throws IOException {
        Api.Response response = Api.as(port, ADMIN, adminPassword()).upload("/api/v1/personnel/imports", file);
        System.out.println("import answered " + response.status());
    }

    static void waitForCopy(int dbPort) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Connection c = database(dbPort);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE query ILIKE 'COPY personnel.%' AND state = 'active'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    System.out.println("a personnel COPY is running");
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no personnel COPY started within 10 minutes");
    }

    static void count(int dbPort) throws Exception {
        try (Connection c = database(dbPort);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM personnel.person),"
                        + " (SELECT count(*) FROM personnel.person_name),"
                        + " (SELECT count(*) FROM personnel.employment),"
                        + " (SELECT count(*) FROM personnel.import_batch)")) {
            rs.next();
            System.out.printf(
                    "people=%d names=%d versions=%d imports=%d%n",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    private static Connection database(int dbPort) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/noivu?user=postgres");
    }

    static void verify(int port, Path ids) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> acknowledged =
                Files.readAllLines(ids).stream().filter(l -> !l.isBlank()).toList();
        long lost = 0;
        for (String id : acknowledged) {
            int status = send(
                            http,
                            get(port, "/api/v1/staffing/targets/" + id)
                                    .header("Authorization", basic(ADMIN, adminPassword())))
                    .statusCode();
            if (status != 200) {
                lost++;
                System.out.println("lost: target " + id + " (" + status + ")");
            }
        }
        System.out.printf(
                "acknowledged writes: %d, found after restart: %d, lost: %d%n",
                acknowledged.size(), acknowledged.size() - lost, lost);
        if (lost > 0) {
            System.exit(1);
        }
    }

    private static HttpRequest.Builder get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .GET();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Simulated users, each on a thread of its own, with a pause between actions as people make. */
    static final class Load {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        /** Demo accounts: writers create staffing targets in their scope; readers only read. */
        private static final List<String[]> ACCOUNTS = List.of(
                new String[] {"bnv.editor", null},
                new String[] {"hanoi.editor", "01"},
                new String[] {"hcm.editor", "79"},
                new String[] {"bnv.viewer", null},
                new String[] {"hanoi.viewer", "01"},
                new String[] {"bnv.leader", null});

        private static final List<String> PAGES = List.of(
                "/",
                "/personnel?q=nguyen",
                "/personnel/due",
                "/personnel/headcount",
                "/organizations",
                "/staffing/targets",
                "/admin-units");

        private static final List<String> API_READS = List.of(
                "/api/v1/people?q=tran&size=20",
                "/api/v1/staffing/targets",
                "/api/v1/personnel/headcount?by=province",
                "/api/v1/me");

        private final int port;
        private final long deadline;
        private final int users;
        private final Path ids;
        private final Path marker;
        private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong writes = new AtomicLong();
        private final AtomicLong outageRequests = new AtomicLong();
        private final AtomicLong outageErrors = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();
        private final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
        /** Outages seen so far, as {start, end} nanoTimes (end = MAX while it lasts). */
        private final List<long[]> outages = new java.util.concurrent.CopyOnWriteArrayList<>();

        private final AtomicLong slowest = new AtomicLong();
        private final AtomicLong totalMillis = new AtomicLong();

        Load(int port, int seconds, int users, Path ids, Path marker) {
            this.port = port;
            this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            this.users = users;
            this.ids = ids;
            this.marker = marker;
        }

        void run() throws Exception {
            Thread watcher = new Thread(this::watchOutages, "outage-watcher");
            watcher.setDaemon(true);
            watcher.start();
            ExecutorService pool = Executors.newFixedThreadPool(users);
            for (int u = 0; u < users; u++) {
                int user = u;
                // People arrive over the first 20 seconds, not all in the same millisecond.
                pool.execute(() -> {
                    pause(user * 20_000 / users);
                    user(user);
                });
            }
            pool.shutdown();
            pool.awaitTermination(TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()) + 180, TimeUnit.SECONDS);
            Files.write(ids, acknowledged);
            long outside = requests.get() - outageRequests.get();
            System.out.printf(
                    "load: %d users, %d requests (%d during the database outage), %d acknowledged writes%n",
                    users, requests.get(), outageRequests.get(), acknowledged.size());
            System.out.printf("errors during the outage: %d of %d%n", outageErrors.get(), outageRequests.get());
            System.out.printf(
                    "errors outside the outage: %d of %d (rate %.4f %%)%n",
                    errors.get(), outside, outside == 0 ? 0.0 : 100.0 * errors.get() / outside);
            errorKinds.forEach((kind, n) -> System.out.println("  " + kind + ": " + n));
            System.out.printf(
                    "answers outside the outage: mean %d ms, slowest %d ms%n",
                    outside == 0 ? 0 : totalMillis.get() / outside, slowest.get());
        }

        /** Follows the script's marker file: it exists while the database is stopped. */
        private void watchOutages() {
            long[] current = null;
            while (true) {
                boolean down = Files.exists(marker);
                if (down && current == null) {
                    current = new long[] {System.nanoTime(), Long.MAX_VALUE};
                    outages.add(current);
                } else if (!down && current != null) {
                    current[1] = System.nanoTime();
                    current = null;
                }
                pause(50);
            }
        }

        private boolean overlapsOutage(long start, long end) {
            return outages.stream().anyMatch(o -> start <= o[1] && end >= o[0]);
        }

        private void user(int user) {
            String[] account = ACCOUNTS.get(user % ACCOUNTS.size());
            boolean writer = account[0].endsWith(".editor");
            SplittableRandom random = new SplittableRandom(user);
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            boolean signedIn = false;
            while (System.nanoTime() < deadline) {
                if (!signedIn) {
                    signedIn = attempt("login", () -> login(http, account[0]));
                } else {
                    int action = random.nextInt(100);
                    if (action < 50) {
                        String page = PAGES.get(random.nextInt(PAGES.size()));
                        attempt(
                                "page " + page.replaceAll("\\?.*", ""),
                                () -> send(http, get(port, page)).statusCode() == 200);
                    } else if (action < 85 || !writer) {
                        String path = API_READS.get(random.nextInt(API_READS.size()));
                        attempt(
                                "api " + path.replaceAll("\\?.*", ""),
                                () -> send(
                                                        http,
                                                        get(port, path)
                                                                .header(
                                                                        "Authorization",
                                                                        basic(account[0], DEMO_PASSWORD)))
                                                .statusCode()
                                        == 200);
                    } else {
                        attempt("write target", () -> createTarget(http, account));
                    }
                }
                pause(1000 + random.nextInt(3000));
            }
        }

        private boolean login(HttpClient http, String username) throws IOException {
            Matcher csrf = CSRF.matcher(send(http, get(port, "/login")).body());
            if (!csrf.find()) {
                return false;
            }
            String form =
                    "username=" + enc(username) + "&password=" + enc(DEMO_PASSWORD) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> answer = send(
                    http,
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)));
            return answer.statusCode() == 302
                    && answer.headers()
                            .firstValue("Location")
                            .map(l -> !l.contains("error"))
                            .orElse(false);
        }

        private boolean createTarget(HttpClient http, String[] account) throws IOException {
            long n = writes.incrementAndGet();
            String scope = account[1] == null ? "" : "\"scope\":\"" + account[1] + "\",";
            String body = "{\"name\":\"Thử tải " + run + "-" + n + ": giảm 3% biên chế\"," + scope
                    + "\"categories\":[\"CIVIL_SERVANT\"],\"baselineYear\":2024,\"targetYear\":2026,"
                    + "\"minimumPercent\":3,\"legalBasis\":\"Kế hoạch FAULT-" + run + "-" + n + "\","
                    + "\"issuer\":\"Kiểm thử chịu lỗi\"}";
            HttpResponse<String> answer = send(
                    http,
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/staffing/targets"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", basic(account[0], DEMO_PASSWORD))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (answer.statusCode() != 201) {
                return false;
            }
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(answer.body());
            if (!id.find()) {
                return false;
            }
            acknowledged.add(id.group(1)); // acknowledged: the commit happened before the answer
            return true;
        }

        interface Action {
            boolean run() throws IOException;
        }

        private boolean attempt(String kind, Action action) {
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = action.run();
            } catch (IOException | RuntimeException e) {
                ok = false;
                kind = kind + " (" + e.getClass().getSimpleName() + ")";
            }
            long end = System.nanoTime();
            requests.incrementAndGet();
            // An action that overlapped the time the database was down belongs to the outage.
            if (overlapsOutage(start, end)) {
                outageRequests.incrementAndGet();
                if (!ok) {
                    outageErrors.incrementAndGet();
                }
                return ok;
            }
            long millis = (end - start) / 1_000_000;
            totalMillis.addAndGet(millis);
            slowest.accumulateAndGet(millis, Math::max);
            if (!ok) {
                errors.incrementAndGet();
                errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            }
            return ok;
        }

        private static void pause(int millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
