package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.users.NewUser;
import vn.noivu.platform.users.UserAccounts;

/**
 * HTTP Basic sends the password with every call; bcrypt runs once, and later calls with the same
 * password are answered from a remembered check until the password, the account's state or the
 * remembered time changes. Wrong passwords still go through bcrypt and the lock-out.
 */
@NoiVuIntegrationTest
class PasswordCheckCacheIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    vn.noivu.platform.security.FailedLoginAudit failedLogins;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    private double bcryptRuns() {
        return meters.get("noivu.password.checks").tag("by", "hash").counter().count();
    }

    private double remembered() {
        return meters.get("noivu.password.checks")
                .tag("by", "remembered")
                .counter()
                .count();
    }

    private void user(String username, String password) {
        accounts.createIfMissing(new NewUser(username, "Cache Test", password, "01", List.of(Role.VIEWER)));
    }

    @Test
    void theSecondCallWithTheSamePasswordDoesNotRunBcrypt() {
        user("cache.basic", "password-1");
        Api api = Api.as(port, "cache.basic", "password-1");
        double bcrypt = bcryptRuns();
        double fromCache = remembered();
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(bcryptRuns()).isEqualTo(bcrypt + 1);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(bcryptRuns()).isEqualTo(bcrypt + 1);
        assertThat(remembered()).isEqualTo(fromCache + 5);
    }

    @Test
    void manyConcurrentBasicCallsAllSucceed() throws Exception {
        // Once bcrypt no longer serialises logins, loading an account must not hold two pooled
        // connections at once: 40 concurrent calls against a pool of 10 used to wait on each other
        // until the pool timed out, and answer 401.
        user("cache.concurrent", "password-1");
        Api api = Api.as(port, "cache.concurrent", "password-1");
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 200; i++) {
                calls.add(pool.submit(() -> api.get("/api/v1/me").status()));
            }
            for (var call : calls) {
                assertThat(call.get(25, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangedPasswordInvalidatesTheRememberedCheck() {
        user("cache.change", "password-1");
        Api old = Api.as(port, "cache.change", "password-1");
        assertThat(old.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(old.get("/api/v1/me").status()).isEqualTo(200);

        String temporary = Api.as(port, "admin", TestUsers.ADMIN_PASSWORD)
                .post("/api/v1/users/cache.change/password-reset", null)
                .json()
                .get("temporaryPassword")
                .asString();
        assertThat(old.get("/api/v1/me").status()).isEqualTo(401);
        double bcrypt = bcryptRuns();
        assertThat(Api.as(port, "cache.change", temporary).get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(bcryptRuns()).isEqualTo(bcrypt + 1);
    }

    @Test
    void aWrongPasswordStillRunsBcryptAndIsAuditedAsAFailure() {
        user("cache.wrong", "password-1");
        assertThat(Api.as(port, "cache.wrong", "password-1").get("/api/v1/me").status())
                .isEqualTo(200);
        failedLogins.forget("0:0:0:0:0:0:0:1");
        failedLogins.forget("127.0.0.1"); // earlier tests' failures from this address must not mute the audit
        double bcrypt = bcryptRuns();
        assertThat(Api.as(port, "cache.wrong", "password-2").get("/api/v1/me").status())
                .isEqualTo(401);
        assertThat(bcryptRuns()).isEqualTo(bcrypt + 1);
        // Accounts are no longer locked (decision 007): the failure is audited and slows the address.
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_log WHERE action = 'LOGIN_FAILURE' AND actor = 'cache.wrong'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void disablingRolesAndScopeTakeEffectAtOnceDespiteTheRememberedCheck() {
        user("cache.state", "password-1");
        Api api = Api.as(port, "cache.state", "password-1");
        assertThat(api.get("/api/v1/me").json().get("scope").asString()).isEqualTo("01");
        Api admin = Api.as(port, "admin", TestUsers.ADMIN_PASSWORD);
        assertThat(admin.put("/api/v1/users/cache.state/assignment", "{\"roles\":[\"EDITOR\"],\"scopeCode\":\"79\"}")
                        .status())
                .isEqualTo(200);
        var me = api.get("/api/v1/me").json();
        assertThat(me.get("scope").asString()).isEqualTo("79");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("EDITOR");

        assertThat(admin.post("/api/v1/users/cache.state/disable", null).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    }
}
