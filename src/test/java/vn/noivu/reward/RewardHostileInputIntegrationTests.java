package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reward.RewardTestData.person;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/** Bad input gets a 4xx naming the field, never a 500 (the December probe's list, applied to rewards). */
@NoiVuIntegrationTest
class RewardHostileInputIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void controlBytesBlankLookingTextAndMissingSubjectsAreRefusedByField() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = person(hanoi, "Mai Văn Thử", "UBND.01.SNV");
        var nul = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"LDTT","year":2025,"decisionNo":"1/QĐ","decisionDate":"2025-12-01",
                 "issuer":"UBND\\u0000"}""".formatted(id));
        assertThat(nul.status()).as(nul.body()).isEqualTo(422);
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("issuer");
        var nbsp = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"LDTT","year":2025,"decisionNo":"\u00a0","decisionDate":"2025-12-01",
                 "issuer":"UBND"}""".formatted(id));
        assertThat(nbsp.status()).isEqualTo(422);
        assertThat(nbsp.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionNo");
        var far = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"LDTT","year":2025,"decisionNo":"1","decisionDate":"+999999999-12-31",
                 "issuer":"UBND"}""".formatted(id));
        assertThat(far.status()).isBetween(400, 422);
        assertThat(hanoi.post("/api/v1/rewards/eligibility", "{}").status()).isEqualTo(422);
        assertThat(hanoi.post("/api/v1/rewards/awards", "{}").status()).isEqualTo(422);
        assertThat(hanoi.post("/api/v1/rewards/nominations", "{}").status()).isEqualTo(422);
    }

    @Test
    void malformedClusterMembersAndVotesAreRefusedWithoutA500() {
        Api bnv = Api.demo(port, "bnv.editor");
        var created = bnv.post("/api/v1/rewards/clusters", """
                {"code":"CUM-HOSTILE","name":"Cụm thử","leaderRule":"VOTE"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(bnv.put("/api/v1/rewards/clusters/CUM-HOSTILE/members/2026", "[null]")
                        .status())
                .isEqualTo(422);
        assertThat(bnv.put("/api/v1/rewards/clusters/CUM-HOSTILE/members/2026", """
                        [{"orgCode":"UBND.01.SNV","rotationOrder":1}]""")
                        .status())
                .isEqualTo(200);
        assertThat(bnv.post("/api/v1/rewards/clusters/CUM-HOSTILE/leaders/2026", """
                        {"rounds":[null]}""")
                        .status())
                .isEqualTo(422);
        assertThat(bnv.post("/api/v1/rewards/clusters/CUM-HOSTILE/leaders/2026", """
                        {"rounds":[{"UBND.01.SNV":null}]}""")
                        .status())
                .isEqualTo(422);
        assertThat(bnv.post("/api/v1/rewards/clusters/CUM-HOSTILE/leaders/x", "{}")
                        .status())
                .isEqualTo(400);
        assertThat(bnv.get("/api/v1/rewards/clusters/NOPE").status()).isEqualTo(404);
    }
}
