package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reward.RewardTestData.award;
import static vn.noivu.reward.RewardTestData.person;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/** Eligibility names every condition of the rule set, evaluated against the registry. */
@NoiVuIntegrationTest
class EligibilityIntegrationTests {

    @LocalServerPort
    int port;

    private JsonNode eligibility(Api api, long personId, String title) {
        var r = api.post("/api/v1/rewards/eligibility", """
                {"personId":%d,"title":"%s","year":2026}""".formatted(personId, title));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode condition(JsonNode answer, String rule) {
        return answer.get("conditions")
                .valueStream()
                .filter(c -> c.get("rule").asString().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    private void initiative(Api api, long personId, String scope) {
        var r = api.post("/api/v1/rewards/initiatives", """
                {"personId":%d,"title":"Một cửa điện tử","recognisedScope":"%s","recognisedOn":"2025-09-15",
                 "decisionNo":"77/QĐ-UBND"}""".formatted(personId, scope));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private void threeYearsOfCstdCs(Api api, long personId) {
        award(api, personId, "CSTD_CS", 2024);
        award(api, personId, "CSTD_CS", 2025);
        award(api, personId, "CSTD_CS", 2026);
    }

    @Test
    void threeConsecutiveCstdCsYearsAndAProvinceInitiativeMakeAPersonEligibleForCstdBoTinh() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Hoàng Văn Đủ", "UBND.01.SNV");
        threeYearsOfCstdCs(hanoi, id);
        initiative(hanoi, id, "MINISTRY_PROVINCE");
        JsonNode answer = eligibility(hanoi, id, "CSTD_BO_TINH");
        assertThat(answer.get("eligible").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.get("conditions").size()).isEqualTo(3);
        assertThat(condition(answer, "THREE_YEARS_CSTD_CS").get("detail").asString())
                .contains("2024–2026");
        assertThat(condition(answer, "INITIATIVE_MINISTRY_PROVINCE")
                        .get("detail")
                        .asString())
                .contains("77/QĐ-UBND");
    }

    @Test
    void withoutTheInitiativeOrWithAUnitOneThePersonIsNotEligibleAndTheInitiativeConditionIsNamed() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Hoàng Văn Thiếu", "UBND.01.SNV");
        threeYearsOfCstdCs(hanoi, id);
        JsonNode none = eligibility(hanoi, id, "CSTD_BO_TINH");
        assertThat(none.get("eligible").asBoolean()).isFalse();
        assertThat(condition(none, "THREE_YEARS_CSTD_CS").get("met").asBoolean())
                .isTrue();
        JsonNode failed = condition(none, "INITIATIVE_MINISTRY_PROVINCE");
        assertThat(failed.get("met").asBoolean()).isFalse();
        assertThat(failed.get("detail").asString()).contains("Không có sáng kiến");
        initiative(hanoi, id, "UNIT");
        assertThat(eligibility(hanoi, id, "CSTD_BO_TINH").get("eligible").asBoolean())
                .isFalse();
    }

    @Test
    void withOnlyTwoYearsThePersonIsNotEligibleAndTheMissingYearIsNamed() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Hoàng Văn Hai", "UBND.01.SNV");
        award(hanoi, id, "CSTD_CS", 2025);
        award(hanoi, id, "CSTD_CS", 2026);
        initiative(hanoi, id, "MINISTRY_PROVINCE");
        JsonNode answer = eligibility(hanoi, id, "CSTD_BO_TINH");
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        JsonNode failed = condition(answer, "THREE_YEARS_CSTD_CS");
        assertThat(failed.get("met").asBoolean()).isFalse();
        assertThat(failed.get("detail").asString()).contains("thiếu năm 2024");
        assertThat(condition(answer, "INITIATIVE_MINISTRY_PROVINCE").get("met").asBoolean())
                .isTrue();
    }

    @Test
    void aPersonDisciplinedInTheYearIsNotEligibleForAnyTitle() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Hoàng Văn Lỗi", "UBND.01.SNV");
        threeYearsOfCstdCs(hanoi, id);
        award(hanoi, id, "CSTD_BO_TINH", 2025);
        initiative(hanoi, id, "NATIONAL");
        assertThat(hanoi.put("/api/v1/rewards/ratings", """
                        {"personId":%d,"year":2026,"rating":"HTXSNV"}""".formatted(id)).status())
                .isEqualTo(204);
        assertThat(eligibility(hanoi, id, "CSTD_BO_TINH").get("eligible").asBoolean())
                .isTrue();
        var d = hanoi.post("/api/v1/rewards/disciplines", """
                {"personId":%d,"level":"KHIEN_TRACH","decidedOn":"2026-03-10","decisionNo":"5/QĐ-KL"}""".formatted(id));
        assertThat(d.status()).as(d.body()).isEqualTo(204);
        for (String title : new String[] {"LDTT", "CSTD_CS", "CSTD_BO_TINH", "CSTD_TQ"}) {
            JsonNode answer = eligibility(hanoi, id, title);
            assertThat(answer.get("eligible").asBoolean()).as(title).isFalse();
            JsonNode discipline = condition(answer, "NO_DISCIPLINE");
            assertThat(discipline.get("met").asBoolean()).isFalse();
            assertThat(discipline.get("detail").asString())
                    .contains("Khiển trách")
                    .contains("5/QĐ-KL");
        }
    }

    @Test
    void aCollectiveWithOneMemberDisciplinedAtWarningLevelIsRefusedTtLdttWithThatReason() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        String unit = RewardTestData.unit(hanoi);
        long[] members = {
            person(hanoi, "Vũ Văn Một", unit, RewardTestData.MEMBERS_RECRUITED),
            person(hanoi, "Vũ Văn Hai", unit, RewardTestData.MEMBERS_RECRUITED),
            person(hanoi, "Vũ Văn Ba", unit, RewardTestData.MEMBERS_RECRUITED)
        };
        for (long m : members) {
            award(hanoi, m, "LDTT", 2026);
        }
        String question = """
                {"orgCode":"%s","title":"TT_LDTT","year":2026}""".formatted(unit);
        JsonNode before = hanoi.post("/api/v1/rewards/eligibility", question).json();
        assertThat(before.get("eligible").asBoolean()).as(before.toString()).isTrue();

        var d = hanoi.post("/api/v1/rewards/disciplines", """
                {"personId":%d,"level":"CANH_CAO","decidedOn":"2026-05-20","decisionNo":"9/QĐ-KL"}""".formatted(members[1]));
        assertThat(d.status()).as(d.body()).isEqualTo(204);
        JsonNode after = hanoi.post("/api/v1/rewards/eligibility", question).json();
        assertThat(after.get("eligible").asBoolean()).isFalse();
        JsonNode failed = condition(after, "NO_MEMBER_WARNING_OR_ABOVE");
        assertThat(failed.get("met").asBoolean()).isFalse();
        assertThat(failed.get("detail").asString()).contains("Cảnh cáo").contains(String.valueOf(members[1]));
        assertThat(condition(after, "SEVENTY_PERCENT_LDTT").get("met").asBoolean())
                .isTrue();
    }

    @Test
    void aPersonOfAnotherProvinceIsUnknownAndAFormIsNotATitle() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Đinh Văn Xa", "UBND.01.SNV");
        var other = Api.demo(port, "hcm.editor").post("/api/v1/rewards/eligibility", """
                {"personId":%d,"title":"LDTT","year":2026}""".formatted(id));
        assertThat(other.status()).isEqualTo(422);
        var form = hanoi.post("/api/v1/rewards/eligibility", """
                {"personId":%d,"title":"GIAY_KHEN","year":2026}""".formatted(id));
        assertThat(form.status()).isEqualTo(422);
        assertThat(form.json().get("detail").asString()).contains("không phải là danh hiệu");
    }
}
