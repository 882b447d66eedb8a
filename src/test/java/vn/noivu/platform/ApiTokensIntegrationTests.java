package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.users.NewUser;
import vn.noivu.platform.users.UserAccounts;

/**
 * API tokens for machines: issued by administrators within their scope, the secret shown once and only
 * its SHA-256 kept, acting with the account's roles and scope, read-only tokens refused every write,
 * expired, revoked or disabled-account tokens answered 401, issue and revoke audited.
 */
@NoiVuIntegrationTest
class ApiTokensIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    private Api admin() {
        return Api.as(port, "admin", TestUsers.ADMIN_PASSWORD);
    }

    private static String request(String name, String account, String access, LocalDate expiresOn) {
        return """
                {"name":"%s","account":"%s","access":"%s","expiresOn":"%s"}""".formatted(name, account, access, expiresOn);
    }

    private JsonNode issue(Api as, String name, String account, String access) {
        Api.Response response = as.post("/api/v1/admin/tokens", request(name, account, access, TODAY.plusDays(30)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        JsonNode issued = issue(admin(), "CSDL quốc gia CBCCVC", "hanoi.viewer", "READ");
        String token = issued.get("token").asString();
        assertThat(token).matches("nv_[a-z2-7]{12}_[A-Za-z0-9_-]{43}");
        JsonNode details = issued.get("details");
        String tokenId = details.get("tokenId").asString();
        assertThat(token).startsWith("nv_" + tokenId + "_");
        assertThat(details.get("account").asString()).isEqualTo("hanoi.viewer");
        assertThat(details.get("kind").asString()).isEqualTo("PERSONAL");
        assertThat(details.get("expiresOn").asString())
                .isEqualTo(TODAY.plusDays(30).toString());

        // The table holds the SHA-256 of the secret part and nothing from which the token can be rebuilt.
        String secret = token.substring(("nv_" + tokenId + "_").length());
        Map<String, Object> row = jdbc.sql("SELECT * FROM platform.api_token WHERE token_id = :id")
                .param("id", tokenId)
                .query()
                .singleRow();
        assertThat((byte[]) row.get("secret_hash"))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        String wholeRow = jdbc.sql("SELECT t::text FROM platform.api_token t WHERE token_id = :id")
                .param("id", tokenId)
                .query(String.class)
                .single();
        assertThat(wholeRow).doesNotContain(secret);

        // Never shown again: not in the list, not in the audit.
        Api.Response list = admin().get("/api/v1/admin/tokens");
        assertThat(list.body()).contains(tokenId).doesNotContain(secret);
        JsonNode audit = admin().get("/api/v1/audit?entity=api-token&entityId=" + tokenId)
                .json();
        assertThat(audit.size()).isEqualTo(1);
        assertThat(audit.get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("admin");
        assertThat(audit.toString()).doesNotContain(secret);
    }

    @Test
    void aHanoiTokenReadsAsItsAccountAndOnlyHanoi() {
        String token = issue(admin(), "tỉnh Hà Nội", "hanoi.viewer", "READ")
                .get("token")
                .asString();
        Api machine = Api.bearer(port, token);

        JsonNode me = machine.get("/api/v1/me").json();
        assertThat(me.get("username").asString()).isEqualTo("hanoi.viewer");
        assertThat(me.get("scope").asString()).isEqualTo("01");
        assertThat(machine.get("/api/v1/organizations/UBND.01.SNV").status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/organizations/UBND.79.SNV").status()).isEqualTo(200);
        assertThat(machine.get("/api/v1/organizations/UBND.79.SNV").status()).isEqualTo(404);
        assertThat(machine.get("/api/v1/organizations?parentCode=UBND.79")
                        .json()
                        .size())
                .isZero();
        machine.get("/api/v1/organizations?asOf=2020-01-01")
                .json()
                .forEach(u -> assertThat(u.get("path").asString()).startsWith("/UBND.01/"));
    }

    @Test
    void aReadOnlyTokenIsRefusedEveryWriteWhateverItsAccountsRole() {
        String readOnly =
                issue(admin(), "read only", "hanoi.admin", "READ").get("token").asString();
        Api machine = Api.bearer(port, readOnly);
        assertThat(machine.get("/api/v1/users").status()).isEqualTo(200);
        String user = """
                {"username":"via.token.ro","fullName":"X","password":"password-1","scopeCode":"01","roles":["VIEWER"]}""";
        Api.Response refused = machine.post("/api/v1/users", user);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(machine.post("/api/v1/admin/tokens", request("x", "hanoi.viewer", "READ", TODAY.plusDays(1)))
                        .status())
                .isEqualTo(403);
        assertThat(machine.delete("/api/v1/admin/tokens/1").status()).isEqualTo(403);
        assertThat(machine.put("/api/v1/users/hanoi.viewer/assignment", "{\"roles\":[\"ADMIN\"],\"scopeCode\":\"01\"}")
                        .status())
                .isEqualTo(403);
        assertThat(accounts.exists("via.token.ro")).isFalse();

        // The same account with a read-write token writes, audited under the account's name.
        String readWrite = issue(admin(), "read write", "hanoi.admin", "READ_WRITE")
                .get("token")
                .asString();
        assertThat(Api.bearer(port, readWrite)
                        .post("/api/v1/users", user.replace("via.token.ro", "via.token.rw"))
                        .status())
                .isEqualTo(201);
        assertThat(admin().get("/api/v1/audit?entity=user&entityId=via.token.rw")
                        .json()
                        .get(0)
                        .get("actor")
                        .asString())
                .isEqualTo("hanoi.admin");
    }

    @Test
    void expiredRevokedAndMalformedTokensGet401Problems() {
        JsonNode issued = issue(admin(), "to revoke", "hanoi.viewer", "READ");
        String token = issued.get("token").asString();
        long id = issued.get("details").get("id").asLong();
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);

        assertThat(admin().delete("/api/v1/admin/tokens/" + id).status()).isEqualTo(204);
        Api.Response revoked = Api.bearer(port, token).get("/api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("Content-Type")).startsWith("application/problem+json");
        String tokenId = issued.get("details").get("tokenId").asString();
        JsonNode audit = admin().get("/api/v1/audit?entity=api-token&entityId=" + tokenId)
                .json();
        assertThat(audit.get(0).get("action").asString()).isEqualTo("REVOKE");
        assertThat(audit.get(0).get("afterState").asString()).contains("REVOKED");

        // Expired in the database before its first use (a token checked once is remembered for a
        // minute, with its expiry: an expiry changed behind NoiVu's back shows within that minute).
        JsonNode toExpire = issue(admin(), "to expire", "hanoi.viewer", "READ");
        String expiring = toExpire.get("token").asString();
        jdbc.sql("""
                        UPDATE platform.api_token
                        SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second'
                        WHERE id = :id""").param("id", toExpire.get("details").get("id").asLong()).update();
        assertThat(Api.bearer(port, expiring).get("/api/v1/me").status()).isEqualTo(401);

        for (String bad : List.of(
                "nv_",
                token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"),
                "nv_aaaaaaaaaaaa_" + "A".repeat(43),
                "x".repeat(5000))) {
            assertThat(Api.bearer(port, bad).get("/api/v1/me").status()).as(bad).isEqualTo(401);
        }
    }

    @Test
    void theExpiryIsRequiredAndAtMostAYearAhead() {
        Api admin = admin();
        Api.Response today = admin.post("/api/v1/admin/tokens", request("x", "hanoi.viewer", "READ", TODAY));
        assertThat(today.status()).isEqualTo(422);
        assertThat(today.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresOn");
        assertThat(admin.post(
                                "/api/v1/admin/tokens",
                                request(
                                        "x",
                                        "hanoi.viewer",
                                        "READ",
                                        TODAY.plusYears(1).plusDays(1)))
                        .status())
                .isEqualTo(422);
        Api.Response missing = admin.post("/api/v1/admin/tokens", "{\"name\":\"x\",\"account\":\"hanoi.viewer\"}");
        assertThat(missing.status()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        missing.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("access", "expiresOn");
        assertThat(admin.post("/api/v1/admin/tokens", request("x", "hanoi.viewer", "READ", TODAY.plusYears(1)))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void onlyAdministratorsIssueTokensAndOnlyForAccountsInTheirScope() {
        String body = request("x", "hanoi.viewer", "READ", TODAY.plusDays(10));
        assertThat(Api.demo(port, "hanoi.editor")
                        .post("/api/v1/admin/tokens", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.demo(port, "bnv.viewer").get("/api/v1/admin/tokens").status())
                .isEqualTo(403);
        assertThat(Api.demo(port, "bnv.editor").delete("/api/v1/admin/tokens/1").status())
                .isEqualTo(403);

        Api hanoi = Api.demo(port, "hanoi.admin");
        Api.Response otherProvince =
                hanoi.post("/api/v1/admin/tokens", request("x", "hcm.editor", "READ", TODAY.plusDays(10)));
        assertThat(otherProvince.status()).isEqualTo(422);
        assertThat(otherProvince.json().get("errors").get(0).get("field").asString())
                .isEqualTo("account");
        long hcmToken = issue(admin(), "hcm", "hcm.editor", "READ")
                .get("details")
                .get("id")
                .asLong();
        issue(hanoi, "hanoi", "hanoi.editor", "READ");
        JsonNode listed = hanoi.get("/api/v1/admin/tokens").json();
        assertThat(listed.toString()).contains("hanoi.editor");
        listed.forEach(t -> assertThat(t.get("account").asString())
                .isNotEqualTo("hcm.editor")
                .doesNotStartWith("bnv."));
        assertThat(hanoi.delete("/api/v1/admin/tokens/" + hcmToken).status()).isEqualTo(404);
    }

    @Test
    void aDisabledOrLockedAccountsTokensStopWorking() {
        accounts.createIfMissing(new NewUser("token.owner", "Token Owner", "password-1", "01", List.of(Role.VIEWER)));
        String token =
                issue(admin(), "owner", "token.owner", "READ").get("token").asString();
        Api machine = Api.bearer(port, token);
        assertThat(machine.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(admin().post("/api/v1/users/token.owner/disable", null).status())
                .isEqualTo(200);
        assertThat(machine.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin().post("/api/v1/users/token.owner/enable", null).status())
                .isEqualTo(200);
        assertThat(machine.get("/api/v1/me").status()).isEqualTo(200);

        // Roles and scope changed by an administrator apply to the next call, remembered token or not.
        assertThat(admin().put("/api/v1/users/token.owner/assignment", """
                                {"roles":["VIEWER"],"scopeCode":"79"}""").status())
                .isEqualTo(200);
        assertThat(machine.get("/api/v1/me").json().get("scope").asString()).isEqualTo("79");

        // A lock is set only by an operator in the database: checked when the token is read.
        accounts.createIfMissing(new NewUser("token.locked", "Token Locked", "password-1", "01", List.of(Role.VIEWER)));
        String lockedToken =
                issue(admin(), "locked", "token.locked", "READ").get("token").asString();
        jdbc.sql(
                        "UPDATE platform.user_account SET locked_until = now() + interval '15 minutes' WHERE username = 'token.locked'")
                .update();
        assertThat(Api.bearer(port, lockedToken).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aServiceAccountActsThroughTokensOnlyAndItsTokensAreServiceTokens() {
        Api hanoi = Api.demo(port, "hanoi.admin");
        Api.Response created = hanoi.post("/api/v1/admin/service-accounts", """
                {"username":"hn.reporting","fullName":"Hệ thống báo cáo Hà Nội","scopeCode":"01","roles":["VIEWER"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(hanoi.get("/api/v1/admin/service-accounts").json().toString())
                .contains("hn.reporting");
        // Provincial administrators cannot create national service accounts.
        assertThat(hanoi.post("/api/v1/admin/service-accounts", """
                                {"username":"hn.national","fullName":"X","scopeCode":"","roles":["VIEWER"]}""").status()).isEqualTo(403);

        JsonNode issued = issue(hanoi, "báo cáo", "hn.reporting", "READ");
        assertThat(issued.get("details").get("kind").asString()).isEqualTo("SERVICE");
        JsonNode me = Api.bearer(port, issued.get("token").asString())
                .get("/api/v1/me")
                .json();
        assertThat(me.get("username").asString()).isEqualTo("hn.reporting");
        assertThat(me.get("scope").asString()).isEqualTo("01");

        // No password login, even after an administrator sets one.
        String password = hanoi.post("/api/v1/users/hn.reporting/password-reset", null)
                .json()
                .get("temporaryPassword")
                .asString();
        assertThat(Api.as(port, "hn.reporting", password).get("/api/v1/me").status())
                .isEqualTo(401);
        assertThat(new WebSession().login(port, "hn.reporting", password).location())
                .endsWith("/login?error");
    }

    @Test
    void useIsRecordedAsTheLastUsedTimeNotInTheAuditLog() {
        JsonNode issued = issue(admin(), "last used", "bnv.viewer", "READ");
        String tokenId = issued.get("details").get("tokenId").asString();
        Api machine = Api.bearer(port, issued.get("token").asString());
        String auditRows = "SELECT count(*) FROM platform.audit_log WHERE actor = 'bnv.viewer'";
        int before = jdbc.sql(auditRows).query(Integer.class).single();
        for (int i = 0; i < 3; i++) {
            assertThat(machine.get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM platform.api_token WHERE token_id = :id")
                        .param("id", tokenId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql(auditRows).query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void theAdminPageIssuesATokenShowsItOnceAndRevokesIt() {
        WebSession web = new WebSession();
        web.login(port, "admin", TestUsers.ADMIN_PASSWORD);
        WebSession.Page page = web.get(port, "/admin/tokens");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Mã truy cập API").contains("new-token-form");

        WebSession.Page issued = web.postForm(
                port,
                "/admin/tokens",
                Map.of(
                        "name", "Trang quản trị",
                        "account", "bnv.viewer",
                        "access", "READ",
                        "expiresOn", TODAY.plusDays(7).toString()));
        assertThat(issued.status()).isEqualTo(200);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("nv_[a-z2-7]{12}_[A-Za-z0-9_-]{43}")
                .matcher(issued.body());
        assertThat(m.find()).isTrue();
        String token = m.group();
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);

        WebSession.Page again = web.get(port, "/admin/tokens");
        assertThat(again.body()).doesNotContain(token).contains("Trang quản trị");

        WebSession.Page refused = web.postForm(
                port,
                "/admin/tokens",
                Map.of("name", "x", "account", "bnv.viewer", "access", "READ", "expiresOn", TODAY.toString()));
        assertThat(refused.body()).contains("Ngày hết hạn phải sau hôm nay");

        long id = jdbc.sql("SELECT id FROM platform.api_token WHERE token_id = :id")
                .param("id", token.substring(3, 15))
                .query(Long.class)
                .single();
        assertThat(web.postForm(port, "/admin/tokens/" + id + "/revoke", Map.of())
                        .location())
                .endsWith("/admin/tokens");
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(web.get(port, "/admin/tokens").body()).contains("Đã thu hồi");
    }
}
