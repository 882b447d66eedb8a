package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/** Four eyes on plans: whoever proposed a plan cannot approve it, not even an administrator. */
@NoiVuIntegrationTest
class FourEyesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    private long propose(Api api, String code, String date) {
        Api.Response proposed = api.post(
                "/api/v1/organizations/plans",
                "{\"title\":\"Đề án bốn mắt\",\"changes\":[%s]}"
                        .formatted(OrgTestData.establish(
                                date, code, "Sở Bốn Mắt", "PROVINCIAL_DEPARTMENT", "UBND.01", null)));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json().get("id").asLong();
    }

    @Test
    void anAdministratorCannotApproveThePlanTheyProposedButAnotherApproverCan() {
        Api admin = Api.demo(port, "bnv.admin");
        String code = OrgTestData.code("UBND.01");
        long id = propose(admin, code, "2035-01-01");

        Api.Response own = admin.post("/api/v1/organizations/plans/" + id + "/approve", null);
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.json().get("detail").asString()).contains("do chính mình đề xuất");
        assertThat(organizations.exists(code)).isFalse();

        Api.Response other = Api.demo(port, "bnv.leader").post("/api/v1/organizations/plans/" + id + "/approve", null);
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        assertThat(other.json().get("plan").get("decidedBy").asString()).isEqualTo("bnv.leader");
        assertThat(organizations.exists(code)).isTrue();
    }

    @Test
    void thePlanPageOffersNoApprovalToItsProposerAndRefusesIt() {
        long id = propose(Api.demo(port, "bnv.admin"), OrgTestData.code("UBND.01"), "2035-06-01");
        WebSession web = new WebSession();
        web.login(port, "bnv.admin", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/organizations/plans/" + id).body();
        assertThat(page).doesNotContain("org-plan-approve").contains("org-plan-own");
        WebSession.Page answer = web.postForm(port, "/organizations/plans/" + id + "/approve", java.util.Map.of());
        assertThat(answer.status()).isEqualTo(302);
        assertThat(web.get(port, "/organizations/plans/" + id).body()).contains("do chính mình đề xuất");
        assertThat(Api.demo(port, "bnv.admin")
                        .get("/api/v1/organizations/plans/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void anApproverEntersNoDataAndSoProposesNoPlan() {
        Api.Response refused = Api.demo(port, "bnv.leader")
                .post(
                        "/api/v1/organizations/plans",
                        "{\"title\":\"x\",\"changes\":[%s]}"
                                .formatted(OrgTestData.establish(
                                        "2035-09-01",
                                        OrgTestData.code("UBND.01"),
                                        "Sở",
                                        "PROVINCIAL_DEPARTMENT",
                                        "UBND.01",
                                        null)));
        assertThat(refused.status()).isEqualTo(403);
    }
}
