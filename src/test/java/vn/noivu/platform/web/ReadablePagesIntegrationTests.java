package vn.noivu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * Every page of the demo, as each role would reach it: from the home page, following every link of the
 * menu and of the pages it leads to (a few of each kind: the second commune page says nothing the first
 * does not). No page may show a raw catalogue code where a person reads (an upper-case code such as
 * {@code CIVIL_SERVANT} or {@code LOGIN_SUCCESS}, or a catalogue's code without its name), the word
 * "null", or a message key Thymeleaf could not resolve ({@code ??key_vi??}).
 */
@NoiVuIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadablePagesIntegrationTests {

    /** How many pages of one kind (same path shape and parameter names) are read. */
    private static final int PER_KIND = 2;

    private static final int MAX_PAGES = 320;

    /** Every area of the menu is read as every role: a module added later is walked the day it is linked. */
    private static final List<String> AREAS = List.of(
            "/admin-units",
            "/organizations",
            "/staffing",
            "/personnel",
            "/rewards",
            "/reform",
            "/reporting",
            "/review");

    /**
     * Pages the walk starts from besides the home page: a unit's page with its children, a figure's
     * drill-down, lists behind figures — reached by clicking a number or a name, so sometimes past the
     * walk's quota of pages of one kind.
     */
    private static final List<String> STARTS = List.of(
            "/admin-units/01?asOf=2025-06-30",
            "/admin-units/changes/units?from=2025-06-30&to=2025-07-01&level=province&which=created",
            "/organizations/units/UBND.01",
            "/organizations/plans",
            "/staffing/figure?scope=UBND.01&baselineYear=2015&year=2025&category=CIVIL_SERVANT",
            "/personnel/headcount?by=province",
            "/reform/assessments",
            "/rewards/movements");

    /** A form that writes, other than signing out, changing one's password or language, and pickers. */
    private static final Pattern WRITE_FORM = Pattern.compile(
            "<form\\b(?=[^>]*method=\"post\")(?![^>]*action=\"[^\"]*(?:/logout|/lookup|/locale|/account/password)\")"
                    + "[^>]*>",
            Pattern.CASE_INSENSITIVE);

    /** An enumeration constant or upper-case catalogue code: two or more words joined by "_". */
    private static final Pattern UPPER_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private static final Pattern EXPORT_LINK = Pattern.compile("class=\"export-xlsx\" href=\"(/[^\"]*)\"");

    private static final Pattern LINK = Pattern.compile("(?:href|hx-get)=\"(/[^\"#]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Catalogue codes without an underscore (a single word): matched as whole words. */
    private final Set<String> singleWordCodes = new HashSet<>();

    /** Rank and title codes with their names: a code may stand only beside its name. */
    private final Map<String, String> rankNames = new HashMap<>();

    @BeforeAll
    void catalogues() {
        for (String sql : List.of(
                "SELECT code FROM staffing.category",
                "SELECT code FROM organization.unit_type",
                "SELECT code FROM personnel.discipline_kind",
                "SELECT code FROM reward.catalogue")) {
            jdbc.sql(sql).query(String.class).list().stream()
                    .filter(code -> !code.contains("_") && code.length() > 2)
                    .forEach(singleWordCodes::add);
        }
        jdbc.sql("SELECT code, name FROM personnel.rank")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> rankNames.put(e.getKey(), e.getValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bnv.admin", "bnv.leader", "hanoi.editor", "hanoi.viewer"})
    void everyPageReachableFromTheMenuSpeaksInNames(String username) {
        WebSession session = new WebSession();
        assertThat(session.login(port, username, TestUsers.DEMO_PASSWORD).status())
                .isEqualTo(302);

        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        queue.addAll(STARTS);
        if (username.endsWith(".admin") || username.endsWith(".editor")) {
            queue.add("/organizations/plans/new");
        }
        Set<String> shown = new HashSet<>();
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> kinds = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> exportKinds = new HashSet<>();
        List<String> exports = new ArrayList<>();
        int read = 0;
        while (!queue.isEmpty() && read < MAX_PAGES) {
            String path = queue.removeFirst();
            WebSession.Page page = session.get(port, path);
            read++;
            if (page.status() >= 300 && page.status() < 400) {
                continue;
            }
            if (page.status() != 200) {
                problems.add(path + " answered " + page.status());
                continue;
            }
            String contentType = page.headers().firstValue("Content-Type").orElse("");
            if (!contentType.startsWith("text/html")) {
                continue;
            }
            shown.add(path);
            problems.addAll(problemsOf(path, page.body()));
            if (username.endsWith(".viewer")) {
                Matcher form = WRITE_FORM.matcher(page.body());
                if (form.find()) {
                    problems.add(path + ": a viewer is offered a write form " + form.group());
                }
            }
            Matcher export = EXPORT_LINK.matcher(page.body());
            if (export.find()) {
                String link = export.group(1).replace("&amp;", "&");
                if (exportKinds.add(kind(link))) {
                    exports.add(link);
                }
            }
            for (String link : links(page.body())) {
                if (seen.add(link) && kinds.merge(kind(link), 1, Integer::sum) <= PER_KIND) {
                    queue.addLast(link);
                }
            }
        }
        // The tables leave as they are shown: names, not codes, in every kind of workbook offered.
        for (String link : exports) {
            problems.addAll(problemsOf(link, workbookText(session.download(port, link))));
        }
        assertThat(read).as("pages read as " + username).isGreaterThan(15);
        for (String area : AREAS) {
            assertThat(shown.stream()
                            .anyMatch(p -> p.equals(area) || p.startsWith(area + "/") || p.startsWith(area + "?")))
                    .as(area + " walked as " + username)
                    .isTrue();
        }
        assertThat(problems).as("pages read as " + username + ": " + read).isEmpty();
    }

    List<String> problemsOf(String path, String html) {
        String text = visibleText(html);
        List<String> found = new ArrayList<>();
        Matcher upper = UPPER_CODE.matcher(text);
        Set<String> codes = new LinkedHashSet<>();
        while (upper.find()) {
            codes.add(upper.group());
        }
        for (String word : text.split("[^\\p{L}\\p{N}_.]+")) {
            String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (singleWordCodes.contains(w)) {
                codes.add(w);
            }
            String rank = rankNames.get(w);
            if (rank != null && !text.contains(rank)) {
                codes.add(w + " (without " + rank + ")");
            }
        }
        if (!codes.isEmpty()) {
            found.add(path + ": codes " + codes);
        }
        if (Pattern.compile("\\bnull\\b").matcher(text).find()) {
            found.add(path + ": null in «" + around(text, "null") + "»");
        }
        Matcher scope = Pattern.compile("Phạm vi [0-9]{2}\\b").matcher(text);
        if (scope.find()) {
            found.add(path + ": a scope by its code «" + scope.group() + "»");
        }
        if (text.contains("??")) {
            found.add(path + ": unresolved message «" + around(text, "??") + "»");
        }
        return found;
    }

    /** Every cell of every sheet, as text. */
    static String workbookText(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        // The audit log's before/after states are the records as stored (JSON), as on its page.
                        String value = f.formatCellValue(cell).replaceAll("(?s)\\{.*\\}", " ");
                        text.append(value).append(" | ");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String visibleText(String html) {
        String text = html.replaceAll("(?is)<script.*?</script>", " ")
                .replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?is)<head>.*?</head>", " ")
                // The audit log's before/after states are the records as stored (JSON), behind "show details".
                .replaceAll("(?is)<code class=\"raw-state\".*?</code>", " ")
                // A title attribute is read too (a tooltip), as is an option's label.
                .replaceAll("(?is)title=\"([^\"]*)\"", "> $1 <")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
        return text.replaceAll("\\s+", " ");
    }

    static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (followed(link)) {
                links.add(link);
            }
        }
        return links;
    }

    private static boolean followed(String link) {
        String path = link.split("\\?")[0];
        return !path.startsWith("/api/")
                && !path.startsWith("/webjars/")
                && !path.startsWith("/css/")
                && !path.startsWith("/js/")
                && !path.startsWith("/swagger")
                && !path.startsWith("/v3/")
                && !path.startsWith("/actuator")
                && !path.equals("/logout")
                && !link.contains("lang=")
                && !path.matches(".*\\.(xlsx|pdf|csv|json|dump|sha256)$")
                && !path.contains("/export")
                && !path.endsWith("/xlsx")
                && !path.endsWith("/sha256");
    }

    /** Pages of one kind: the same path with numbers and codes blanked, the same parameter names. */
    static String kind(String link) {
        String[] parts = link.split("\\?", 2);
        StringBuilder shape = new StringBuilder();
        for (String segment : parts[0].split("/")) {
            shape.append('/').append(segment.matches(".*[0-9].*") || segment.matches("[A-Z%].*") ? "#" : segment);
        }
        if (parts.length > 1) {
            List<String> names = new ArrayList<>();
            for (String p : parts[1].split("&")) {
                names.add(p.split("=")[0]);
            }
            names.sort(null);
            shape.append('?').append(String.join("&", names));
        }
        return shape.toString();
    }

    private static String around(String text, String what) {
        int i = text.indexOf(what);
        return text.substring(Math.max(0, i - 60), Math.min(text.length(), i + 60));
    }
}
