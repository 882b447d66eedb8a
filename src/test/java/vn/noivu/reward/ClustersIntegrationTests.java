package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/** Clusters of provincial Departments of Home Affairs: members and leaders by year, by rotation or vote. */
@NoiVuIntegrationTest
class ClustersIntegrationTests {

    private static final String MEMBERS = """
            [{"orgCode":"UBND.01.SNV","rotationOrder":1},{"orgCode":"UBND.79.SNV","rotationOrder":2},
             {"orgCode":"UBND.74.SNV","rotationOrder":3}]""";

    @LocalServerPort
    int port;

    private String cluster(Api api, String rule) {
        String code = "CUM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var r = api.post("/api/v1/rewards/clusters", """
                {"code":"%s","name":"Cụm thi đua các Sở Nội vụ","leaderRule":"%s"}""".formatted(code, rule));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        for (int year : new int[] {2025, 2026, 2027}) {
            var m = api.put("/api/v1/rewards/clusters/" + code + "/members/" + year, MEMBERS);
            assertThat(m.status()).as(m.body()).isEqualTo(200);
        }
        return code;
    }

    @Test
    void nextYearsLeaderFollowsTheRotationOrder() {
        Api bnv = Api.demo(port, "bnv.editor");
        String code = cluster(bnv, "ROTATION");
        var first = bnv.put("/api/v1/rewards/clusters/" + code + "/leaders/2025", """
                {"orgCode":"UBND.79.SNV"}""");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var next = bnv.post("/api/v1/rewards/clusters/" + code + "/leaders/2026", null);
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("orgCode").asString()).isEqualTo("UBND.74.SNV");
        assertThat(next.json().get("chosenBy").asString()).isEqualTo("ROTATION");
        assertThat(bnv.post("/api/v1/rewards/clusters/" + code + "/leaders/2027", null)
                        .json()
                        .get("orgCode")
                        .asString())
                .isEqualTo("UBND.01.SNV");
        JsonNode history =
                bnv.get("/api/v1/rewards/clusters/" + code + "?year=2026").json();
        assertThat(history.get("members").size()).isEqualTo(3);
        assertThat(history.get("leaders")
                        .valueStream()
                        .map(l -> l.get("orgCode").asString()))
                .containsExactly("UBND.79.SNV", "UBND.74.SNV", "UBND.01.SNV");
    }

    @Test
    void aVoteElectsInTheSecondRoundAndAnUnresolvedVoteIsRefusedWithItsReason() {
        Api bnv = Api.demo(port, "bnv.editor");
        String code = cluster(bnv, "VOTE");
        var unresolved = bnv.post("/api/v1/rewards/clusters/" + code + "/leaders/2026", """
                {"rounds":[{"UBND.01.SNV":1,"UBND.79.SNV":1,"UBND.74.SNV":1},{"UBND.01.SNV":1,"UBND.79.SNV":1}]}""");
        assertThat(unresolved.status()).isEqualTo(422);
        assertThat(unresolved.json().get("detail").asString()).contains("cụm trưởng và cụm phó");
        var elected = bnv.post("/api/v1/rewards/clusters/" + code + "/leaders/2026", """
                {"rounds":[{"UBND.01.SNV":1,"UBND.79.SNV":1,"UBND.74.SNV":1},{"UBND.01.SNV":1,"UBND.79.SNV":2}]}""");
        assertThat(elected.status()).as(elected.body()).isEqualTo(200);
        assertThat(elected.json().get("orgCode").asString()).isEqualTo("UBND.79.SNV");
        assertThat(elected.json().get("rounds").asInt()).isEqualTo(2);
    }

    @Test
    void aProvinceCannotChangeANationalClusterNorAddUnitsOutsideItsScope() {
        Api bnv = Api.demo(port, "bnv.editor");
        String code = cluster(bnv, "ROTATION");
        Api hanoi = Api.demo(port, "hanoi.editor");
        assertThat(hanoi.get("/api/v1/rewards/clusters/" + code).status()).isEqualTo(200);
        assertThat(hanoi.put("/api/v1/rewards/clusters/" + code + "/members/2028", MEMBERS)
                        .status())
                .isEqualTo(404);
        var own = hanoi.post("/api/v1/rewards/clusters", """
                {"code":"%s-HN","name":"Khối các sở","leaderRule":"ROTATION"}""".formatted(code));
        assertThat(own.status()).isEqualTo(201);
        var outside = hanoi.put("/api/v1/rewards/clusters/" + code + "-HN/members/2026", MEMBERS);
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("detail").asString()).contains("UBND.79.SNV");
    }
}
