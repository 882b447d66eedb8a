package vn.noivu.review.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.Api;
import vn.noivu.adminunit.AdminUnits;
import vn.noivu.review.Review;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.Reviews;
import vn.noivu.review.internal.ReviewDocument;
import vn.noivu.review.internal.ReviewEngine;
import vn.noivu.staffing.bench.SyntheticOrganisation;

/**
 * Issue 19's speed targets on the national-scale data of the other benchmarks: the national review of a
 * year ≤ 2 s and its DOCX ≤ 3 s (server time, warm). Builds the staffing benchmark's organisation
 * (≥ 100,000 units through the organisation import, restructurings to 2025) and quotas (≥ 7 million
 * rows), and {@code -Dbench.people} people (2,500,000 by default) with one employment each, written by
 * SQL (the personnel import's own speed is bench/personnel's subject). Run with bench/review/run.sh.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "noivu.embedded-db-ephemeral=${bench.ephemeral:true}",
            "noivu.data-dir=${bench.dataDir:target/bench-data}",
            "noivu.demo=false",
            "noivu.admin-password=bench-password",
            "logging.level.root=warn"
        })
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ReviewBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmUp", 3);
    static final int RUNS = Integer.getInteger("bench.runs", 10);

    @LocalServerPort
    int port;

    @Autowired
    AdminUnits adminUnits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewEngine engine;

    @Autowired
    List<ReviewSection> sections;

    @Autowired
    ReviewDocument document;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<String> report = new ArrayList<>();

    @Test
    void nationalReview() throws IOException {
        if (jdbc.sql("SELECT count(*) FROM staffing.quota").query(Long.class).single() == 0) {
            load(Integer.getInteger("bench.people", 2_500_000));
        } else {
            line("Data kept from an earlier run (-Dbench.ephemeral=false)");
        }
        // The start-up refresh of the staffing headcount (every year, in the background) would compete
        // with the timed calls for the database: the review is timed once it is done.
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("staffing-headcount")) {
                long w = System.nanoTime();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                line("Waited %,d ms for the start-up headcount refresh", (System.nanoTime() - w) / 1_000_000);
            }
        }
        Review r = reviews.review(null, 2025, 2015);
        line(
                "National review 2025 against 2015 (and 2021): %d sections, %d figures, %d missing sections",
                r.sections().size(), r.figures().size(), r.missingSections().size());
        // Each section alone, in the snapshot the facade reads in, to see where the review's time goes.
        ReviewScope national = engine.scope(null, 2025, 2015);
        ReviewScope province = engine.scope("79", 2025, 2015);
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        for (ReviewSection section : sections) {
            time(
                    "  section " + section.key() + " (" + section.getClass().getSimpleName() + "), national",
                    "—",
                    () -> snapshot.execute(t -> section.figures(national)));
            time(
                    "  section " + section.key() + " (" + section.getClass().getSimpleName() + "), province 79",
                    "—",
                    () -> snapshot.execute(t -> section.figures(province)));
        }
        time("  DOCX rendering only (POI, review computed once)", "—", () -> {
            try {
                document.write(r, java.util.Map.of(), OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        time("National review 2025 (facade, JSON record)", "≤ 2000", () -> reviews.review(null, 2025, 2015));
        time("National review 2021 against 2015 (facade)", "≤ 2000", () -> reviews.review(null, 2021, 2015));
        time("Province 79 review 2025 with its rank (facade)", "—", () -> reviews.review("79", 2025, 2015));
        time("National review 2025 as DOCX (facade)", "≤ 3000", () -> {
            try {
                reviews.document(null, 2025, 2015, OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        Api admin = Api.as(port, "admin", "bench-password");
        time("National review 2025 (HTTP API, client-side)", "—", () -> admin.get("/api/v1/review?year=2025"));
        System.out.println("\n==== Review benchmark ====");
        report.forEach(System.out::println);
        System.out.println("==========================");
    }

    private void load(int people) throws IOException {
        long t0 = System.nanoTime();
        SyntheticOrganisation org = new SyntheticOrganisation();
        org.generate(adminUnits, jdbc);
        Api admin = Api.as(port, "admin", "bench-password");
        Path units = Files.createTempFile("bench-units", ".csv");
        Path restructurings = Files.createTempFile("bench-restructurings", ".csv");
        Files.writeString(units, org.units, StandardCharsets.UTF_8);
        Files.writeString(restructurings, org.restructurings, StandardCharsets.UTF_8);
        assertThat(admin.upload("/api/v1/organizations/imports", units, "kind", "units")
                        .status())
                .isEqualTo(200);
        assertThat(admin.upload("/api/v1/organizations/imports", restructurings, "kind", "restructurings")
                        .status())
                .isEqualTo(200);
        Files.delete(units);
        Files.delete(restructurings);
        long t1 = System.nanoTime();
        // The staffing benchmark's quotas: every unit, every year it is in force on 31/12, six categories.
        jdbc.sql("""
                        INSERT INTO staffing.decision (legal_basis, issued_on, issuer)
                        SELECT 'Quyết định BENCH-' || y || '/QĐ giao biên chế năm ' || y, make_date(y - 1, 12, 15), 'Bộ Nội vụ'
                        FROM generate_series(2015, 2026) y""").update();
        jdbc.sql("""
                        INSERT INTO staffing.quota (org_code, year, category, assigned, actual, decision_id)
                        SELECT u.code, y, c.code,
                               greatest(0, (5 + (hashtext(u.code || c.code) & 63)) * (130 - y % 100) / 100),
                               greatest(0, (5 + (hashtext(u.code || c.code) & 63)) * (130 - y % 100) / 100 - 1),
                               d.id
                        FROM organization.api_unit u
                        CROSS JOIN generate_series(2015, 2026) y
                        CROSS JOIN (SELECT DISTINCT code FROM staffing.category) c
                        JOIN staffing.decision d ON d.legal_basis = 'Quyết định BENCH-' || y || '/QĐ giao biên chế năm ' || y
                        WHERE u.valid_from <= make_date(y, 12, 31)
                          AND (u.valid_to IS NULL OR u.valid_to > make_date(y, 12, 31))""").update();
        for (String table : List.of("quota", "placed_quota", "placed_total", "unit_place")) {
            jdbc.sql("VACUUM ANALYZE staffing." + table).update();
        }
        long t2 = System.nanoTime();
        // People: one employment each in a unit in force today, hired 2010–2023, one in ten left since.
        jdbc.sql("CREATE TEMP TABLE bench_unit AS SELECT row_number() OVER (ORDER BY code) AS i, code"
                        + " FROM organization.api_unit WHERE valid_to IS NULL")
                .update();
        long unitCount =
                jdbc.sql("SELECT count(*) FROM bench_unit").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO personnel.person (id, national_id, full_name, name_id, birth_date, sex, org_code)
                        SELECT g, lpad(g::text, 12, '0'), 'Người thử ' || g, 1, date '1965-01-01' + (g % 12000)::int,
                               CASE WHEN g % 2 = 0 THEN 'M' ELSE 'F' END, u.code
                        FROM generate_series(1, :n) g JOIN bench_unit u ON u.i = 1 + g % :units""").param("n", people).param("units", unitCount).update();
        jdbc.sql("""
                        INSERT INTO personnel.employment (person_id, valid_from, valid_to, org_code, staff_category, import_id)
                        SELECT id, date '2010-01-01' + (id % 5000)::int,
                               CASE WHEN id % 10 = 0 THEN date '2010-01-01' + (id % 5000)::int + 400 + (id % 1500)::int END,
                               org_code,
                               (ARRAY['CADRE', 'CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'PUBLIC_EMPLOYEE', 'COMMUNE_OFFICIAL',
                                      'CONTRACT'])[1 + (id % 6)::int],
                               1
                        FROM personnel.person""").update();
        jdbc.sql("VACUUM ANALYZE personnel.person").update();
        jdbc.sql("VACUUM ANALYZE personnel.employment").update();
        long t3 = System.nanoTime();
        line(
                "Data: %,d organisation units, %,d quota rows, %,d people (%,d employment rows)",
                jdbc.sql("SELECT count(*) FROM organization.api_unit")
                        .query(Long.class)
                        .single(),
                jdbc.sql("SELECT sum(quota_rows) FROM staffing.year_total")
                        .query(Long.class)
                        .single(),
                people,
                jdbc.sql("SELECT count(*) FROM personnel.api_employment")
                        .query(Long.class)
                        .single());
        line(
                "Loading: organisation import %,d ms, quotas %,d ms, people %,d ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    /**
     * Times a call warm: the median and max wall time of {@link #RUNS} calls after {@link #WARM_UP}, and
     * the median CPU time of this JVM thread (the Java side's share; the rest is the database's or
     * waiting for a core on a loaded machine).
     */
    private void time(String what, String target, java.util.function.Supplier<?> call) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Long> micros = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            call.get();
            micros.add((System.nanoTime() - s) / 1_000);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000);
        }
        Collections.sort(micros);
        Collections.sort(cpu);
        line(
                "%-66s median %8.1f ms  max %8.1f ms  JVM CPU %7.1f ms  (target %s ms)",
                what, micros.get(RUNS / 2) / 1000.0, micros.get(RUNS - 1) / 1000.0, cpu.get(RUNS / 2) / 1000.0, target);
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
