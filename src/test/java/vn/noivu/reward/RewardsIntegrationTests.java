package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reward.RewardTestData.award;
import static vn.noivu.reward.RewardTestData.person;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.personnel.Personnel;

/** The reward registry on the real database: bonus, awards, initiatives, imports, scope and audit. */
@NoiVuIntegrationTest
class RewardsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Personnel personnel;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void theBonusOfACstdBoTinhDecidedOn1August2026IsThreeTimesTheBaseSalaryInForceThatDay() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Nguyễn Văn Thưởng", "UBND.01.SNV");
        var r = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"CSTD_BO_TINH","year":2026,"decisionNo":"123/QĐ-UBND",
                 "decisionDate":"2026-08-01","issuer":"Chủ tịch UBND thành phố Hà Nội"}""".formatted(id));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long base = personnel.baseSalary(LocalDate.of(2026, 8, 1)).orElseThrow();
        assertThat(r.json().get("baseSalary").asLong()).isEqualTo(base);
        assertThat(r.json().get("bonusAmount").asLong()).isEqualTo(3 * base);
        // 2,530,000 đ from 1/7/2026 (NĐ 161/2026/NĐ-CP in personnel's catalogue): 7,590,000 đ.
        assertThat(r.json().get("bonusAmount").asLong()).isEqualTo(7_590_000L);
        long audited = jdbc.sql(
                        "SELECT count(*) FROM platform.audit_log WHERE entity = 'reward.award' AND entity_id = :id")
                .param("id", r.json().get("id").asString())
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theCatalogueNamesEachTitleWithItsArticleAndWhoDecides() {
        JsonNode catalogue =
                Api.demo(port, "hanoi.viewer").get("/api/v1/rewards/catalogue").json();
        assertThat(catalogue.valueStream().map(e -> e.get("code").asString()))
                .contains(
                        "LDTT",
                        "CSTD_CS",
                        "CSTD_BO_TINH",
                        "CSTD_TQ",
                        "TT_LDTT",
                        "TT_LDXS",
                        "CO_TD_BO_TINH",
                        "CO_TD_CP",
                        "GIAY_KHEN",
                        "BANG_KHEN_BO_TINH",
                        "BANG_KHEN_TTG");
        JsonNode cstdTq = catalogue
                .valueStream()
                .filter(e -> e.get("code").asString().equals("CSTD_TQ"))
                .findFirst()
                .orElseThrow();
        assertThat(cstdTq.get("article").asString()).contains("Điều 21");
        assertThat(cstdTq.get("decidedBy").asString()).contains("Thủ tướng");
        assertThat(cstdTq.get("decisionLevel").asString()).isEqualTo("PRIME_MINISTER");

        // Orders, medals and state honorary titles: the President decides; NĐ 152's collective multiples,
        // the individual ones marked unverified.
        JsonNode goldStar = catalogue
                .valueStream()
                .filter(e -> e.get("code").asString().equals("HC_SAO_VANG"))
                .findFirst()
                .orElseThrow();
        assertThat(goldStar.get("name").asString()).isEqualTo("Huân chương Sao vàng");
        assertThat(goldStar.get("family").asString()).isEqualTo("ORDER");
        assertThat(goldStar.get("decisionLevel").asString()).isEqualTo("PRESIDENT");
        assertThat(goldStar.get("decidedBy").asString()).startsWith("Chủ tịch nước");
        assertThat(goldStar.get("article").asString()).contains("Điều 33");
        assertThat(goldStar.get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(goldStar.get("multipleCollective").decimalValue()).isEqualByComparingTo("92");
        assertThat(goldStar.get("bonusBasis").asString()).contains("Điều 51").contains("chưa kiểm chứng");
        assertThat(catalogue
                        .valueStream()
                        .filter(e -> e.get("decisionLevel").asString().equals("PRESIDENT"))
                        .map(e -> e.get("family").asString())
                        .distinct())
                .containsExactlyInAnyOrder("ORDER", "MEDAL", "STATE_HONOUR");
    }

    @Test
    void anAwardIsRefusedInVietnameseNamingTheFieldAndAnotherProvinceCannotRecordOne() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Trần Văn Phạm", "UBND.01.SNV");
        var unknownTitle = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"XYZ","year":2025,"decisionNo":"1/QĐ","decisionDate":"2025-12-01","issuer":"UBND"}""".formatted(id));
        assertThat(unknownTitle.status()).isEqualTo(422);
        assertThat(unknownTitle.json().get("errors").get(0).get("field").asString())
                .isEqualTo("title");
        assertThat(unknownTitle.json().get("detail").asString()).contains("không có trong danh mục");
        var collectiveTitle = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"TT_LDTT","year":2025,"decisionNo":"1/QĐ","decisionDate":"2025-12-01","issuer":"UBND"}""".formatted(id));
        assertThat(collectiveTitle.status()).isEqualTo(422);
        var badDate = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"LDTT","year":2025,"decisionNo":"1/QĐ","decisionDate":"2025-13-01","issuer":"UBND"}""".formatted(id));
        assertThat(badDate.status()).isEqualTo(400);
        var other = Api.demo(port, "hcm.editor").post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"LDTT","year":2025,"decisionNo":"1/QĐ","decisionDate":"2025-12-01","issuer":"UBND"}""".formatted(id));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
        assertThat(Api.demo(port, "hcm.editor")
                        .get("/api/v1/rewards/awards?personId=" + id)
                        .json()
                        .size())
                .isZero();
        award(hanoi, id, "LDTT", 2025);
        var duplicate = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"LDTT","year":2025,"decisionNo":"2/QĐ","decisionDate":"2025-12-01","issuer":"UBND"}""".formatted(id));
        assertThat(duplicate.status()).isEqualTo(422);
    }

    @Test
    void anInitiativeIsRecordedWithItsRecognisedScope() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Lê Thị Sáng", "UBND.01.SNV");
        var r = hanoi.post("/api/v1/rewards/initiatives", """
                {"personId":%d,"title":"Số hóa hồ sơ","recognisedScope":"MINISTRY_PROVINCE","recognisedOn":"2025-06-01",
                 "decisionNo":"45/QĐ-UBND"}""".formatted(id));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        var bad = hanoi.post("/api/v1/rewards/initiatives", """
                {"personId":%d,"title":"X","recognisedScope":"WORLD","recognisedOn":"2025-06-01","decisionNo":"46/QĐ"}""".formatted(id));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("recognisedScope");
    }

    @Test
    void anImportWithOneBadRowAppliesNothingAndNamesRowAndColumnThenTheCorrectedFileApplies() throws IOException {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long a = person(hanoi, "Phan Văn Nhập", "UBND.01.SNV");
        long b = person(hanoi, "Phan Thị Nhập", "UBND.01.SNV");
        Path bad = dir.resolve("khen-thuong.csv");
        Files.writeString(bad, """
                person_id,org_code,title,year,decision_no,decision_date,issuer
                %d,,CSTD_CS,2023,11/QĐ-UBND,30/11/2023,Chủ tịch UBND
                %d,,CSTD_CS,2024,12/QĐ-UBND,2024-13-30,Chủ tịch UBND
                ,UBND.01.SNV,TT_LDXS,2024,13/QĐ-UBND,2024-11-30,Chủ tịch UBND
                """.formatted(a, b), StandardCharsets.UTF_8);
        var refused = hanoi.upload("/api/v1/rewards/imports", bad, "kind", "awards");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("decision_date");
        assertThat(errors.get(0).get("message").asString()).contains("không phải là ngày");
        assertThat(hanoi.get("/api/v1/rewards/awards?personId=" + a).json().size())
                .isZero();

        Files.writeString(bad, Files.readString(bad).replace("2024-13-30", "2024-11-30"));
        var applied = hanoi.upload("/api/v1/rewards/imports", bad, "kind", "awards");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("rows").asInt()).isEqualTo(3);
        JsonNode awards = hanoi.get("/api/v1/rewards/awards?personId=" + a).json();
        assertThat(awards.get(0).get("decisionDate").asString()).isEqualTo("2023-11-30");
        // Decided before NĐ 152/2025 took effect: no catalogue version, so no bonus is invented.
        assertThat(awards.get(0).get("bonusAmount")).isNull();

        Path garbage = dir.resolve("rac.xlsx");
        Files.writeString(garbage, "not a workbook");
        var unreadable = hanoi.upload("/api/v1/rewards/imports", garbage, "kind", "initiatives");
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.json().get("errors").get(0).get("message").asString())
                .contains("Không đọc được tệp");
    }
}
