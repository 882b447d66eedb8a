package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/** User administration and the audit log are scoped: a provincial admin manages only its province. */
@NoiVuIntegrationTest
class UserScopeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProvincialAdminSeesOnlyUsersOfItsProvince() {
        var users = Api.demo(port, "hanoi.admin").get("/api/v1/users").json();
        assertThat(users.size()).isGreaterThanOrEqualTo(3);
        // Every account listed lies inside Hà Nội: the province itself or one of its units (a commune's
        // reporting officer is scoped to its People's Committee).
        users.forEach(u -> assertThat(jdbc.sql("""
                                SELECT a.scope_path LIKE h.scope_path || '%'
                                FROM platform.user_account a, platform.user_account h
                                WHERE a.username = :u AND h.username = 'hanoi.admin'""")
                        .param("u", u.get("username").asString())
                        .query(Boolean.class)
                        .single())
                .as(u.toString())
                .isTrue());
        assertThat(users.findValues("scopeCode").stream().map(v -> v.asString()))
                .contains("01");
        var all = Api.as(port, "admin", TestUsers.ADMIN_PASSWORD)
                .get("/api/v1/users")
                .json();
        assertThat(all.size()).isGreaterThan(users.size());
    }

    @Test
    void aProvincialAdminCannotTouchAnotherProvincesUserOrCreateANationalOne() {
        Api hanoi = Api.demo(port, "hanoi.admin");
        assertThat(hanoi.get("/api/v1/users/hcm.editor").status()).isEqualTo(404);
        assertThat(hanoi.post("/api/v1/users/hcm.editor/disable", null).status())
                .isEqualTo(404);
        assertThat(hanoi.post("/api/v1/users/hcm.editor/password-reset", null).status())
                .isEqualTo(404);
        String national = """
                {"username":"sneaky.national","fullName":"X","password":"password-1","scopeCode":"","roles":["ADMIN"]}""";
        assertThat(hanoi.post("/api/v1/users", national).status()).isEqualTo(403);
        String otherProvince = """
                {"username":"sneaky.hcm","fullName":"X","password":"password-1","scopeCode":"79","roles":["EDITOR"]}""";
        assertThat(hanoi.post("/api/v1/users", otherProvince).status()).isEqualTo(403);
        assertThat(Api.as(port, "admin", TestUsers.ADMIN_PASSWORD)
                        .get("/api/v1/users/sneaky.hcm")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aProvincialAdminCreatesAUserInItsProvinceAndTheAuditShowsBeforeAndAfter() {
        Api hanoi = Api.demo(port, "hanoi.admin");
        String body = """
                {"username":"hn.newcomer","fullName":"Nguyễn Văn A","password":"password-1","scopeCode":"01","roles":["EDITOR"]}""";
        var created = hanoi.post("/api/v1/users", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(hanoi.post("/api/v1/users/hn.newcomer/disable", null)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(Api.as(port, "hn.newcomer", "password-1").get("/api/v1/me").status())
                .isEqualTo(401);

        var entries = hanoi.get("/api/v1/audit?actor=hanoi.admin&entity=user&entityId=hn.newcomer")
                .json();
        assertThat(entries.size()).isEqualTo(2);
        var disable = entries.get(0);
        assertThat(disable.get("action").asString()).isEqualTo("DISABLE");
        assertThat(disable.get("actor").asString()).isEqualTo("hanoi.admin");
        assertThat(disable.get("beforeState").asString()).contains("\"enabled\": true");
        assertThat(disable.get("afterState").asString()).contains("\"enabled\": false");
        // National audit rows (e.g. the admin's own actions) are not shown to the province.
        var nationalRows = hanoi.get("/api/v1/audit?actor=admin").json();
        assertThat(nationalRows.size()).isZero();
    }

    @Test
    void validationErrorsNameEachField() {
        var response = Api.as(port, "admin", TestUsers.ADMIN_PASSWORD)
                .post("/api/v1/users", "{\"username\":\"A B\",\"roles\":[]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var fields = new java.util.ArrayList<String>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("username", "fullName", "password", "roles");
    }

    @Test
    void theAuditLogCannotBeEditedOrDeleted() {
        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE platform.audit_log SET actor = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform.audit_log").update())
                .hasMessageContaining("append-only");
    }
}
