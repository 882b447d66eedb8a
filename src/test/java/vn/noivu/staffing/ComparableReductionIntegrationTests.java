package vn.noivu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * Reductions of demo scopes equal hand computations from src/main/resources/staffing/demo-quotas.csv
 * and the organisation demo data (docs/staffing-comparability.md, "Worked examples"). The demo quotas
 * of 2015–2026 are read only here; other tests write other years.
 */
@NoiVuIntegrationTest
class ComparableReductionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Staffing staffing;

    private JsonNode reduction(String query) {
        Api.Response r = Api.demo(port, "bnv.viewer").get("/api/v1/staffing/reduction?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode category(JsonNode reduction, String code) {
        for (JsonNode c : reduction.get("categories")) {
            if (c.get("category").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no " + code);
    }

    private static void assertFigures(JsonNode line, long baseline, long current, String percent) {
        assertThat(line.get("baseline").asLong()).isEqualTo(baseline);
        assertThat(line.get("current").asLong()).isEqualTo(current);
        assertThat(line.get("change").asLong()).isEqualTo(current - baseline);
        assertThat(line.get("reductionPercent").decimalValue()).isEqualByComparingTo(percent);
    }

    @Test
    void districtsMergedIntoThuDucAreComparedWithTheSumOfTheirOffices() {
        // Thủ Đức (UBND.79.TPTD) was formed on 01/01/2021 from districts 2, 9 and Thủ Đức (H762, H763,
        // H769), office by office. 2015: each district's 12 offices hold VP 20 + PNV 8 + PTCKH 9 + PTP 5 +
        // PTNMT 8 + PLDTBXH 7 + PVHTT 6 + PGDDT 8 + PYT 4 + TTR 7 + PKT 8 + PQLDT 8 = 98 civil-servant
        // posts: 3 × 98 = 294. 2021: the merged offices hold 49 + 19 + 22 + 12 + 19 + 17 + 15 + 19 + 10 +
        // 17 + 19 + 19 = 237. (294 − 237) / 294 = 19.387… % → 19.39 %.
        JsonNode r = reduction("scope=UBND.79.TPTD&baselineYear=2015&year=2021");
        assertThat(r.get("scope").asString()).isEqualTo("UBND.79.TPTD");
        assertFigures(category(r, "CIVIL_SERVANT"), 294, 237, "19.39");
        // Support contracts of the three district offices (3 × 6 = 18) against Thủ Đức's office (15).
        assertFigures(category(r, "SUPPORT_CONTRACT"), 18, 15, "16.67");
        assertFigures(r.get("total"), 294, 237, "19.39"); // support contracts are not quota
    }

    @Test
    void provinceMergedIn2025IsComparedWithTheSumOfItsPredecessorsIn2021CommuneOfficialsIncluded() {
        // TP Hồ Chí Minh (79) absorbed Bình Dương (74) and Bà Rịa - Vũng Tàu (77) on 01/07/2025, the day
        // commune officials became civil servants (Law 80/2025/QH15): the 2021 baseline counts them.
        // Civil-servant posts 2021: Bình Dương 682 + Bà Rịa - Vũng Tàu 751 + TP HCM 1,770 = 3,203;
        // commune officials 2021: Bình Dương 2 communes × 19 + Bà Rịa - Vũng Tàu 3 × 19 + TP HCM 3 × 19
        // = 152; baseline 3,203 + 152 = 3,355.
        // 2026: the merged city's offices and departments 2,255 + its six communes' civil servants
        // 43 + 43 + 79 + 43 + 43 + 43 = 294 → 2,549. (3,355 − 2,549) / 3,355 = 806 / 3,355 = 24.023… %
        // → 24.02 %. (Without the succession: 2,549 against 3,203, a reduction of 20.42 % that compares
        // a baseline without commune staff with a year that has them.)
        JsonNode r = reduction("scope=79&baselineYear=2021&year=2026");
        assertFigures(category(r, "CIVIL_SERVANT"), 3355, 2549, "24.02");
        assertThat(r.get("categories").findValuesAsString("category"))
                .doesNotContain("COMMUNE_OFFICIAL"); // no line of its own: counted above
        assertThat(r.get("successions").get(0).get("from").asString()).isEqualTo("COMMUNE_OFFICIAL");
        assertThat(r.get("successions").get(0).get("to").asString()).isEqualTo("CIVIL_SERVANT");
        assertThat(r.get("successions").get(0).get("since").asString()).isEqualTo("2025-07-01");
        // The drill-down of the baseline lists the commune officials' quotas under their own category.
        JsonNode rows = Api.demo(port, "bnv.viewer")
                .get("/api/v1/staffing/reduction/contributions?scope=79&baselineYear=2021&year=2026"
                        + "&category=CIVIL_SERVANT&side=baseline")
                .json();
        long counted = 0;
        long communes = 0;
        for (JsonNode row : rows) {
            counted += row.get("counted").asLong();
            if (row.get("category").asString().equals("COMMUNE_OFFICIAL")) {
                communes += row.get("counted").asLong();
            }
        }
        assertThat(counted).isEqualTo(3355);
        assertThat(communes).isEqualTo(152);
        // The page says so under the table.
        vn.noivu.WebSession web = new vn.noivu.WebSession();
        web.login(port, "bnv.viewer", vn.noivu.TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/staffing?scope=79&baselineYear=2021&year=2026")
                        .body())
                .contains("So sánh cùng đối tượng: Cán bộ, công chức cấp xã năm 2021 được tính vào Biên chế công chức");
        // Before the reform nothing changes: 2015 → 2021 keeps commune officials apart.
        assertThat(reduction("scope=79&baselineYear=2015&year=2021")
                        .get("categories")
                        .findValuesAsString("category"))
                .contains("COMMUNE_OFFICIAL");
    }

    @Test
    void departmentMergedAcrossProvincesCarriesItsPredecessorsBaseline() {
        // Sở Nội vụ of TP HCM (UBND.79.SNV) in 2026 continues, through the 2025 mergers: its own subtree,
        // Sở LĐTBXH of HCM and its units (merged 01/03/2025; the dissolved Chi cục PCTNXH counts with it),
        // and the two Sở Nội vụ and Sở LĐTBXH of Bình Dương and Bà Rịa - Vũng Tàu (01/07/2025).
        // 2021 civil-servant posts: Bình Dương 50 + 15 + 10 + 41 + 11 + 16 + 8 = 151; Bà Rịa - Vũng Tàu
        // 56 + 16 + 17 + 41 + 7 + 8 + 16 = 161; HCM 32 + 7 + 9 + 7 + 13 + 8 + 41 + 14 + 16 + 12 + 16 + 10 +
        // 7 + 13 + 12 = 217 (the units moved to Sở Y tế and Sở Dân tộc và Tôn giáo are counted there);
        // baseline 529. 2026: 215 + 35 + 7 + 13 + 15 + 11 + 26 + 36 + 20 + 55 + 12 = 445.
        // (529 − 445) / 529 = 15.879… % → 15.88 %.
        JsonNode r = reduction("scope=UBND.79.SNV&baselineYear=2021&year=2026");
        assertFigures(category(r, "CIVIL_SERVANT"), 529, 445, "15.88");
    }

    @Test
    void unitsThatMovedMinistriesTakeTheirBaselineWithThem() {
        // On 01/03/2025 the social-protection and children departments of MOLISA moved to the Ministry
        // of Health (BYT): BYT is compared on them in both years, 32 + 42 = 74 in 2021, 31 + 40 = 71 in 2025.
        assertFigures(category(reduction("scope=BYT&baselineYear=2021&year=2025"), "CIVIL_SERVANT"), 74, 71, "4.05");
        // The Ethnic Committee merged into the new Ministry of Ethnic and Religious Affairs (BDTTG), which
        // also received the Government Religious Committee from MOHA: 378 + 47 = 425 in 2021, 321 + 44 in 2026.
        assertFigures(
                category(reduction("scope=BDTTG&baselineYear=2021&year=2026"), "CIVIL_SERVANT"), 425, 365, "14.12");
    }

    @Test
    void nationalReductionIsTheSumOfAllQuotasAndOfItsParts() {
        // Σ of the demo file: civil servants 7,372 (2015) → 6,644 (2021): 9.875… % → 9.88 %; all quota
        // categories 11,306 → 10,331: 8.623… % → 8.62 %.
        JsonNode r = reduction("baselineYear=2015&year=2021");
        assertThat(r.get("scope").isNull()).isTrue();
        assertFigures(category(r, "CIVIL_SERVANT"), 7372, 6644, "9.88");
        assertFigures(r.get("total"), 11306, 10331, "8.62");
        JsonNode parts = Api.demo(port, "bnv.viewer")
                .get("/api/v1/staffing/reduction/parts?baselineYear=2015&year=2021")
                .json();
        long baseline = 0;
        long current = 0;
        for (JsonNode p : parts) {
            baseline += p.get("total").get("baseline").asLong();
            current += p.get("total").get("current").asLong();
        }
        assertThat(baseline).isEqualTo(11306);
        assertThat(current).isEqualTo(10331);
    }

    /**
     * Several baselines tallied in one pass (the annual review's two) give each baseline the very parts
     * it has alone, for the country, provinces and a district-level scope; and for every baseline the
     * country's parts add up to the national figures, which come from the yearly totals instead.
     */
    @Test
    void severalBaselinesTalliedAtOnceGiveEachBaselineItsOwnParts() {
        List<Integer> baselines = List.of(2015, 2021, 2024);
        for (String scope : new String[] {null, "01", "79", "UBND.79.TPTD"}) {
            Map<Integer, List<ScopeReduction>> together = staffing.reductionByPart(scope, baselines, 2025);
            assertThat(together.keySet()).containsExactlyElementsOf(baselines);
            for (int b : baselines) {
                assertThat(together.get(b))
                        .as("scope %s, baseline %d", scope, b)
                        .isEqualTo(staffing.reductionByPart(scope, b, 2025));
                if (scope == null || scope.length() == 2) {
                    assertThat(together.get(b))
                            .as("scope %s, baseline %d", scope, b)
                            .isNotEmpty();
                }
            }
        }
        Map<Integer, List<ScopeReduction>> country = staffing.reductionByPart(null, baselines, 2025);
        for (int b : baselines) {
            Reduction national = staffing.reduction(null, b, 2025);
            long baseline = 0;
            long current = 0;
            for (ScopeReduction p : country.get(b)) {
                baseline += p.total().baseline();
                current += p.total().current();
            }
            assertThat(baseline).as("baseline %d", b).isEqualTo(national.total().baseline());
            assertThat(current)
                    .as("current against %d", b)
                    .isEqualTo(national.total().current());
        }
        // The baselines differ: 2015's civil servants are not 2021's.
        assertThat(country.get(2015)).isNotEqualTo(country.get(2021));
    }

    @Test
    void drillDownListsEachQuotaWithItsDecisionAndWhereItIsCounted() {
        JsonNode rows = Api.demo(port, "bnv.viewer")
                .get("/api/v1/staffing/reduction/contributions?scope=UBND.79.SNV&baselineYear=2021&year=2026"
                        + "&category=CIVIL_SERVANT&side=baseline")
                .json();
        long counted = 0;
        JsonNode binhDuong = null;
        for (JsonNode r : rows) {
            counted += r.get("counted").asLong();
            if (r.get("orgCode").asString().equals("UBND.74.SNV")) {
                binhDuong = r;
            }
        }
        assertThat(counted).isEqualTo(529);
        assertThat(binhDuong).isNotNull();
        assertThat(binhDuong.get("assigned").asLong()).isEqualTo(41);
        assertThat(binhDuong.get("carrierCode").asString()).isEqualTo("UBND.79.SNV");
        assertThat(binhDuong.get("legalBasis").asString())
                .isEqualTo("Quyết định DEMO-2021/QĐ-UBND.74 giao biên chế năm 2021");
        assertThat(binhDuong.get("decisionIssuer").asString()).isEqualTo("UBND tỉnh Bình Dương");
    }

    @Test
    void baselineAfterTheCurrentYearIsRefused() {
        Api.Response r = Api.demo(port, "bnv.viewer").get("/api/v1/staffing/reduction?baselineYear=2022&year=2021");
        assertThat(r.status()).isEqualTo(422);
    }
}
