package vn.noivu.personnel.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.noivu.Api;
import vn.noivu.BenchmarkProduct;
import vn.noivu.personnel.internal.demo.DatasetGenerator;
import vn.noivu.personnel.internal.load.AfterLoadSteps;
import vn.noivu.personnel.internal.load.PersonnelImport;
import vn.noivu.personnel.internal.query.PersonnelQueries;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.security.UserScope;

/**
 * The personnel benchmark (bench/personnel/README.md): a national synthetic dataset of N people
 * (default 2,500,000) over about 6,000 units in the 34 provinces; the bulk import against a bare
 * COPY of the same file into an unindexed table, in the same run; then name search, a province's due
 * lists and the national headcount by province × category. Run with {@code -Xmx1g} to prove the heap.
 */
public final class PersonnelBenchmark {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2_500_000;
        BenchmarkProduct.run(
                "noivu-bench", (app, work) -> run(app, people, work), "--logging.level.vn.noivu.personnel=info");
    }

    static void run(ConfigurableApplicationContext app, int people, Path work) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        DataSource dataSource = app.getBean(DataSource.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();

        // 1. Units: for each of the 34 provinces a People's Committee, 15 departments, 60 public service
        //    units and 90 communes, through the organisation module's import.
        List<String> provinces = jdbc.sql("""
                        SELECT code FROM adminunit.api_unit_version
                        WHERE level = 'province' AND valid_from <= DATE '2025-07-01'
                          AND (valid_to IS NULL OR valid_to > DATE '2025-07-01') ORDER BY code""").query(String.class).list();
        Path units = work.resolve("units.csv");
        List<DatasetGenerator.Unit> placed = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 7, 1);
        SplittableRandom r = new SplittableRandom(34);
        try (Writer w = Files.newBufferedWriter(units)) {
            w.write("code,name,short_name,type,parent_code,admin_unit_code,autonomy_group,valid_from,valid_to,"
                    + "legal_basis,decision_date,issuer\n");
            for (String p : provinces) {
                String root = "UBND." + p;
                w.write(root + ",Ủy ban nhân dân tỉnh " + p + ",UBND,PROVINCIAL_PEOPLES_COMMITTEE,," + p
                        + ",,2025-07-01,,BENCH/QĐ,2025-06-30,Bench\n");
                for (int d = 1; d <= 15; d++) {
                    String dept = root + ".S" + d;
                    w.write(dept + ",Sở " + d + ",S" + d + ",PROVINCIAL_DEPARTMENT," + root
                            + ",,,2025-07-01,,BENCH/QĐ,2025-06-30,Bench\n");
                    placed.add(new DatasetGenerator.Unit(dept, "PROVINCIAL_DEPARTMENT", p, from));
                    for (int s = 1; s <= 4; s++) {
                        String unit = dept + ".DV" + s;
                        int group = 1 + r.nextInt(4);
                        w.write(unit + ",Đơn vị sự nghiệp " + d + "." + s + ",DV,PUBLIC_SERVICE_UNIT," + dept + ",,"
                                + group + ",2025-07-01,,BENCH/QĐ,2025-06-30,Bench\n");
                        for (int k = 0; k < 8; k++) {
                            // Schools and hospitals employ most public employees.
                            placed.add(new DatasetGenerator.Unit(unit, "PUBLIC_SERVICE_UNIT", p, from));
                        }
                    }
                }
                for (int x = 1; x <= 90; x++) {
                    String commune = root + ".X" + x;
                    w.write(commune + ",Ủy ban nhân dân xã " + x + ",UBND xã,COMMUNE_PEOPLES_COMMITTEE," + root
                            + ",,,2025-07-01,,BENCH/QĐ,2025-06-30,Bench\n");
                    placed.add(new DatasetGenerator.Unit(commune, "COMMUNE_PEOPLES_COMMITTEE", p, from));
                }
            }
        }
        var admin = Api.as(port, "admin", BenchmarkProduct.ADMIN_PASSWORD);
        var response = admin.upload("/api/v1/organizations/imports", units, "kind", "units");
        if (response.status() != 200) {
            throw new IllegalStateException(
                    "units import refused: " + response.body().substring(0, 500));
        }
        long unitCount = jdbc.sql("SELECT count(*) FROM organization.api_unit")
                .query(Long.class)
                .single();

        // 2. The people file.
        Path file = work.resolve("people.csv");
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DatasetGenerator(2026, LocalDate.of(2026, 11, 1), people).write(w, placed, people);
        }
        double generated = seconds(t0);
        long bytes = Files.size(file);

        // 3. Bare COPY of the same file into an unindexed table: three times, the median (one copy
        // varies by a second on a shared machine, which alone moves the ratio by a quarter).
        double[] bareRuns = new double[3];
        for (int run = 0; run < bareRuns.length; run++) {
            jdbc.sql("CREATE TABLE public.bench_bare (national_id text, full_name text, birth_date text, sex text,"
                            + " org_code text, staff_category text, rank_code text, salary_step text,"
                            + " position_code text, valid_from text, step_since text, leadership_title text,"
                            + " position_allowance text)")
                    .update();
            t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection();
                    InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY public.bench_bare FROM STDIN WITH (FORMAT csv, HEADER true)", in, 1 << 16);
            }
            bareRuns[run] = seconds(t0);
            jdbc.sql("DROP TABLE public.bench_bare").update();
        }
        double[] sortedBare = bareRuns.clone();
        java.util.Arrays.sort(sortedBare);
        double bare = sortedBare[1];

        // 4. A warm-up import of 100,000 other people, emptied again: the measured import then runs on
        // compiled code, as in a server that has been up for a while, not on the JIT's first pass
        // (which costs a cold JVM about two seconds of a core on this file).
        Path warmFile = work.resolve("warm-up.csv");
        try (BufferedWriter w = Files.newBufferedWriter(warmFile, StandardCharsets.UTF_8)) {
            new DatasetGenerator(1975, LocalDate.of(2026, 11, 1), 100_000).write(w, placed, 100_000);
        }
        t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(warmFile)) {
            app.getBean(PersonnelImport.class).importFile("warm-up.csv", in);
        }
        app.getBean(AfterLoadSteps.class).awaitIdle();
        double warmUp = seconds(t0);
        jdbc.sql("TRUNCATE personnel.person, personnel.person_name CASCADE").update();

        // 5. The import, heap peaks reset first.
        System.gc();
        resetPeaks();
        PersonnelImport importer = app.getBean(PersonnelImport.class);
        t0 = System.nanoTime();
        PersonnelImport.Outcome outcome;
        try (InputStream in = Files.newInputStream(file)) {
            outcome = importer.importFile("people.csv", in);
        }
        double imported = seconds(t0);
        long heapPeak = heapPeak();
        // The query indexes, constraint validation and statistics a large load leaves to after its
        // commit: the time until searches run at full speed, counted from the import's start.
        app.getBean(AfterLoadSteps.class).awaitIdle();
        double searchReady = seconds(t0);
        long stepsLeft = app.getBean(AfterLoadSteps.class).queued();
        jdbc.sql("VACUUM ANALYZE personnel.person").update();
        jdbc.sql("VACUUM ANALYZE personnel.employment").update();
        jdbc.sql("VACUUM ANALYZE personnel.person_name").update();
        long names = jdbc.sql("SELECT count(*) FROM personnel.person_name")
                .query(Long.class)
                .single();

        // 6. Queries.
        PersonnelQueries queries = app.getBean(PersonnelQueries.class);
        Scopes scopes = app.getBean(Scopes.class);
        List<String> sample = jdbc.sql("SELECT full_name FROM personnel.person TABLESAMPLE SYSTEM (0.1) LIMIT 400")
                .query(String.class)
                .list();
        List<String> searches = new ArrayList<>();
        SplittableRandom q = new SplittableRandom(7);
        for (String name : sample) {
            String[] parts = name.split(" ");
            int kind = q.nextInt(10);
            if (kind < 5) {
                searches.add(fold(name)); // the full name, typed without diacritics
            } else if (kind < 8) {
                searches.add(fold(parts[parts.length - 2] + " " + parts[parts.length - 1])); // middle + given name
            } else {
                searches.add(fold(parts[0] + " " + parts[parts.length - 1])); // family + given name
            }
            if (searches.size() == 200) {
                break;
            }
        }
        as(UserScope.NATIONAL);
        double[] national = time(searches, s -> queries.search(criteria(s)));
        UserScope hanoi = scopes.resolve("01");
        as(hanoi);
        double[] inProvince = time(searches, s -> queries.search(criteria(s)));
        List<String> months = List.of(
                "2026-01-01",
                "2026-04-01",
                "2026-07-01",
                "2026-10-01",
                "2027-01-01",
                "2027-04-01",
                "2027-07-01",
                "2027-10-01",
                "2028-01-01",
                "2028-04-01");
        double[] steps = time(
                months,
                m -> queries.due(
                        PersonnelQueries.DueKind.STEP_INCREASE,
                        null,
                        LocalDate.parse(m),
                        LocalDate.parse(m).plusMonths(1).minusDays(1),
                        false));
        double[] retirement = time(
                months,
                m -> queries.due(
                        PersonnelQueries.DueKind.RETIREMENT,
                        null,
                        LocalDate.parse(m),
                        LocalDate.parse(m).plusMonths(3).minusDays(1),
                        false));
        double[] reappointment = time(
                months,
                m -> queries.due(
                        PersonnelQueries.DueKind.REAPPOINTMENT,
                        null,
                        LocalDate.parse(m),
                        LocalDate.parse(m).plusMonths(3).minusDays(1),
                        false));
        int stepRows = queries.due(
                        PersonnelQueries.DueKind.STEP_INCREASE,
                        null,
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 1, 31),
                        false)
                .size();
        as(UserScope.NATIONAL);
        List<String> dates = List.of(
                "2026-12-31",
                "2025-12-31",
                "2026-06-30",
                "2027-06-30",
                "2026-11-01",
                "2026-01-01",
                "2026-03-31",
                "2026-09-30",
                "2026-12-01",
                "2027-12-31");
        double[] headcount = time(dates, d -> queries.headcount(null, LocalDate.parse(d), true));

        System.out.printf(
                "%nPERSONNEL BENCHMARK (%,d people, %,d units in %d provinces, file %,d MB)%n",
                people, unitCount, provinces.size(), bytes >> 20);
        System.out.printf("generate file              %8.1f s%n", generated);
        System.out.printf("warm-up import (100,000)   %8.1f s   (not measured: compiles the import's code)%n", warmUp);
        System.out.printf(
                "bare COPY (unindexed)      %8.1f s   %,10.0f rows/s   (median of %.1f, %.1f, %.1f s)%n",
                bare, people / bare, bareRuns[0], bareRuns[1], bareRuns[2]);
        System.out.printf(
                "personnel import           %8.1f s   %,10.0f rows/s   ratio %.2f  (created %,d)%n",
                imported, people / imported, bare / imported, outcome.created());
        System.out.printf(
                "  + indexes after commit     %8.1f s   %,10.0f rows/s   ratio %.2f  (steps %s, left queued %d)%n",
                searchReady,
                people / searchReady,
                bare / searchReady,
                outcome.indexesPending() ? "after the commit" : "none",
                stepsLeft);
        System.out.printf(
                "heap peak during import    %8d MB   (max heap %d MB)%n",
                heapPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("distinct names             %,8d%n", names);
        report("name search, national", national);
        report("name search, Hà Nội user", inProvince);
        report("due step-increase (1 month, Hà Nội, " + stepRows + " rows)", steps);
        report("due retirement (3 months, Hà Nội)", retirement);
        report("due reappointment (3 months, Hà Nội)", reappointment);
        report("headcount province × category", headcount);
        if (Boolean.getBoolean("bench.hold")) {
            // Keeps the loaded database up to study plans: -Dbench.hold=true
            try (Connection c = dataSource.getConnection()) {
                System.out.println(
                        "Holding the database open at " + c.getMetaData().getURL());
            }
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    static PersonnelQueries.Criteria criteria(String q) {
        return new PersonnelQueries.Criteria(q, null, null, null, null, null, null, LocalDate.of(2026, 11, 1), 0, 50);
    }

    static void as(UserScope scope) {
        NoiVuUser user = new NoiVuUser(
                0, "bench", "x", "Bench", scope, true, true, List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    interface Query {
        Object run(String arg) throws Exception;
    }

    static double[] time(List<String> args, Query query) throws Exception {
        for (int i = 0; i < Math.min(5, args.size()); i++) {
            query.run(args.get(i)); // warm-up
        }
        double[] ms = new double[args.size()];
        for (int i = 0; i < args.size(); i++) {
            long t = System.nanoTime();
            query.run(args.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static void report(String what, double[] ms) {
        System.out.printf(
                "%-44s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   (n=%d)%n",
                what, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], ms.length);
    }

    static String fold(String s) {
        String n = java.text.Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static <T> Supplier<T> none() {
        return () -> null;
    }
}
