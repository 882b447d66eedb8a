package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A cluster's year-end scoring against its criteria, its proposal of the leading member for the flag,
 * and the history of leaders and flags (API and page); another province's user changes nothing.
 */
@NoiVuIntegrationTest
class ClusterScoringIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void membersAreScoredAgainstTheCriteriaAndTheLeadingOneIsProposedForTheFlag() {
        Api bnv = Api.demo(port, "bnv.editor");
        String code = "KHOI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        assertThat(bnv.post("/api/v1/rewards/clusters", """
                                {"code":"%s","name":"Khối thi đua các Sở Nội vụ phía Nam","leaderRule":"ROTATION"}""".formatted(code)).status())
                .isEqualTo(201);
        String base = "/api/v1/rewards/clusters/" + code;
        assertThat(bnv.put(base + "/members/2026", """
                                [{"orgCode":"UBND.01.SNV","rotationOrder":1},{"orgCode":"UBND.79.SNV","rotationOrder":2},
                                 {"orgCode":"UBND.74.SNV","rotationOrder":3}]""").status()).isEqualTo(200);
        assertThat(bnv.put(base + "/criteria/2026", """
                                [{"code":"NV","name":"Thực hiện nhiệm vụ chính trị","maxPoints":60},
                                 {"code":"PT","name":"Tổ chức phong trào thi đua","maxPoints":40}]""").status()).isEqualTo(200);
        // Before any score, nobody can be proposed.
        assertThat(bnv.post(base + "/flags/2026", """
                                {"title":"CO_TD_BO_TINH"}""").status()).isEqualTo(422);
        // Points above the criterion's maximum, or of a non-member, are refused.
        var tooMany = bnv.put(base + "/scores/2026", """
                [{"orgCode":"UBND.79.SNV","criterion":"PT","points":41}]""");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body()).contains("40");
        assertThat(bnv.put(base + "/scores/2026", """
                                [{"orgCode":"UBND.48.SNV","criterion":"PT","points":1}]""").status()).isEqualTo(422);

        var scored = bnv.put(base + "/scores/2026", """
                [{"orgCode":"UBND.01.SNV","criterion":"NV","points":55},{"orgCode":"UBND.01.SNV","criterion":"PT","points":35},
                 {"orgCode":"UBND.79.SNV","criterion":"NV","points":55},{"orgCode":"UBND.79.SNV","criterion":"PT","points":35},
                 {"orgCode":"UBND.74.SNV","criterion":"NV","points":50},{"orgCode":"UBND.74.SNV","criterion":"PT","points":30}]""");
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        JsonNode standings = scored.json();
        assertThat(standings.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(standings.get(1).get("rank").asInt()).isEqualTo(1);
        assertThat(standings.get(2).get("orgCode").asString()).isEqualTo("UBND.74.SNV");
        assertThat(standings.get(2).get("rank").asInt()).isEqualTo(3);

        // A tie at the top: the cluster must name one of the tied members.
        var tie = bnv.post(base + "/flags/2026", """
                {"title":"CO_TD_BO_TINH"}""");
        assertThat(tie.status()).isEqualTo(422);
        assertThat(tie.body()).contains("UBND.01.SNV").contains("UBND.79.SNV");
        assertThat(bnv.post(base + "/flags/2026", """
                                {"title":"CO_TD_BO_TINH","orgCode":"UBND.74.SNV"}""").status()).isEqualTo(422);
        // One more point decides it.
        bnv.put(base + "/scores/2026", """
                [{"orgCode":"UBND.79.SNV","criterion":"PT","points":36}]""");
        var flag = bnv.post(base + "/flags/2026", """
                {"title":"CO_TD_BO_TINH"}""");
        assertThat(flag.status()).as(flag.body()).isEqualTo(201);
        assertThat(flag.json().get("orgCode").asString()).isEqualTo("UBND.79.SNV");

        // The history: leaders and flags by year.
        bnv.put(base + "/leaders/2026", """
                {"orgCode":"UBND.01.SNV"}""");
        JsonNode cluster = bnv.get(base).json();
        assertThat(cluster.get("flags").get(0).get("orgCode").asString()).isEqualTo("UBND.79.SNV");
        assertThat(cluster.get("leaders").get(0).get("orgCode").asString()).isEqualTo("UBND.01.SNV");

        // Another province's user sees the national cluster it belongs to but cannot score or propose.
        Api hcm = Api.demo(port, "hcm.editor");
        assertThat(hcm.put(base + "/scores/2026", """
                                [{"orgCode":"UBND.79.SNV","criterion":"PT","points":40}]""").status()).isEqualTo(404);
        assertThat(hcm.post(base + "/flags/2026", """
                                {"title":"CO_TD_BO_TINH","orgCode":"UBND.79.SNV"}""").status()).isEqualTo(404);

        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        var page = web.get(port, "/rewards/clusters/" + code + "?year=2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Khối thi đua các Sở Nội vụ phía Nam")
                // The flag by its name, never its code.
                .contains("Cờ thi đua của bộ, ban, ngành, tỉnh")
                .doesNotContain("CO_TD_BO_TINH")
                .contains("91");
        assertThat(web.get(port, "/rewards/clusters").body()).contains(code);
    }
}
