package vn.noivu.staffing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * Quotas by place (V20261123_1603): the copy keyed by unit path follows every quota write, a unit that
 * moved in the organisation without a restructuring event is counted where it is now even before
 * staffing re-places it, and re-placing moves its quotas and sums. Uses units of its own under the
 * Ministry of Home Affairs, from 2030 (outside every period other tests count units in), and the years
 * 2030–2031, in which other tests read only their own units.
 */
@NoiVuIntegrationTest
class QuotaPlacesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PlaceSync places;

    @Test
    void aUnitMovedWithoutAnEventIsCountedWhereItIsNowBeforeAndAfterItIsReplaced() throws IOException {
        String m = "BNV";
        String a = "BNV.PLQ" + Long.toString(System.nanoTime() % 1_000_000_000L);
        String b = a + "B";
        String x = a + ".X";
        Api admin = Api.demo(port, "bnv.editor");
        Api.Response units =
                admin.upload("/api/v1/organizations/imports", csv("""
                code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis
                %1$s,Vụ thử nghiệm A,MINISTRY_UNIT,BNV,,2030-01-01,,1/QĐ-TEST
                %2$s,Vụ thử nghiệm B,MINISTRY_UNIT,BNV,,2030-01-01,,1/QĐ-TEST
                %3$s,Phòng thử nghiệm X,MINISTRY_UNIT,%1$s,,2030-01-01,,1/QĐ-TEST
                """.formatted(a, b, x)), "kind", "units");
        assertThat(units.status()).as(units.body()).isEqualTo(200);
        Api.Response quotas = admin.upload("/api/v1/staffing/imports", csv("""
                org_code,year,category,assigned,actual,legal_basis
                %1$s,2030,CIVIL_SERVANT,20,,QĐ PLACE-TEST
                %1$s,2031,CIVIL_SERVANT,18,,QĐ PLACE-TEST
                %2$s,2030,CIVIL_SERVANT,10,,QĐ PLACE-TEST
                %2$s,2031,CIVIL_SERVANT,8,,QĐ PLACE-TEST
                """.formatted(a, x)));
        assertThat(quotas.status()).as(quotas.body()).isEqualTo(200);
        places.replace(); // Vụ B holds no quota: placed by the re-placement

        // Written quotas are placed at once, with the sums of the second level.
        assertThat(placedPath(x)).isEqualTo("/" + m + "/" + a + "/" + x + "/");
        assertThat(total("/" + m + "/" + a + "/", 2031)).isEqualTo(26);
        assertFigures(a, 30, 26);
        assertFigures(b, 0, 0);
        assertParts(m, a, 30, 26, b, 0, 0);

        // X moves under B by a unit import: no restructuring event. While the re-placement is held up
        // (this transaction keeps quota writes, and so the re-placement, waiting), X's quotas are still
        // placed under A, yet every figure counts X under B.
        tx.executeWithoutResult(s -> {
            jdbc.sql("LOCK TABLE staffing.quota IN ROW EXCLUSIVE MODE").update();
            try {
                Api.Response moved =
                        admin.upload("/api/v1/organizations/imports", csv("""
                        code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis
                        %s,Phòng thử nghiệm X,MINISTRY_UNIT,%s,,2030-01-01,,2/QĐ-TEST
                        """.formatted(x, b)), "kind", "units");
                assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(placedPath(x)).isEqualTo("/" + m + "/" + a + "/" + x + "/");
            assertFigures(a, 20, 18);
            assertFigures(b, 10, 8);
            assertParts(m, a, 20, 18, b, 10, 8);
            JsonNode rows = admin.get("/api/v1/staffing/reduction/contributions?scope=" + b
                            + "&baselineYear=2030&year=2031&category=CIVIL_SERVANT")
                    .json();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("orgCode").asString()).isEqualTo(x);
            assertThat(rows.get(0).get("counted").asLong()).isEqualTo(8);
            assertThat(placedPath(x)).isEqualTo("/" + m + "/" + a + "/" + x + "/");
        });

        // Re-placed: X's quotas and the sums of both departments move; the figures do not change.
        places.replace();
        assertThat(placedPath(x)).isEqualTo("/" + m + "/" + b + "/" + x + "/");
        assertThat(total("/" + m + "/" + a + "/", 2031)).isEqualTo(18);
        assertThat(total("/" + m + "/" + b + "/", 2031)).isEqualTo(8);
        assertFigures(a, 20, 18);
        assertFigures(b, 10, 8);
        assertParts(m, a, 20, 18, b, 10, 8);

        // A quota changed by a new import is changed in the copy too.
        Api.Response changed = admin.upload("/api/v1/staffing/imports", csv("""
                org_code,year,category,assigned,actual,legal_basis
                %s,2031,CIVIL_SERVANT,6,,QĐ PLACE-TEST 2
                """.formatted(x)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(total("/" + m + "/" + b + "/", 2031)).isEqualTo(6);
        assertFigures(b, 10, 6);

        assertCopiesMatchTheQuotas();
    }

    /** Every placed quota is a quota under its unit's place, and every sum is the sum of its subtree. */
    private void assertCopiesMatchTheQuotas() {
        long quotaMismatches = jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT q.year, q.category, p.path, q.assigned, q.decision_id
                            FROM staffing.quota q JOIN staffing.unit_place p ON p.org_code = q.org_code
                            WHERE p.path IS NOT NULL
                            EXCEPT ALL SELECT year, category, path, assigned, decision_id FROM staffing.placed_quota
                        ) d""").query(Long.class).single();
        long extraPlaced = jdbc.sql("""
                        SELECT (SELECT count(*) FROM staffing.placed_quota) - (SELECT count(*)
                            FROM staffing.quota q JOIN staffing.unit_place p ON p.org_code = q.org_code
                            WHERE p.path IS NOT NULL)""").query(Long.class).single();
        long totalMismatches = jdbc.sql("""
                        WITH computed AS (
                            SELECT year, category, staffing.second_level(path) AS path, count(*) AS quotas,
                                   sum(assigned) AS assigned
                            FROM staffing.placed_quota WHERE staffing.second_level(path) IS NOT NULL GROUP BY 1, 2, 3),
                        kept AS (
                            SELECT year, category, path, CAST(quotas AS bigint) AS quotas, assigned
                            FROM staffing.placed_total WHERE quotas > 0)
                        SELECT (SELECT count(*) FROM (SELECT * FROM computed EXCEPT SELECT * FROM kept) d)
                             + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM computed) d)""").query(Long.class).single();
        assertThat(quotaMismatches).isZero();
        assertThat(extraPlaced).isZero();
        assertThat(totalMismatches).isZero();
    }

    private void assertFigures(String scope, long baseline, long current) {
        JsonNode r = Api.demo(port, "bnv.viewer")
                .get("/api/v1/staffing/reduction?scope=" + scope + "&baselineYear=2030&year=2031")
                .json();
        JsonNode civil = null;
        for (JsonNode c : r.get("categories")) {
            if (c.get("category").asString().equals("CIVIL_SERVANT")) {
                civil = c;
            }
        }
        assertThat(civil).as(scope).isNotNull();
        assertThat(civil.get("baseline").asLong()).as(scope + " baseline").isEqualTo(baseline);
        assertThat(civil.get("current").asLong()).as(scope + " current").isEqualTo(current);
    }

    /** The parts of a scope include the two units with these totals (a part without quotas is absent). */
    private void assertParts(String scope, String a, long aBase, long aNow, String b, long bBase, long bNow) {
        JsonNode parts = Api.demo(port, "bnv.viewer")
                .get("/api/v1/staffing/reduction/parts?scope=" + scope + "&baselineYear=2030&year=2031")
                .json();
        java.util.Map<String, long[]> totals = new java.util.HashMap<>();
        for (JsonNode p : parts) {
            totals.put(p.get("code").asString(), new long[] {
                p.get("total").get("baseline").asLong(),
                p.get("total").get("current").asLong()
            });
        }
        assertThat(totals.getOrDefault(a, new long[2])).as(a).containsExactly(aBase, aNow);
        assertThat(totals.getOrDefault(b, new long[2])).as(b).containsExactly(bBase, bNow);
    }

    private String placedPath(String org) {
        return jdbc.sql("SELECT path FROM staffing.unit_place WHERE org_code = :o")
                .param("o", org)
                .query(String.class)
                .single();
    }

    private Long total(String path, int year) {
        return jdbc.sql("""
                        SELECT assigned FROM staffing.placed_total
                        WHERE year = :y AND category = 'CIVIL_SERVANT' AND path = :p AND quotas > 0""")
                .param("y", year)
                .param("p", path)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private static Path csv(String text) throws IOException {
        Path file = Files.createTempFile("places", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
