package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.noivu.platform.security.FailedLoginAudit;
import vn.noivu.platform.security.LoginThrottle;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.users.NewUser;
import vn.noivu.platform.users.UserAccounts;

@NoiVuIntegrationTest
class LoginIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    FailedLoginAudit failedLogins;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void loginPageSignsInAndShowsTheDashboardInVietnamese() {
        WebSession web = new WebSession();
        WebSession.Page answer = web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(answer.status()).isEqualTo(302);
        WebSession.Page home = web.get(port, "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body())
                .contains("Tổng quan")
                .contains("Người xem Bộ Nội vụ")
                .contains("Toàn quốc");
        assertThat(audit.find(filter("bnv.viewer", "LOGIN_SUCCESS"), UserScope.NATIONAL))
                .isNotEmpty();
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() {
        WebSession web = new WebSession();
        WebSession.Page answer = web.login(port, "hanoi.viewer", "wrong-password");
        assertThat(answer.location()).endsWith("/login?error");
        assertThat(web.get(port, "/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(audit.find(filter("hanoi.viewer", "LOGIN_FAILURE"), UserScope.NATIONAL))
                .isNotEmpty();
    }

    @Test
    void wrongPasswordsSlowTheAddressDownAlikeForRealAndUnknownUsersAndNeverLockTheAccount() {
        accounts.createIfMissing(
                new NewUser("lockme", "Lock Me", "correct-horse", null, java.util.List.of(Role.VIEWER)));
        try {
            WebSession web = new WebSession();
            for (String username : java.util.List.of("lockme", "no.such.user")) {
                for (int i = 0; i < 5; i++) {
                    WebSession.Page answer = web.login(port, username, "bad-" + i);
                    assertThat(answer.location()).as(username + " " + i).endsWith("/login?error");
                    assertThat(web.get(port, "/login?error").body())
                            .contains("Tên đăng nhập hoặc mật khẩu không đúng")
                            .doesNotContain("khóa");
                }
                // From this address even the right password now waits: the same answer for both names.
                assertThat(web.login(port, username, "correct-horse").location())
                        .as(username)
                        .endsWith("/login?throttled");
                assertThat(web.get(port, "/login?throttled").body()).contains("thử lại sau");
                Api.Response api = Api.as(port, username, "correct-horse").get("/api/v1/me");
                assertThat(api.status()).as(username).isEqualTo(429);
                assertThat(api.header("Retry-After")).isNotBlank();
            }
            // The account itself is not locked: its owner elsewhere is not shut out.
            assertThat(accounts.find("lockme", UserScope.NATIONAL).orElseThrow().locked())
                    .isFalse();
            assertThat(audit.find(filter("lockme", "LOCKOUT"), UserScope.NATIONAL))
                    .isEmpty();
        } finally {
            forgetThisMachine();
        }
        assertThat(Api.as(port, "lockme", "correct-horse").get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void aHugeUsernameIsCutAndAFloodOfFailuresIsAuditedAsOneSummaryRow() {
        String huge = "x".repeat(100_000);
        forgetThisMachine();
        long before = failureRows();
        WebSession web = new WebSession();
        try {
            for (int i = 0; i < 30; i++) {
                if (i % 10 == 0) {
                    // This test is about the audit, not the back-off.
                    throttle.forget("127.0.0.1");
                    throttle.forget("0:0:0:0:0:0:0:1");
                }
                assertThat(web.login(port, i + huge, "whatever-password").location())
                        .endsWith("/login?error");
            }
        } finally {
            forgetThisMachine();
        }
        Integer longest = jdbc.sql("SELECT max(length(actor)) FROM platform.audit_log WHERE action = 'LOGIN_FAILURE'")
                .query(Integer.class)
                .single();
        assertThat(longest).isLessThanOrEqualTo(100);
        // At most ten rows of one address in one minute (two minutes if the test crossed one), the rest
        // are counted and summarised.
        assertThat(failureRows() - before).isLessThanOrEqualTo(21);
    }

    private long failureRows() {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'LOGIN_FAILURE'")
                .query(Long.class)
                .single();
    }

    private void forgetThisMachine() {
        for (String address : java.util.List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1")) {
            throttle.forget(address);
            failedLogins.forget(address);
        }
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRejected() {
        WebSession web = new WebSession();
        web.login(port, "bnv.editor", TestUsers.DEMO_PASSWORD);
        WebSession.Page answer =
                web.postRaw(port, "/account/password", Map.of("current", "x", "replacement", "y", "confirmation", "y"));
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void usersChangeTheirOwnPasswordThroughThePage() {
        accounts.createIfMissing(
                new NewUser("changer", "Changer", "first-password", null, java.util.List.of(Role.VIEWER)));
        WebSession web = new WebSession();
        web.login(port, "changer", "first-password");
        web.get(port, "/account/password");
        WebSession.Page answer = web.postForm(
                port,
                "/account/password",
                Map.of(
                        "current",
                        "first-password",
                        "replacement",
                        "second-password",
                        "confirmation",
                        "second-password"));
        assertThat(answer.body()).contains("Đã đổi mật khẩu");
        assertThat(Api.as(port, "changer", "second-password").get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(Api.as(port, "changer", "first-password").get("/api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void pagesSendSecurityHeaders() {
        WebSession.Page login = new WebSession().get(port, "/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void englishSwitchIsRemembered() {
        WebSession web = new WebSession();
        assertThat(web.get(port, "/login?lang=en").body()).contains("Sign in");
        assertThat(web.get(port, "/login").body()).contains("Sign in");
        assertThat(web.get(port, "/login?lang=vi").body()).contains("Đăng nhập");
    }

    private static AuditFilter filter(String actor, String action) {
        return new AuditFilter(actor, action, null, null, null, null, 0, 50);
    }
}
