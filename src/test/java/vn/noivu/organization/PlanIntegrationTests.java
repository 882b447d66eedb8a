package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/** Restructuring plans: proposed → previewed (nothing kept) → approved by an APPROVER, all in one go. */
@NoiVuIntegrationTest
class PlanIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Test
    void aPlanIsPreviewedWithoutChangeAndAppliedWholeWhenApproved() {
        Api editor = Api.demo(port, "hanoi.editor");
        String a = OrgTestData.code("UBND.01");
        String b = a + ".B";
        String plan = """
                {"title":"Đề án sắp xếp thử","legalBasis":"5/TTr-SNV","changes":[%s,%s,%s]}""".formatted(
                OrgTestData.establish("2033-01-01", a, "Sở Mới", "PROVINCIAL_DEPARTMENT", "UBND.01", null),
                OrgTestData.establish("2033-01-01", b, "Phòng Mới", "DEPARTMENT_UNIT", a, null),
                OrgTestData.change(
                        "RENAME", "2034-01-01", "\"" + a + "\"", "{\"code\":\"" + a + "\",\"name\":\"Sở Đổi Tên\"}"));
        Api.Response proposed = editor.post("/api/v1/organizations/plans", plan);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long id = proposed.json().get("id").asLong();

        JsonNode preview =
                editor.get("/api/v1/organizations/plans/" + id + "/preview").json();
        assertThat(preview.get("problems").size()).isZero();
        assertThat(preview.get("tree").toString()).contains(b).contains("Sở Đổi Tên");
        assertThat(preview.get("total").get("created").asInt()).isEqualTo(2);
        assertThat(organizations.exists(a)).isFalse();

        assertThat(editor.post("/api/v1/organizations/plans/" + id + "/approve", null)
                        .status())
                .isEqualTo(403);
        assertThat(Api.demo(port, "hcm.editor")
                        .get("/api/v1/organizations/plans/" + id)
                        .status())
                .isEqualTo(404);
        Api.Response approved =
                Api.demo(port, "bnv.leader").post("/api/v1/organizations/plans/" + id + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(organizations.find(b, java.time.LocalDate.of(2033, 6, 1))).isPresent();
        assertThat(organizations
                        .find(a, java.time.LocalDate.of(2034, 6, 1))
                        .orElseThrow()
                        .name())
                .isEqualTo("Sở Đổi Tên");
        assertThat(Api.demo(port, "bnv.leader")
                        .post("/api/v1/organizations/plans/" + id + "/approve", null)
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aPlanThatNoLongerFitsIsRefusedAtApprovalAndNothingIsApplied() {
        Api editor = Api.demo(port, "hanoi.editor");
        String a = OrgTestData.code("UBND.01");
        String b = OrgTestData.code("UBND.01");
        String plan = """
                {"title":"Đề án lỗi thời","changes":[%s,%s]}""".formatted(
                        OrgTestData.establish("2036-01-01", a, "Sở A", "PROVINCIAL_DEPARTMENT", "UBND.01", null),
                        OrgTestData.establish("2036-01-01", b, "Sở B", "PROVINCIAL_DEPARTMENT", "UBND.01", null));
        long id = editor.post("/api/v1/organizations/plans", plan)
                .json()
                .get("id")
                .asLong();
        OrgTestData.established(editor, "2035-06-01", b, "PROVINCIAL_DEPARTMENT", "UBND.01");
        Api.Response refused =
                Api.demo(port, "bnv.leader").post("/api/v1/organizations/plans/" + id + "/approve", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains(b);
        assertThat(organizations.exists(a)).isFalse();
        assertThat(editor.get("/api/v1/organizations/plans/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PROPOSED");
    }

    @Test
    void theApproverApprovesOnThePlanPage() {
        Api editor = Api.demo(port, "hanoi.editor");
        String a = OrgTestData.code("UBND.01");
        long id = editor.post(
                        "/api/v1/organizations/plans",
                        "{\"title\":\"Đề án trang\",\"changes\":[%s]}"
                                .formatted(OrgTestData.establish(
                                        "2036-09-01", a, "Sở Trang", "PROVINCIAL_DEPARTMENT", "UBND.01", null)))
                .json()
                .get("id")
                .asLong();
        WebSession leader = new WebSession();
        leader.login(port, "bnv.leader", TestUsers.DEMO_PASSWORD);
        String page = leader.get(port, "/organizations/plans/" + id).body();
        assertThat(page).contains("org-plan-approve").contains("Sở Trang");
        WebSession.Page approved = leader.postForm(port, "/organizations/plans/" + id + "/approve", java.util.Map.of());
        assertThat(approved.status()).isEqualTo(302);
        assertThat(organizations.exists(a)).isTrue();
        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(viewer.get(port, "/organizations/plans/" + id).body()).doesNotContain("org-plan-approve");
    }
}
