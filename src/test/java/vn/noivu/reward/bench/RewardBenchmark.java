package vn.noivu.reward.bench;

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
import vn.noivu.personnel.internal.demo.DatasetGenerator;
import vn.noivu.personnel.internal.load.AfterLoadSteps;
import vn.noivu.personnel.internal.load.PersonnelImport;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.UserScope;
import vn.noivu.reward.EligibilityRequest;
import vn.noivu.reward.EligibilitySummary;
import vn.noivu.reward.Rewards;

/**
 * The reward benchmark (bench/reward/README.md): one province of N people (default 80,000) with ten
 * years (2017–2026) of ratings, titles, initiatives and discipline; times the eligibility of every
 * person of the province for CSTD_CS (target ≤ 5 s) and of one person (target ≤ 20 ms).
 */
public final class RewardBenchmark {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 80_000;
        BenchmarkProduct.run("noivu-reward-bench", (app, work) -> run(app, people, work));
    }

    static void run(ConfigurableApplicationContext app, int people, Path work) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String province = jdbc.sql("""
                        SELECT code FROM adminunit.api_unit_version
                        WHERE level = 'province' AND valid_from <= DATE '2025-07-01'
                          AND (valid_to IS NULL OR valid_to > DATE '2025-07-01') ORDER BY code LIMIT 1""").query(String.class).single();
        String root = "UBND." + province;

        // 1. The province: a People's Committee, 20 departments with 6 public service units each, 120 communes.
        Path units = work.resolve("units.csv");
        List<DatasetGenerator.Unit> placed = new ArrayList<>();
        LocalDate from = LocalDate.of(2015, 1, 1);
        try (Writer w = Files.newBufferedWriter(units)) {
            w.write("code,name,short_name,type,parent_code,admin_unit_code,autonomy_group,valid_from,valid_to,"
                    + "legal_basis,decision_date,issuer\n");
            w.write(root + ",Ủy ban nhân dân tỉnh " + province + ",UBND,PROVINCIAL_PEOPLES_COMMITTEE,," + province
                    + ",,2015-01-01,,BENCH/QĐ,2014-12-30,Bench\n");
            for (int d = 1; d <= 20; d++) {
                String dept = root + ".S" + d;
                w.write(dept + ",Sở " + d + ",S" + d + ",PROVINCIAL_DEPARTMENT," + root
                        + ",,,2015-01-01,,BENCH/QĐ,2014-12-30,Bench\n");
                placed.add(new DatasetGenerator.Unit(dept, "PROVINCIAL_DEPARTMENT", province, from));
                for (int s = 1; s <= 6; s++) {
                    String unit = dept + ".DV" + s;
                    w.write(unit + ",Đơn vị sự nghiệp " + d + "." + s + ",DV,PUBLIC_SERVICE_UNIT," + dept + ",,2"
                            + ",2015-01-01,,BENCH/QĐ,2014-12-30,Bench\n");
                    for (int k = 0; k < 6; k++) {
                        placed.add(new DatasetGenerator.Unit(unit, "PUBLIC_SERVICE_UNIT", province, from));
                    }
                }
            }
            for (int x = 1; x <= 120; x++) {
                String commune = root + ".X" + x;
                w.write(commune + ",Ủy ban nhân dân xã " + x + ",UBND xã,COMMUNE_PEOPLES_COMMITTEE," + root
                        + ",,,2015-01-01,,BENCH/QĐ,2014-12-30,Bench\n");
                placed.add(new DatasetGenerator.Unit(commune, "COMMUNE_PEOPLES_COMMITTEE", province, from));
            }
        }
        var admin = Api.as(port, "admin", BenchmarkProduct.ADMIN_PASSWORD);
        var response = admin.upload("/api/v1/organizations/imports", units, "kind", "units");
        if (response.status() != 200) {
            throw new IllegalStateException("units import refused: " + response.body());
        }

        // 2. The people, through the personnel import.
        long t0 = System.nanoTime();
        Path file = work.resolve("people.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DatasetGenerator(2026, LocalDate.of(2026, 11, 1), people).write(w, placed, people);
        }
        try (InputStream in = Files.newInputStream(file)) {
            app.getBean(PersonnelImport.class).importFile("people.csv", in);
        }
        app.getBean(AfterLoadSteps.class).awaitIdle();
        double loadPeople = seconds(t0);

        // 3. Ten years of the registry (2017–2026), set-based: ratings every year, LĐTT for most, CSTĐ cơ
        //    sở for about one in six, an initiative for one in ten, discipline for one in a hundred.
        t0 = System.nanoTime();
        jdbc.sql("SELECT setseed(0.34)").query(Object.class).list();
        jdbc.sql("""
                        CREATE TEMP TABLE bench_people AS
                        SELECT DISTINCT e.person_id, u.path FROM personnel.api_employment e
                        JOIN organization.api_unit u ON u.code = e.org_code WHERE u.path LIKE :p""").param("p", "%/" + root + "/%").update();
        jdbc.sql("""
                        INSERT INTO reward.rating (person_id, year, rating, scope_path)
                        SELECT b.person_id, y, CASE WHEN r < 0.25 THEN 'HTXSNV' WHEN r < 0.90 THEN 'HTTNV'
                                                    WHEN r < 0.98 THEN 'HTNV' ELSE 'KHTNV' END, b.path
                        FROM bench_people b, generate_series(2017, 2026) y, LATERAL (SELECT random() + 0 * y AS r) x""").update();
        jdbc.sql("""
                        INSERT INTO reward.award (person_id, title_code, year, decision_no, decision_date, issuer,
                                                  scope_path, created_by)
                        SELECT r.person_id, t.code, r.year, r.year || '/QĐ-BENCH', make_date(r.year, 11, 30),
                               'Bench', r.scope_path, 'bench'
                        FROM reward.rating r
                        CROSS JOIN LATERAL (SELECT 'LDTT' AS code WHERE r.rating IN ('HTXSNV', 'HTTNV')
                                            UNION ALL SELECT 'CSTD_CS' WHERE r.rating = 'HTXSNV' AND random() < 0.7) t""").update();
        jdbc.sql("""
                        INSERT INTO reward.initiative (person_id, title, recognised_scope, recognised_on, decision_no,
                                                       scope_path, created_by)
                        SELECT b.person_id, 'Sáng kiến ' || y, CASE WHEN random() < 0.8 THEN 'UNIT' ELSE 'MINISTRY_PROVINCE' END,
                               make_date(y, 10, 15), y || '/QĐ-SK-' || b.person_id, b.path, 'bench'
                        FROM bench_people b, generate_series(2017, 2026) y WHERE random() < 0.1""").update();
        jdbc.sql("""
                        INSERT INTO reward.discipline (person_id, level, decided_on, decision_no, scope_path)
                        SELECT b.person_id, 'KHIEN_TRACH', make_date(y, 6, 1), y || '/QĐ-KL-' || b.person_id, b.path
                        FROM bench_people b, generate_series(2017, 2026) y WHERE random() < 0.01""").update();
        jdbc.sql("ANALYZE").update();
        double loadRegistry = seconds(t0);
        long ratings = count(jdbc, "reward.rating");
        long awards = count(jdbc, "reward.award");
        long initiatives = count(jdbc, "reward.initiative");
        long disciplines = count(jdbc, "reward.discipline");

        // 4. Eligibility, as the province's user.
        NoiVuUser user = new NoiVuUser(
                0,
                "bench",
                "x",
                "Bench",
                new UserScope(
                        root,
                        jdbc.sql("SELECT path FROM organization.api_unit WHERE code = :c")
                                .param("c", root)
                                .query(String.class)
                                .single()),
                true,
                true,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        Rewards rewards = app.getBean(Rewards.class);
        EligibilityRequest province2026 = new EligibilityRequest(null, root, "CSTD_CS", 2026);
        rewards.eligibilityOfMembers(province2026); // warm-up
        double[] whole = new double[3];
        EligibilitySummary summary = null;
        for (int i = 0; i < whole.length; i++) {
            t0 = System.nanoTime();
            summary = rewards.eligibilityOfMembers(province2026);
            whole[i] = seconds(t0);
        }
        Arrays.sort(whole);

        List<Long> sample = jdbc.sql("SELECT person_id FROM bench_people ORDER BY random() LIMIT 300")
                .query(Long.class)
                .list();
        for (int i = 0; i < 100; i++) { // warm-up
            rewards.eligibility(new EligibilityRequest(sample.get(i), null, "CSTD_CS", 2026));
        }
        double[] one = new double[200];
        for (int i = 0; i < one.length; i++) {
            long s = System.nanoTime();
            rewards.eligibility(new EligibilityRequest(sample.get(100 + i), null, "CSTD_BO_TINH", 2026));
            one[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(one);

        System.out.println("==== Reward benchmark ====");
        System.out.printf("province %s: %,d people loaded in %.1f s%n", root, summary.people(), loadPeople);
        System.out.printf(
                "registry 2017–2026: %,d ratings, %,d awards, %,d initiatives, %,d disciplines (%.1f s)%n",
                ratings, awards, initiatives, disciplines, loadRegistry);
        System.out.printf(
                "eligibility of the whole province for CSTD_CS 2026: median %.2f s of 3 (min %.2f, max %.2f);"
                        + " %,d eligible; failed by rule %s  [target ≤ 5 s]%n",
                whole[1], whole[0], whole[2], summary.eligible(), summary.failedByRule());
        System.out.printf(
                "eligibility of one person (CSTD_BO_TINH 2026, 200 people): median %.1f ms, p95 %.1f ms, max %.1f ms"
                        + "  [target ≤ 20 ms]%n",
                one[100], one[189], one[199]);
        System.out.println("==========================");
        SecurityContextHolder.clearContext();
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
