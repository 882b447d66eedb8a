package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;
import vn.noivu.platform.audit.AuditFilter;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.UserScope;

/**
 * Dates of changes are bounded, and an approver cancels a recorded restructuring, restoring the units'
 * history, unless a later change builds on it.
 */
@NoiVuIntegrationTest
class RestructuringCancelIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Autowired
    AuditLog audit;

    private Api editor() {
        return Api.demo(port, "hanoi.editor");
    }

    private long rename(String code, String date, String name) {
        Api.Response r = editor().post("/api/v1/organizations/restructurings", renameJson(code, date, name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static String renameJson(String code, String date, String name) {
        return OrgTestData.change(
                "RENAME", date, "\"" + code + "\"", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
    }

    private Api.Response cancel(String user, long id, String reason) {
        return Api.demo(port, user)
                .post(
                        "/api/v1/organizations/restructurings/" + id + "/cancel",
                        reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
    }

    @Test
    void aDateFarInTheFutureOrBeforeTheRepublicIsRefusedWithTheRange() {
        String code = OrgTestData.code("UBND.01");
        OrgTestData.established(editor(), "2030-01-01", code, "PROVINCIAL_DEPARTMENT", "UBND.01");
        for (String date : new String[] {"9999-12-31", "1900-01-01"}) {
            Api.Response r = editor().post("/api/v1/organizations/restructurings", renameJson(code, date, "Sở X"));
            assertThat(r.status()).as(date).isEqualTo(422);
            assertThat(r.json().get("detail").asString())
                    .contains("nằm ngoài khoảng")
                    .contains("02/09/1945");
        }
        String badDecision = """
                {"kind":"RENAME","effectiveDate":"2031-01-01","predecessors":["%s"],
                 "successors":[{"code":"%s","name":"Sở Y"}],"legalBasis":"1/QĐ","decisionDate":"2999-01-01"}""".formatted(code, code);
        assertThat(editor().post("/api/v1/organizations/restructurings", badDecision)
                        .status())
                .isEqualTo(422);
        assertThat(organizations
                        .find(code, LocalDate.of(2032, 1, 1))
                        .orElseThrow()
                        .name())
                .startsWith("Đơn vị thử");
    }

    @Test
    void anApproverCancelsAChangeThatBlocksEarlierOnesAndTheHistoryIsRestored() {
        String code = OrgTestData.code("UBND.01");
        OrgTestData.established(editor(), "2030-01-01", code, "PROVINCIAL_DEPARTMENT", "UBND.01");
        long far = rename(code, "2035-12-31", "Sở Nhầm Ngày");
        // The far change blocks every change before it.
        assertThat(editor().post("/api/v1/organizations/restructurings", renameJson(code, "2031-01-01", "Sở Đúng"))
                        .status())
                .isEqualTo(422);

        assertThat(cancel("hanoi.editor", far, "nhầm ngày").status()).isEqualTo(403);
        assertThat(cancel("bnv.leader", far, null).status()).isEqualTo(422);
        Api.Response cancelled = cancel("bnv.leader", far, "Nhập nhầm ngày hiệu lực");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelledBy").asString()).isEqualTo("bnv.leader");
        assertThat(cancelled.json().get("cancellable").asBoolean()).isFalse();

        assertThat(organizations
                        .find(code, LocalDate.of(2036, 6, 1))
                        .orElseThrow()
                        .name())
                .startsWith("Đơn vị thử");
        assertThat(editor().get("/api/v1/organizations/" + code + "/history").body())
                .doesNotContain("Sở Nhầm Ngày");
        rename(code, "2031-01-01", "Sở Đúng");
        assertThat(organizations
                        .find(code, LocalDate.of(2036, 6, 1))
                        .orElseThrow()
                        .name())
                .isEqualTo("Sở Đúng");
        assertThat(cancel("bnv.leader", far, "lần nữa").status()).isEqualTo(422);
        var rows = audit.find(
                new AuditFilter(
                        "bnv.leader", "CANCEL", "organization-restructuring", String.valueOf(far), null, null, 0, 5),
                UserScope.NATIONAL);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).detail()).isEqualTo("Nhập nhầm ngày hiệu lực");
    }

    @Test
    void aChangeALaterChangeBuildsOnIsNotCancelledUntilTheLaterOneIs() {
        String code = OrgTestData.code("UBND.01");
        OrgTestData.established(editor(), "2030-01-01", code, "PROVINCIAL_DEPARTMENT", "UBND.01");
        long first = rename(code, "2031-01-01", "Sở Một");
        long second = rename(code, "2032-01-01", "Sở Hai");
        Api.Response refused = cancel("bnv.leader", first, "thử");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains(code).contains("01/01/2032");
        assertThat(cancel("bnv.leader", second, "thử").status()).isEqualTo(200);
        assertThat(cancel("bnv.leader", first, "thử").status()).isEqualTo(200);
        assertThat(organizations
                        .find(code, LocalDate.of(2033, 1, 1))
                        .orElseThrow()
                        .name())
                .startsWith("Đơn vị thử");
    }

    @Test
    void cancellingAnEstablishmentRemovesTheUnitAndItsCodeCanBeUsedAgain() {
        String code = OrgTestData.code("UBND.01");
        Api.Response r = editor().post(
                        "/api/v1/organizations/restructurings",
                        OrgTestData.establish("2030-01-01", code, "Sở Thừa", "PROVINCIAL_DEPARTMENT", "UBND.01", null));
        long id = r.json().get("id").asLong();
        assertThat(organizations.exists(code)).isTrue();
        assertThat(cancel("bnv.leader", id, "lập trùng").status()).isEqualTo(200);
        assertThat(organizations.exists(code)).isFalse();
        OrgTestData.established(editor(), "2030-01-01", code, "PROVINCIAL_DEPARTMENT", "UBND.01");
    }

    @Test
    void theApproverCancelsOnTheRecordsPageAfterConfirming() {
        String code = OrgTestData.code("UBND.01");
        OrgTestData.established(editor(), "2030-01-01", code, "PROVINCIAL_DEPARTMENT", "UBND.01");
        long id = rename(code, "2034-01-01", "Sở Trên Trang");
        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        assertThat(viewer.get(port, "/organizations/restructurings/" + id).body())
                .doesNotContain("org-restructuring-cancel");

        WebSession leader = new WebSession();
        leader.login(port, "bnv.leader", TestUsers.DEMO_PASSWORD);
        assertThat(leader.get(port, "/organizations/restructurings/" + id).body())
                .contains("org-restructuring-cancel");
        leader.postForm(port, "/organizations/restructurings/" + id + "/cancel", Map.of("reason", "nhầm"));
        assertThat(leader.get(port, "/organizations/restructurings/" + id).body())
                .contains("Đánh dấu ô xác nhận");
        WebSession.Page done = leader.postForm(
                port, "/organizations/restructurings/" + id + "/cancel", Map.of("reason", "nhầm", "confirm", "yes"));
        assertThat(done.status()).isEqualTo(302);
        String page = leader.get(port, "/organizations/restructurings/" + id).body();
        assertThat(page).contains("Đã hủy bởi bnv.leader").doesNotContain("id=\"org-restructuring-cancel\"");
    }
}
