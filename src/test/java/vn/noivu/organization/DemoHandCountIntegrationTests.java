package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The changes between 01/01/2015 and 31/12/2025 on the demo data equal the hand counts in
 * docs/organization-demo.md, for the whole country and for a province scope. Format of each expected
 * line: before, created, abolished, of which merged, after.
 */
@NoiVuIntegrationTest
class DemoHandCountIntegrationTests {

    @LocalServerPort
    int port;

    static final String PERIOD = "/api/v1/organizations/changes?from=2015-01-01&to=2025-12-31&limit=0";

    @Test
    void nationalChangesEqualTheHandCount() {
        Map<String, int[]> byType =
                byType(Api.demo(port, "bnv.viewer").get(PERIOD).json());
        assertThat(byType.get("MINISTRY")).containsExactly(4, 1, 1, 1, 4);
        assertThat(byType.get("MINISTRY_LEVEL_AGENCY")).containsExactly(1, 0, 1, 1, 0);
        assertThat(byType.get("MINISTRY_UNIT")).containsExactly(30, 1, 9, 7, 22);
        assertThat(byType.get("PROVINCIAL_PEOPLES_COMMITTEE")).containsExactly(4, 0, 2, 2, 2);
        assertThat(byType.get("PROVINCIAL_DEPARTMENT")).containsExactly(65, 9, 43, 42, 31);
        assertThat(byType.get("DEPARTMENT_UNIT")).containsExactly(82, 6, 38, 34, 50);
        assertThat(byType.get("DISTRICT_PEOPLES_COMMITTEE")).containsExactly(10, 1, 11, 3, 0);
        assertThat(byType.get("DISTRICT_OFFICE")).containsExactly(120, 12, 132, 59, 0);
        assertThat(byType.get("COMMUNE_PEOPLES_COMMITTEE")).containsExactly(16, 10, 16, 16, 10);
        assertThat(byType.get("COMMUNE_OFFICE")).containsExactly(0, 30, 0, 0, 30);
        assertThat(byType.get("PUBLIC_SERVICE_UNIT")).containsExactly(21, 2, 4, 4, 19);
        assertThat(byType.get("TOTAL")).containsExactly(353, 72, 257, 169, 168);
    }

    @Test
    void hanoiChangesEqualTheHandCountWhoeverAsks() {
        Map<String, int[]> national =
                byType(Api.demo(port, "bnv.viewer").get(PERIOD + "&scope=01").json());
        Map<String, int[]> own =
                byType(Api.demo(port, "hanoi.viewer").get(PERIOD).json());
        assertThat(own).usingRecursiveComparison().isEqualTo(national);
        assertThat(own.get("PROVINCIAL_PEOPLES_COMMITTEE")).containsExactly(1, 0, 0, 0, 1);
        assertThat(own.get("PROVINCIAL_DEPARTMENT")).containsExactly(20, 4, 9, 8, 15);
        assertThat(own.get("DEPARTMENT_UNIT")).containsExactly(36, 3, 14, 12, 25);
        assertThat(own.get("DISTRICT_PEOPLES_COMMITTEE")).containsExactly(3, 0, 3, 0, 0);
        assertThat(own.get("DISTRICT_OFFICE")).containsExactly(36, 0, 36, 8, 0);
        assertThat(own.get("COMMUNE_PEOPLES_COMMITTEE")).containsExactly(8, 4, 8, 8, 4);
        assertThat(own.get("COMMUNE_OFFICE")).containsExactly(0, 12, 0, 0, 12);
        assertThat(own.get("PUBLIC_SERVICE_UNIT")).containsExactly(7, 0, 0, 0, 7);
        assertThat(own.get("TOTAL")).containsExactly(111, 23, 70, 36, 64);
    }

    @Test
    void hoChiMinhCityIncludesTheProvincesMergedIntoIt() {
        Map<String, int[]> hcm = byType(Api.demo(port, "hcm.editor").get(PERIOD).json());
        assertThat(hcm.get("PROVINCIAL_PEOPLES_COMMITTEE")).containsExactly(3, 0, 2, 2, 1);
        assertThat(hcm.get("PROVINCIAL_DEPARTMENT")).containsExactly(45, 5, 34, 34, 16);
        assertThat(hcm.get("DISTRICT_OFFICE")).containsExactly(84, 12, 96, 51, 0);
        assertThat(hcm.get("TOTAL")).containsExactly(201, 45, 172, 120, 74);
    }

    @Test
    void everyFigureIsTheSumOfItsUnitsAndTheBalanceHolds() {
        JsonNode changes = Api.demo(port, "bnv.viewer").get(PERIOD).json();
        for (JsonNode line : changes.get("byTierAndType")) {
            int balance = line.get("before").asInt()
                    + line.get("created").asInt()
                    - line.get("abolished").asInt()
                    + line.get("reclassifiedIn").asInt()
                    - line.get("reclassifiedOut").asInt();
            assertThat(balance).as(line.toString()).isEqualTo(line.get("after").asInt());
        }
        JsonNode offices = Api.demo(port, "hanoi.viewer")
                .get("/api/v1/organizations/changes/units?from=2015-01-01&to=2025-12-31"
                        + "&measure=dissolved&type=DISTRICT_OFFICE")
                .json();
        assertThat(offices.size()).isEqualTo(28);
        for (JsonNode unit : offices) {
            assertThat(unit.get("date").asString()).isEqualTo("2025-07-01");
            assertThat(unit.get("kind").asString()).isEqualTo("DISSOLVE");
            assertThat(unit.get("legalBasis").asString()).isEqualTo("72/2025/QH15");
        }
    }

    /** type → {before, created, abolished, merged, after}; "TOTAL" for the total line. */
    private static Map<String, int[]> byType(JsonNode changes) {
        Map<String, int[]> out = new HashMap<>();
        for (JsonNode t : changes.get("types")) {
            out.put(t.get("type").asString(), line(t));
        }
        out.put("TOTAL", line(changes.get("total")));
        return out;
    }

    private static int[] line(JsonNode t) {
        return new int[] {
            t.get("before").asInt(),
            t.get("created").asInt(),
            t.get("abolished").asInt(),
            t.get("merged").asInt(),
            t.get("after").asInt()
        };
    }
}
