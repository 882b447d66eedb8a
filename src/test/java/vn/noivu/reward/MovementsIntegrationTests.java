package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reward.RewardTestData.person;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * Emulation movements: launched by a decision in the official format at a scope the user may launch,
 * units and people register and pledge within it, a province sees the national movements and its own,
 * never another province's.
 */
@NoiVuIntegrationTest
class MovementsIntegrationTests {

    @LocalServerPort
    int port;

    static String movement(String theme, String kind, String level, String ref, String decisionNo) {
        return """
                {"theme":"%s","kind":"%s","scopeLevel":"%s",%s"startsOn":"2026-01-01","endsOn":"2027-11-30",
                 "decisionNo":"%s","decisionDate":"2026-01-05","signer":"Nguyễn Văn Phát"}""".formatted(theme, kind, level, ref == null ? "" : "\"scopeRef\":\"" + ref + "\",", decisionNo);
    }

    @Test
    void aProvinceLaunchesRegistersAndSeesNationalMovementsButNotAnotherProvinces() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api national = Api.demo(port, "bnv.editor");
        Api hanoi = Api.demo(port, "hanoi.editor");
        Api hcm = Api.demo(port, "hcm.editor");

        var nationalMovement = national.post(
                "/api/v1/rewards/movements",
                movement("Cả nước thi đua chuyển đổi số " + tag, "REGULAR", "NATIONAL", null, "45/KH-BNV"));
        assertThat(nationalMovement.status()).as(nationalMovement.body()).isEqualTo(201);
        long nationalId = nationalMovement.json().get("id").asLong();
        assertThat(hanoi.post(
                                "/api/v1/rewards/movements",
                                movement("Toàn quốc " + tag, "REGULAR", "NATIONAL", null, "46/KH-UBND"))
                        .status())
                .isEqualTo(422);

        // The number and symbol of the launching document in the official format.
        var badNumber = hanoi.post(
                "/api/v1/rewards/movements",
                movement("Thủ đô " + tag, "THEMATIC", "MINISTRY_PROVINCE", "UBND.01", "KH 12"));
        assertThat(badNumber.status()).isEqualTo(422);
        assertThat(badNumber.body()).contains("decisionNo");
        var launched = hanoi.post(
                "/api/v1/rewards/movements",
                movement(
                        "Thủ đô thi đua cải cách hành chính " + tag,
                        "THEMATIC",
                        "MINISTRY_PROVINCE",
                        "UBND.01",
                        "12/KH-UBND"));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        long id = launched.json().get("id").asLong();

        var unit = hanoi.post("/api/v1/rewards/movements/" + id + "/registrations", """
                {"orgCode":"UBND.01.SNV","pledge":"100 % thủ tục trực tuyến toàn trình","targetTitle":"TT_LDXS"}""");
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        long personId = person(hanoi, "Phan Văn Giao Ước", "UBND.01.SNV");
        assertThat(hanoi.post("/api/v1/rewards/movements/" + id + "/registrations", """
                                {"personId":%d,"pledge":"Một sáng kiến được công nhận","targetTitle":"CSTD_CS"}""".formatted(personId))
                        .status())
                .isEqualTo(201);
        assertThat(hanoi.post("/api/v1/rewards/movements/" + id + "/registrations", """
                                {"orgCode":"UBND.01.SNV","pledge":"Lần hai"}""")
                        .status())
                .isEqualTo(422);
        assertThat(hanoi.get("/api/v1/rewards/movements/" + id)
                        .json()
                        .get("registrations")
                        .size())
                .isEqualTo(2);

        // Another province: neither sees nor registers in Hà Nội's movement; takes part in the national one.
        assertThat(hcm.get("/api/v1/rewards/movements/" + id).status()).isEqualTo(404);
        assertThat(hcm.post("/api/v1/rewards/movements/" + id + "/registrations", """
                                {"orgCode":"UBND.79.SNV","pledge":"x"}""")
                        .status())
                .isEqualTo(404);
        assertThat(hcm.get("/api/v1/rewards/movements").body())
                .contains("chuyển đổi số " + tag)
                .doesNotContain("cải cách hành chính " + tag);
        assertThat(hcm.post("/api/v1/rewards/movements/" + nationalId + "/registrations", """
                                {"orgCode":"UBND.79.SNV","pledge":"Số hóa 100 % hồ sơ"}""")
                        .status())
                .isEqualTo(201);
        assertThat(hcm.post("/api/v1/rewards/movements/" + nationalId + "/registrations", """
                                {"orgCode":"UBND.01.SNV","pledge":"Thay Hà Nội"}""")
                        .status())
                .isEqualTo(422);
        // Each province sees only its own pledges to the national movement.
        assertThat(hanoi.get("/api/v1/rewards/movements/" + nationalId).body()).doesNotContain("UBND.79.SNV");

        assertThat(hanoi.get("/api/v1/rewards/movements/per-year").body())
                .contains("\"year\":2026")
                .contains("THEMATIC");

        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/rewards/movements").body()).contains("cải cách hành chính " + tag);
        var page = web.get(port, "/rewards/movements/" + id);
        assertThat(page.body())
                .contains("Theo chuyên đề")
                .contains("12/KH-UBND")
                .contains("thủ tục trực tuyến");
        var posted = web.postForm(
                port,
                "/rewards/movements/" + id + "/registrations",
                Map.of("orgCode", "UBND.01.SYT.BVXP", "pledge", "Không để người bệnh chờ lâu"));
        assertThat(posted.status()).isEqualTo(302);
    }
}
