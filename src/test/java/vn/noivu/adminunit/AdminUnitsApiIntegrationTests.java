package vn.noivu.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/** The read API on the real national data, as a provincial viewer (units are readable by everyone). */
@NoiVuIntegrationTest
class AdminUnitsApiIntegrationTests {

    @LocalServerPort
    int port;

    private Api.Response get(String path) {
        Api.Response response = Api.demo(port, "hanoi.viewer").get(path);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
        return response;
    }

    @Test
    void summaryBeforeAndAfterThe2025Reform() {
        JsonNode before = get("/api/v1/admin-units/summary?asOf=2025-06-30").json();
        assertThat(before.get("asOf").asString()).isEqualTo("2025-06-30");
        assertThat(before.get("counts").get("province").asInt()).isEqualTo(63);
        assertThat(before.get("counts").get("district").asInt()).isEqualTo(696);
        assertThat(before.get("counts").get("commune").asInt()).isEqualTo(10_035);

        JsonNode after = get("/api/v1/admin-units/summary?asOf=2025-07-01").json();
        assertThat(after.get("counts").get("province").asInt()).isEqualTo(34);
        assertThat(after.get("counts").get("district").asInt()).isZero();
        assertThat(after.get("counts").get("commune").asInt()).isEqualTo(3_321);
        assertThat(after.get("byType").get("Xã").asInt()).isEqualTo(2_621);
        assertThat(after.get("byType").get("Phường").asInt()).isEqualTo(687);
        assertThat(after.get("byType").get("Đặc khu").asInt()).isEqualTo(13);
    }

    @Test
    void listsUnitsWithTheAgreedFieldsByLevelAndParent() {
        JsonNode provinces =
                get("/api/v1/admin-units?asOf=2025-07-01&level=province").json();
        assertThat(provinces.size()).isEqualTo(34);
        JsonNode hanoi = provinces.get(0);
        assertThat(hanoi.get("code").asString()).isEqualTo("01");
        assertThat(hanoi.has("parentCode")).isTrue();
        assertThat(hanoi.get("parentCode").isNull()).isTrue();
        assertThat(hanoi.get("fullName").asString()).isEqualTo("Thành phố Hà Nội");
        assertThat(hanoi.get("validFrom").asString()).isEqualTo("2021-11-01");

        JsonNode communes = get("/api/v1/admin-units?asOf=2025-07-01&level=commune&parentCode=01")
                .json();
        assertThat(communes.size()).isEqualTo(126);
        assertThat(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/admin-units?level=region")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theNewLaoCaiKeepsYenBaisCodeButIsANewUnitWithBothPredecessors() {
        JsonNode lineage = get("/api/v1/admin-units/15/lineage?asOf=2025-07-01").json();
        assertThat(lineage.get("unit").get("fullName").asString()).isEqualTo("Tỉnh Lào Cai");
        assertThat(codes(lineage.get("predecessors"))).containsExactlyInAnyOrder("10", "15");
        assertThat(lineage.get("predecessors").get(0).get("legalBasis").asString())
                .isEqualTo("202/2025/QH15");

        JsonNode yenBai = get("/api/v1/admin-units/15/lineage?asOf=2025-06-30").json();
        assertThat(yenBai.get("unit").get("fullName").asString()).isEqualTo("Tỉnh Yên Bái");
        assertThat(yenBai.get("unit").get("validTo").asString()).isEqualTo("2025-07-01");
        assertThat(codes(yenBai.get("successors"))).containsExactly("15");
    }

    @Test
    void aMergedCommuneListsAllItsPredecessorsAndASplitCommuneAllItsSuccessors() {
        // Phường Ba Đình (00004) was formed from Trúc Bạch and Quán Thánh and parts of eight others.
        JsonNode merged =
                get("/api/v1/admin-units/00004/lineage?asOf=2025-07-01").json();
        List<String> predecessors = codes(merged.get("predecessors"));
        assertThat(predecessors).hasSize(10).contains("00004", "00013", "00016", "00112");
        assertThat(merged.get("changes").get(0).get("kinds").toString()).contains("MERGE");

        // An old commune split into three new units lists all three.
        JsonNode split = get("/api/v1/admin-units/" + aCommuneSplitInto(3) + "/lineage?asOf=2025-06-30")
                .json();
        assertThat(split.get("successors").size()).isEqualTo(3);
        for (JsonNode s : split.get("successors")) {
            assertThat(s.get("relation").asString()).isEqualTo("partial");
            assertThat(s.get("effectiveDate").asString()).isEqualTo("2025-07-01");
        }
    }

    private String aCommuneSplitInto(int parts) {
        try (var in = getClass().getResourceAsStream("/adminunit/merge-2025.csv")) {
            var file = vn.noivu.platform.imports.TabularFile.read("merge-2025.csv", in);
            return file.rows().stream()
                    .filter(r -> r.get("old_level").equals("commune")
                            && r.get("split_count").equals("" + parts))
                    .findFirst()
                    .orElseThrow()
                    .get("old_code");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void searchIgnoresDiacriticsCaseAndSpacesAndToleratesATypo() {
        assertThat(firstHit("ha noi", "2025-07-01")).isEqualTo("01");
        assertThat(firstHit("Ha Noi", "2025-07-01")).isEqualTo("01");
        assertThat(firstHit("hanoi", "2025-07-01")).isEqualTo("01");
        assertThat(firstHit("ha nol", "2025-07-01")).isEqualTo("01");
        assertThat(firstHit("thanh hoa", "2025-07-01")).isEqualTo("38");
        assertThat(firstHit("dak lak", "2025-07-01")).isEqualTo("66");
        assertThat(firstHit("Đắk Lắk", "2025-06-30")).isEqualTo("66");
        JsonNode byCode =
                get("/api/v1/admin-units/search?q=00004&asOf=2025-07-01").json();
        assertThat(byCode.get(0).get("code").asString()).isEqualTo("00004");
        assertThat(byCode.get(0).get("fullName").asString()).isEqualTo("Phường Ba Đình");
    }

    private String firstHit(String q, String asOf) {
        String encoded = java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode hits =
                get("/api/v1/admin-units/search?q=" + encoded + "&asOf=" + asOf).json();
        assertThat(hits.size()).as(q).isPositive();
        return hits.get(0).get("code").asString();
    }

    @Test
    void changesAcrossTheReformCountCreatedAndAbolishedPerLevelWithTheirDecisions() {
        JsonNode changes =
                get("/api/v1/admin-units/changes?from=2025-06-30&to=2025-07-01").json();
        JsonNode province = changes.get("levels").get("province");
        assertThat(province.get("before").asInt()).isEqualTo(63);
        assertThat(province.get("after").asInt()).isEqualTo(34);
        assertThat(province.get("net").asInt()).isEqualTo(-29);
        assertThat(province.get("created").asInt() - province.get("abolished").asInt())
                .isEqualTo(-29);
        // The 11 unchanged provinces continue: 23 new provinces replace 52.
        assertThat(province.get("created").asInt()).isEqualTo(23);
        assertThat(province.get("abolished").asInt()).isEqualTo(52);
        JsonNode district = changes.get("levels").get("district");
        assertThat(district.get("abolished").asInt()).isEqualTo(696);
        assertThat(district.get("after").asInt()).isZero();
        JsonNode commune = changes.get("levels").get("commune");
        assertThat(commune.get("net").asInt()).isEqualTo(3_321 - 10_035);

        boolean dissolvedDistrictCitesItsResolution = false;
        for (JsonNode c : changes.get("changes")) {
            assertThat(c.get("effectiveDate").asString()).isEqualTo("2025-07-01");
            if (c.get("code").asString().equals("001")) {
                assertThat(c.get("kinds").toString()).contains("DISSOLVE");
                assertThat(c.get("legalBasis").asString()).isEqualTo("1656/NQ-UBTVQH15");
                dissolvedDistrictCitesItsResolution = true;
            }
        }
        assertThat(dissolvedDistrictCitesItsResolution).isTrue();
    }

    @Test
    void changesInAnOrdinaryYearAreTheRecordedHistory() {
        JsonNode changes =
                get("/api/v1/admin-units/changes?from=2026-01-01&to=2026-12-31").json();
        assertThat(changes.get("levels").get("province").get("net").asInt()).isZero();
        List<String> codes = codes(changes.get("changes"));
        assertThat(codes).contains("75", "26485").hasSize(11);
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThat(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/admin-units/99999/lineage")
                        .status())
                .isEqualTo(404);
        assertThat(Api.demo(port, "hanoi.viewer")
                        .get("/api/v1/admin-units/00001?asOf=2025-07-01")
                        .status())
                .isEqualTo(404);
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(n -> codes.add(n.get("code").asString()));
        return codes;
    }
}
