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

    @Test
    void thePreviewShowsWhatIsEstablishedRenamedAndDissolvedByNameNotTheWholeTree() {
        Api editor = Api.demo(port, "hanoi.editor");
        String a = OrgTestData.code("UBND.01");
        String gone = OrgTestData.code("UBND.01");
        OrgTestData.established(editor, "2030-01-01", gone, "PROVINCIAL_DEPARTMENT", "UBND.01");
        String plan = """
                {"title":"Đề án xem trước","legalBasis":"7/TTr-SNV","changes":[%s,%s,%s]}""".formatted(
                OrgTestData.establish("2036-01-01", a, "Sở Xem Trước", "PROVINCIAL_DEPARTMENT", "UBND.01", null),
                OrgTestData.change(
                        "RENAME", "2036-06-01", "\"" + a + "\"", "{\"code\":\"" + a + "\",\"name\":\"Sở Đã Đổi Tên\"}"),
                OrgTestData.change("DISSOLVE", "2036-06-01", "\"" + gone + "\"", ""));
        Api.Response proposed = editor.post("/api/v1/organizations/plans", plan);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long id = proposed.json().get("id").asLong();

        WebSession leader = new WebSession();
        leader.login(port, "bnv.leader", TestUsers.DEMO_PASSWORD);
        String page =
                leader.get(port, "/organizations/plans/" + id + "?lang=vi").body();
        String difference = page.substring(page.indexOf("id=\"org-plan-difference\""));
        assertThat(page).contains("Thành lập: 1").contains("Giải thể: 1").contains("Đổi tên: 1");
        // established: named, marked new, under its superior by name
        assertThat(difference)
                .contains("Sở Xem Trước")
                .contains("thành lập mới")
                .contains("thuộc Ủy ban nhân dân");
        // renamed: the name before and the name after
        int renamed = difference.indexOf("Đổi tên");
        assertThat(difference.substring(renamed)).contains("Sở Xem Trước").contains("Sở Đã Đổi Tên");
        // dissolved: the unit by name, and nothing after it
        assertThat(difference).contains("(chấm dứt hoạt động)");
        assertThat(difference).doesNotContain(">" + a + "<").doesNotContain(">" + gone + "<");
        assertThat(page).doesNotContain("org-plan-tree");
        assertThat(organizations.exists(a)).isFalse();
    }

    @Test
    void aPlanIsProposedOnAFormWithoutAFileAndOnlyByAnEditor() {
        String gone = OrgTestData.code("UBND.01");
        Api editor = Api.demo(port, "hanoi.editor");
        OrgTestData.established(editor, "2030-01-01", gone, "PROVINCIAL_DEPARTMENT", "UBND.01");
        String created = OrgTestData.code("UBND.01");
        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/organizations/plans/new").body()).contains("data-picker=\"org-unit\"");
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("title", "Đề án trên biểu mẫu");
        form.put("legalBasis", "8/TTr-SNV");
        form.put("kind0", "ESTABLISH");
        form.put("date0", "2036-03-01");
        form.put("newCode0", created.toLowerCase(java.util.Locale.ROOT));
        form.put("newName0", "Sở Biểu Mẫu");
        form.put("newType0", "PROVINCIAL_DEPARTMENT");
        form.put("newParent0", "UBND.01");
        form.put("kind1", "MERGE");
        form.put("date1", "2036-04-01");
        form.put("units1", gone);
        form.put("into1", created);
        WebSession.Page answer = web.postForm(port, "/organizations/plans/new", form);
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/organizations/plans/[0-9]+$");
        String page = web.get(port, location.substring(location.indexOf("/organizations")))
                .body();
        assertThat(page)
                .contains("Đề án trên biểu mẫu")
                .contains("Sở Biểu Mẫu")
                .contains("Thành lập: 1")
                .contains("Hợp nhất, sáp nhập: 1");
        assertThat(organizations.exists(created)).isFalse();

        // a change without its date is refused with a message, the form kept
        form.remove("date1");
        WebSession.Page refused = web.postForm(port, "/organizations/plans/new", form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Thay đổi 2: cần ngày hiệu lực").contains("Sở Biểu Mẫu");

        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(viewer.get(port, "/organizations/plans").body()).doesNotContain("org-plan-form-link");
        assertThat(viewer.get(port, "/organizations/plans/new").status()).isEqualTo(403);
    }
}
