package vn.noivu.reporting.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.noivu.Api;
import vn.noivu.BenchmarkProduct;
import vn.noivu.personnel.Personnel;
import vn.noivu.personnel.internal.demo.DatasetGenerator;
import vn.noivu.personnel.internal.load.AfterLoadSteps;
import vn.noivu.personnel.internal.load.PersonnelImport;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Scopes;
import vn.noivu.reporting.internal.Consolidations;
import vn.noivu.reporting.internal.FormPeriods;
import vn.noivu.reporting.internal.ReportStore;

/**
 * The reporting benchmark (bench/reporting/README.md): a form of 200 indicators reported by 34
 * provinces and 3,321 communes, all accepted — national consolidation (by the cut-off's tree and
 * re-cast), completeness (API and the period page's by-province figures) — and the pre-fill of a
 * province's civil-servant form from N personnel dossiers (default 2,500,000).
 */
public final class ReportingBenchmark {

    static final String FORM = "BENCH-200.N/NV";

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2_500_000;
        BenchmarkProduct.run("noivu-reporting-bench", (app, work) -> run(app, people, work));
    }

    static void run(ConfigurableApplicationContext app, int people, Path work) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Api admin = Api.as(port, "admin", BenchmarkProduct.ADMIN_PASSWORD);

        // 1. 34 provinces, each a People's Committee with 15 departments (4 service units each) and
        //    97 or 98 communes: 3,321 communes in all, as since 01/07/2025.
        List<String> provinces = jdbc.sql("""
                        SELECT code FROM adminunit.api_unit_version
                        WHERE level = 'province' AND valid_from <= DATE '2025-07-01'
                          AND (valid_to IS NULL OR valid_to > DATE '2025-07-01') ORDER BY code""").query(String.class).list();
        Path units = work.resolve("units.csv");
        List<DatasetGenerator.Unit> placed = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 7, 1);
        try (Writer w = Files.newBufferedWriter(units)) {
            w.write("code,name,short_name,type,parent_code,admin_unit_code,autonomy_group,valid_from,valid_to,"
                    + "legal_basis,decision_date,issuer\n");
            for (int i = 0; i < provinces.size(); i++) {
                String p = provinces.get(i);
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
                        w.write(unit + ",Đơn vị sự nghiệp " + d + "." + s + ",DV,PUBLIC_SERVICE_UNIT," + dept + ",,"
                                + (1 + s % 4) + ",2025-07-01,,BENCH/QĐ,2025-06-30,Bench\n");
                        for (int k = 0; k < 8; k++) {
                            placed.add(new DatasetGenerator.Unit(unit, "PUBLIC_SERVICE_UNIT", p, from));
                        }
                    }
                }
                int communes = i < 23 ? 98 : 97;
                for (int x = 1; x <= communes; x++) {
                    String commune = root + ".X" + x;
                    w.write(commune + ",Ủy ban nhân dân xã " + x + ",UBND xã,COMMUNE_PEOPLES_COMMITTEE," + root
                            + ",,,2025-07-01,,BENCH/QĐ,2025-06-30,Bench\n");
                    placed.add(new DatasetGenerator.Unit(commune, "COMMUNE_PEOPLES_COMMITTEE", p, from));
                }
            }
        }
        Api.Response imported = admin.upload("/api/v1/organizations/imports", units, "kind", "units");
        if (imported.status() != 200) {
            throw new IllegalStateException("units import refused: " + imported.body());
        }

        // 2. The form: 40 rows × 5 columns = 200 indicators, provinces and communes report it.
        StringBuilder form = new StringBuilder("""
                {"code": "%s", "title": "Biểu thử 200 chỉ tiêu", "legalBasis": "Benchmark",
                 "validFrom": "2025-01-01", "domain": "Benchmark", "periodType": "YEAR",
                 "deadline": {"day": 28, "month": 2, "yearOffset": 1},
                 "reportingUnits": {"types": ["PROVINCIAL_PEOPLES_COMMITTEE", "COMMUNE_PEOPLES_COMMITTEE"]},
                 "receivingLevel": "MINISTRY", "rows": [""".formatted(FORM));
        for (int r = 1; r <= 40; r++) {
            form.append(r == 1 ? "" : ",").append("{\"code\": \"%02d\", \"label\": \"Chỉ tiêu %d\"}".formatted(r, r));
        }
        form.append("], \"columns\": [");
        for (int c = 1; c <= 5; c++) {
            form.append(c == 1 ? "" : ",").append("{\"code\": \"%d\", \"label\": \"Cột %d\"}".formatted(c, c));
        }
        form.append("]}");
        Path formFile = work.resolve("form.json");
        Files.writeString(formFile, form);
        Api.Response formImported = admin.upload("/api/v1/reporting/forms/imports", formFile);
        if (formImported.status() != 200 && formImported.status() != 201) {
            throw new IllegalStateException("form import refused: " + formImported.body());
        }

        // 3. Every expected unit's report, accepted, with 200 figures (written in SQL: the workflow is
        //    not what is measured).
        long t0 = System.nanoTime();
        int reports = jdbc.sql("""
                        INSERT INTO reporting.report (form_code, period, unit_code, status, cell_values, deadline,
                                                     first_submitted_on, versions, updated_by)
                        SELECT :f, '2025', v.code, 'ACCEPTED',
                               (SELECT jsonb_object_agg(lpad(r::text, 2, '0') || '.' || c, (r * c + length(v.code)) % 97)
                                FROM generate_series(1, 40) r, generate_series(1, 5) c),
                               DATE '2026-02-28', DATE '2026-02-20', 1, 'bench'
                        FROM organization.api_unit_version v
                        WHERE v.type IN ('PROVINCIAL_PEOPLES_COMMITTEE', 'COMMUNE_PEOPLES_COMMITTEE')""").param("f", FORM).update();
        jdbc.sql("VACUUM ANALYZE reporting.report").update();
        System.out.printf("reports written: %,d in %.1f s%n", reports, seconds(t0));

        // 4. National consolidation as a Ministry user, by the cut-off's tree and re-cast.
        asNational(app);
        Consolidations consolidations = app.getBean(Consolidations.class);
        report(
                "national consolidation (cut-off tree)",
                time(10, () -> consolidations.consolidate(FORM, "2025", null, false)));
        report(
                "national consolidation (re-cast)",
                time(10, () -> consolidations.consolidate(FORM, "2025", null, true)));
        // Where the time goes: each step of the national consolidation on its own (the form read,
        // the accepted units listed, the national sum), and the sum the service used to run before
        // it read the kept totals (every figure added up) for comparison.
        FormPeriods formPeriods = app.getBean(FormPeriods.class);
        ReportStore store = app.getBean(ReportStore.class);
        report("  step: form and period read (FormPeriods.of)", time(10, () -> formPeriods.of(FORM, "2025")));
        report("  step: accepted units listed", time(10, () -> store.acceptedUnits(FORM, "2025")));
        report("  step: national sum (kept totals)", time(10, () -> store.sumAccepted(FORM, "2025", null)));
        report(
                "  before: national sum over every figure",
                time(10, () -> jdbc.sql("""
                        SELECT cell, sum(value) FROM reporting.report_figure
                        WHERE form_code = :f AND period = '2025' GROUP BY cell""").param("f", FORM).query().listOfRows()));
        jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS) SELECT cell, value FROM reporting.report_total
                        WHERE form_code = :f AND period = '2025'""").param("f", FORM).query(String.class).list().forEach(line -> System.out.println("  " + line));
        report(
                "a province's consolidation (cut-off tree)",
                time(10, () -> consolidations.consolidate(FORM, "2025", provinces.get(0), false)));
        report(
                "a province's consolidation (re-cast)",
                time(10, () -> consolidations.consolidate(FORM, "2025", provinces.get(0), true)));
        jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS) SELECT cell, sum(value) FROM reporting.report_figure
                        WHERE form_code = :f AND period = '2025'
                          AND unit_code IN (SELECT code FROM organization.api_unit WHERE path LIKE :p)
                        GROUP BY cell""")
                .param("p", "%/UBND." + provinces.get(0) + "/%")
                .param("f", FORM)
                .query(String.class)
                .list()
                .forEach(line -> System.out.println("  " + line));
        // Again after the province series: the same figure, with anything left running after the
        // imports long finished and the JIT warm.
        report(
                "national consolidation (cut-off tree), again",
                time(10, () -> consolidations.consolidate(FORM, "2025", null, false)));
        String q = "?form=" + java.net.URLEncoder.encode(FORM, StandardCharsets.UTF_8) + "&period=2025";
        report("completeness API (HTTP)", time(20, () -> admin.get("/api/v1/reporting/completeness" + q)));
        report(
                "completeness by province API (HTTP)",
                time(20, () -> admin.get("/api/v1/reporting/completeness/by-province" + q)));
        report(
                "completeness by province (service)",
                time(20, () -> consolidations.completenessByProvince(FORM, "2025", null)));
        SecurityContextHolder.clearContext();

        // 5. N personnel dossiers, then a province's civil-servant figures (every cell of its form).
        Path file = work.resolve("people.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DatasetGenerator(2026, LocalDate.of(2026, 11, 1), people).write(w, placed, people);
        }
        t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            app.getBean(PersonnelImport.class).importFile("people.csv", in);
        }
        app.getBean(AfterLoadSteps.class).awaitIdle();
        jdbc.sql("VACUUM ANALYZE personnel.person").update();
        jdbc.sql("VACUUM ANALYZE personnel.employment").update();
        System.out.printf("%,d people imported and indexed in %.1f s%n", people, seconds(t0));
        Personnel personnel = app.getBean(Personnel.class);
        List<String> roots = provinces.stream().map(p -> "UBND." + p).toList();
        int[] i = {0};
        double[] prefill = time(
                10, () -> personnel.civilServantFigures(roots.get(i[0]++ % roots.size()), LocalDate.of(2025, 12, 31)));
        report("a province's civil-servant form pre-filled (48 cells)", prefill);
        System.out.println("one province: "
                + personnel
                        .civilServantFigures(roots.get(0), LocalDate.of(2025, 12, 31))
                        .get("total") + " cadres and civil servants on 31/12/2025");
    }

    static void asNational(ConfigurableApplicationContext app) {
        var scope = app.getBean(Scopes.class).resolve(null);
        NoiVuUser user = new NoiVuUser(
                0, "bench", "x", "Bench", scope, true, true, List.of(new SimpleGrantedAuthority("ROLE_APPROVER")));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    interface Step {
        Object run() throws Exception;
    }

    static double[] time(int runs, Step step) throws Exception {
        step.run(); // warm-up
        double[] ms = new double[runs];
        for (int k = 0; k < runs; k++) {
            long t = System.nanoTime();
            step.run();
            ms[k] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static void report(String what, double[] ms) {
        System.out.printf(
                "%-55s median %8.1f ms   p95 %8.1f ms   max %8.1f ms%n",
                what, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
