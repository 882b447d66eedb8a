package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reward.RewardTestData.person;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.WebSession;

/** The public notice shows a nominee only while it runs, and nothing personal beyond name and unit. */
@NoiVuIntegrationTest
class NominationsIntegrationTests {

    @LocalServerPort
    int port;

    private long nominate(Api api, long personId, String name) {
        var r = api.post("/api/v1/rewards/nominations", """
                {"personId":%d,"nomineeName":"%s","title":"CSTD_CS","year":2026,
                 "summary":"Chủ trì số hóa 12.000 hồ sơ cán bộ."}""".formatted(personId, name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** Through the dossier and the council to the notice. */
    private void notice(Api api, long id, LocalDate from, int days) {
        try {
            NominationProcedureIntegrationTests.attachDossier(api, id);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        NominationProcedureIntegrationTests.step(api, id, "review", null, 200);
        NominationProcedureIntegrationTests.step(api, id, "vote", """
                {"members":5,"present":5,"votesFor":5}""", 200);
        var r = api.post("/api/v1/rewards/nominations/" + id + "/notice", """
                {"from":"%s","days":%d}""".formatted(from, days));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private String publicPage() {
        var r = Api.anonymous(port).get("/api/v1/rewards/public");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theNomineeIsShownOnlyDuringTheNoticePeriodAndWithoutPersonalData() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long now = nominate(hanoi, person(hanoi, "Ngô Văn Công", "UBND.01.SNV"), "Ngô Văn Công");
        long later = nominate(hanoi, person(hanoi, "Ngô Văn Sau", "UBND.01.SNV"), "Ngô Văn Sau");
        long past = nominate(hanoi, person(hanoi, "Ngô Văn Trước", "UBND.01.SNV"), "Ngô Văn Trước");
        long proposed = nominate(hanoi, person(hanoi, "Ngô Văn Chờ", "UBND.01.SNV"), "Ngô Văn Chờ");
        assertThat(publicPage()).doesNotContain("Ngô Văn Công");
        notice(hanoi, now, today.minusDays(2), 10);
        notice(hanoi, later, today.plusDays(1), 10);
        notice(hanoi, past, today.minusDays(20), 10);

        String body = publicPage();
        assertThat(body)
                .contains("Ngô Văn Công")
                .contains("Chiến sĩ thi đua cơ sở")
                .contains("12.000 hồ sơ");
        assertThat(body)
                .doesNotContain("Ngô Văn Sau")
                .doesNotContain("Ngô Văn Trước")
                .doesNotContain("Ngô Văn Chờ");
        JsonNode entry = Api.anonymous(port)
                .get("/api/v1/rewards/public")
                .json()
                .valueStream()
                .filter(e -> e.get("name").asString().equals("Ngô Văn Công"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.propertyNames())
                .containsExactlyInAnyOrder("id", "name", "unit", "title", "summary", "noticeUntil");
        assertThat(entry.get("unit").asString()).doesNotContain("UBND.01.SNV").isNotBlank();
        assertThat(body)
                .doesNotContain("1985-03-04")
                .doesNotContain("nationalId")
                .doesNotContain("personId");
        assertThat(proposed).isPositive();

        var page = new WebSession().get(port, "/public/rewards");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ngô Văn Công").contains("Chiến sĩ thi đua cơ sở");
        assertThat(page.body())
                .doesNotContain("Ngô Văn Sau")
                .doesNotContain("Ngô Văn Trước")
                .doesNotContain("1985");
    }

    @Test
    void anotherProvinceCannotSeeOrNoticeTheNomination() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = nominate(hanoi, person(hanoi, "Ngô Thị Kín", "UBND.01.SNV"), "Ngô Thị Kín");
        Api hcm = Api.demo(port, "hcm.editor");
        assertThat(hcm.get("/api/v1/rewards/nominations/" + id).status()).isEqualTo(404);
        assertThat(hcm.post("/api/v1/rewards/nominations/" + id + "/vote", """
                        {"from":"2026-12-01","days":10}""").status())
                .isEqualTo(404);
    }
}
