package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.WebSession;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.users.NewUser;
import vn.noivu.platform.users.UserAccounts;

/** Accounts: listed to administrators only, passwords by a published policy, sessions ended on change. */
@NoiVuIntegrationTest
class UserAccountsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Test
    void onlyAdministratorsListAccountsAndOnlyThoseOfTheirScope() {
        for (String user : List.of("bnv.viewer", "hanoi.viewer", "bnv.editor", "bnv.leader")) {
            Api api = Api.demo(port, user);
            assertThat(api.get("/api/v1/users").status()).as(user).isEqualTo(403);
            assertThat(api.get("/api/v1/users/admin").status()).as(user).isEqualTo(403);
        }
        var hanoi = Api.demo(port, "hanoi.admin").get("/api/v1/users").json();
        assertThat(hanoi.size()).isPositive();
        // Hà Nội's accounts: the province, or one of its units (organisation codes UBND.01…).
        hanoi.forEach(u -> assertThat(u.get("scopeCode").asString()).matches("01|UBND\\.01(\\..*)?"));
        assertThat(Api.demo(port, "hanoi.viewer").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotSetAWeakPassword() {
        Api admin = Api.demo(port, "hanoi.admin");
        Map<String, String> refused = Map.of(
                "aaaaaaaaaa",
                "một ký tự lặp lại",
                "1234567890",
                "quá phổ biến",
                "Matkhau@123",
                "quá phổ biến",
                "hn.weakling-2026",
                "tên đăng nhập",
                "Trần Thị Yếu",
                "họ tên",
                "ệ".repeat(25),
                "tối đa 64 ký tự và 72 byte");
        refused.forEach((password, reason) -> {
            Api.Response r = admin.post("/api/v1/users", body("hn.weakling", password));
            assertThat(r.status()).as(password).isIn(400, 422);
            assertThat(r.body()).as(password).contains("password").contains(reason);
        });
        for (String invalid : List.of("12345678", "          ")) {
            Api.Response r = admin.post("/api/v1/users", body("hn.weakling", invalid));
            assertThat(r.status()).as(invalid).isEqualTo(400);
            assertThat(r.body()).as(invalid).contains("password");
        }
        assertThat(admin.post("/api/v1/users", body("hn.weakling", "ba con mèo trèo cây cau"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aTakenUsernameOfAnotherProvinceIsRefusedWithoutNamingIt() {
        Api.Response r = Api.demo(port, "hanoi.admin").post("/api/v1/users", body("hcm.editor", "ba con mèo trèo cây"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("Không dùng được tên đăng nhập này").doesNotContain("hcm.editor");
    }

    @Test
    void aPasswordTooLongForBcryptIsAPlainFailedLoginNotAnError() {
        assertThat(Api.as(port, "bnv.viewer", "ệ".repeat(25)).get("/api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void changingTheOwnPasswordFollowsThePolicyAndEndsTheOtherSessions() {
        accounts.createIfMissing(
                new NewUser("two.sessions", "Hai Phiên", "the-first-password", null, List.of(Role.VIEWER)));
        WebSession here = new WebSession();
        WebSession there = new WebSession();
        assertThat(here.login(port, "two.sessions", "the-first-password").status())
                .isEqualTo(302);
        assertThat(there.login(port, "two.sessions", "the-first-password").status())
                .isEqualTo(302);
        assertThat(there.get(port, "/").status()).isEqualTo(200);

        here.get(port, "/account/password");
        for (var weak : Map.of(
                        "the-first-password", "phải khác mật khẩu hiện tại",
                        "12345678", "ít nhất 10 ký tự",
                        "two.sessions!", "tên đăng nhập")
                .entrySet()) {
            WebSession.Page answer = change(here, "the-first-password", weak.getKey());
            assertThat(answer.body()).as(weak.getKey()).contains(weak.getValue());
        }
        assertThat(there.get(port, "/").status()).isEqualTo(200);

        assertThat(change(here, "the-first-password", "a-much-better-passphrase")
                        .body())
                .contains("Đã đổi mật khẩu");
        assertThat(here.get(port, "/").status()).isEqualTo(200);
        WebSession.Page ended = there.get(port, "/");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.location()).endsWith("/login");
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheUser() {
        accounts.createIfMissing(
                new NewUser("hn.resetme", "Đặt Lại", "the-first-password", "01", List.of(Role.VIEWER)));
        WebSession web = new WebSession();
        web.login(port, "hn.resetme", "the-first-password");
        assertThat(web.get(port, "/").status()).isEqualTo(200);
        assertThat(Api.demo(port, "hanoi.admin")
                        .post("/api/v1/users/hn.resetme/password-reset", null)
                        .status())
                .isEqualTo(200);
        assertThat(web.get(port, "/").status()).isEqualTo(302);
    }

    private WebSession.Page change(WebSession web, String current, String replacement) {
        return web.postForm(
                port,
                "/account/password",
                Map.of("current", current, "replacement", replacement, "confirmation", replacement));
    }

    private static String body(String username, String password) {
        return """
                {"username":"%s","fullName":"Trần Thị Yếu","password":"%s","scopeCode":"01","roles":["VIEWER"]}""".formatted(username, password);
    }
}
