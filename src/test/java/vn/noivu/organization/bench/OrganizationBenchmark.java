package vn.noivu.organization.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.adminunit.AdminUnits;
import vn.noivu.organization.internal.ChangeStatistics;
import vn.noivu.organization.internal.LegalBasis;
import vn.noivu.organization.internal.OrgImports;
import vn.noivu.organization.internal.OrgQueries;
import vn.noivu.organization.internal.RestructuringCommand;
import vn.noivu.organization.internal.RestructuringKind;
import vn.noivu.organization.internal.Restructurings;
import vn.noivu.organization.internal.TreeNode;
import vn.noivu.organization.internal.Version;
import vn.noivu.platform.security.UserScope;

/**
 * Speed targets of issue 4 on a synthetic national tree (≥ 100,000 units, 10 years of history): import
 * of the whole tree ≤ 30 s, a province's tree as of a date ≤ 50 ms, national change statistics
 * between two dates ≤ 200 ms. Not part of the test suite (its name does not end in Tests); run with
 * {@code bench/organization/run.sh}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "organization")
@SpringBootTest(
        properties = {
            "noivu.embedded-db-ephemeral=true",
            "noivu.demo=false",
            "noivu.admin-password=bench-password",
            "logging.level.root=warn",
            "logging.level.vn.noivu.organization=debug"
        })
class OrganizationBenchmark {

    @Autowired
    AdminUnits adminUnits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgImports imports;

    @Autowired
    OrgQueries queries;

    @Autowired
    ChangeStatistics statistics;

    @Autowired
    Restructurings restructurings;

    @Test
    void nationalTree() throws Exception {
        SyntheticNationalTree tree = new SyntheticNationalTree();
        List<String[]> rows = tree.generate(adminUnits, jdbc);
        Path csv = Files.createTempFile("national-organizations", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    String v = row[i];
                    out.write(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                out.write('\n');
            }
        }
        int units = tree.unitCount();
        int versions = rows.size() - 1;
        assertThat(units).isGreaterThanOrEqualTo(100_000);

        long before = jdbc.sql("SELECT count(*) FROM organization.unit_version")
                .query(Long.class)
                .single();
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(csv)) {
            assertThat(imports.importFile("units", "national.csv", in).applied())
                    .isTrue();
        }
        long importMs = (System.nanoTime() - t0) / 1_000_000;
        long stored = jdbc.sql("SELECT count(*) FROM organization.unit_version")
                .query(Long.class)
                .single();
        assertThat(stored - before).isEqualTo(versions);

        long t1 = System.nanoTime();
        try (InputStream in = Files.newInputStream(csv)) {
            imports.importFile("units", "national.csv", in);
        }
        long reimportMs = (System.nanoTime() - t1) / 1_000_000;

        jdbc.sql("ANALYZE organization.unit").update();
        jdbc.sql("ANALYZE organization.unit_version").update();

        List<Long> treeTimes = new ArrayList<>();
        int largest = 0;
        for (int round = 0; round < 3; round++) {
            for (String province : List.of("01", "79", "24", "38", "92")) {
                for (LocalDate d :
                        List.of(LocalDate.of(2016, 6, 30), LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31))) {
                    UserScope scope = new UserScope(province, "/P." + province + "/");
                    long s = System.nanoTime();
                    List<TreeNode> forest = TreeNode.build(queries.list(d, null, null, scope));
                    long ms = (System.nanoTime() - s) / 1_000;
                    if (round > 0) {
                        treeTimes.add(ms);
                    }
                    largest = Math.max(
                            largest, forest.stream().mapToInt(TreeNode::size).sum());
                }
            }
        }

        System.out.println(String.join(
                "\n",
                jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) SELECT v.unit_code, v.name, v.short_name, v.type, v.tier,"
                                + " v.parent_code, v.admin_unit_code, v.province_code, v.autonomy_group, u.path,"
                                + " v.valid_from, v.valid_to, v.legal_basis FROM organization.unit u"
                                + " JOIN organization.unit_version v ON v.unit_code = u.code"
                                + " WHERE u.path COLLATE \"C\" >= '/P.79/' AND u.path COLLATE \"C\" < '/P.790'"
                                + " AND v.valid_from <= DATE '2025-12-31'"
                                + " AND (v.valid_to IS NULL OR v.valid_to > DATE '2025-12-31') ORDER BY u.path")
                        .query(String.class)
                        .list()));
        List<Long> statTimes = new ArrayList<>();
        ChangeStatistics.Figures figures = null;
        for (int i = 0; i < 12; i++) {
            long s = System.nanoTime();
            figures = statistics.between(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 12, 31), UserScope.NATIONAL);
            if (i >= 2) {
                statTimes.add((System.nanoTime() - s) / 1_000);
            }
        }
        List<Long> provinceStatTimes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long s = System.nanoTime();
            statistics.between(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 12, 31), new UserScope("79", "/P.79/"));
            if (i >= 2) {
                provinceStatTimes.add((System.nanoTime() - s) / 1_000);
            }
        }

        List<Long> oneChange = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            long s = System.nanoTime();
            restructurings.apply(new RestructuringCommand(
                    RestructuringKind.RENAME,
                    LocalDate.of(2026, 1, i),
                    List.of("P.79.D" + i),
                    List.of(new RestructuringCommand.Successor(
                            "P.79.D" + i, new Version.Attributes("Sở mới " + i, null, null, null, null, null))),
                    new LegalBasis("1/QĐ-BENCH", null, null),
                    null));
            oneChange.add((System.nanoTime() - s) / 1_000);
        }

        System.out.printf(
                """

                ==== Organisation benchmark (synthetic national tree) ====
                units %,d · versions %,d · in force 31/12/2025: %,d · abolished 2015→2025: %,d
                import of the whole tree (units CSV)   %,8d ms   (target ≤ 30,000 ms)
                re-import, nothing changes             %,8d ms
                province tree as of a date (≤ %,d units) median %6.1f ms, max %6.1f ms   (target ≤ 50 ms)
                national change statistics 2015→2025   median %6.1f ms, max %6.1f ms   (target ≤ 200 ms)
                province change statistics (79)        median %6.1f ms
                one restructuring (check, write, tree) median %6.1f ms
                ==========================================================
                """,
                units,
                versions,
                figures.total().after(),
                figures.total().abolished(),
                importMs,
                reimportMs,
                largest,
                median(treeTimes),
                max(treeTimes),
                median(statTimes),
                max(statTimes),
                median(provinceStatTimes),
                median(oneChange));
    }

    private static double median(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1000.0;
    }

    private static double max(List<Long> micros) {
        return Collections.max(micros) / 1000.0;
    }
}
