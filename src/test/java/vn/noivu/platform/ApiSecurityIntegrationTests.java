package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

@NoiVuIntegrationTest
class ApiSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void unauthenticatedApiCallGets401ProblemNotARedirect() {
        Api.Response response = Api.anonymous(port).get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void meReturnsUsernameRolesAndScope() {
        var me = Api.demo(port, "hanoi.editor").get("/api/v1/me").json();
        assertThat(me.get("username").asString()).isEqualTo("hanoi.editor");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("EDITOR");
        assertThat(me.get("scope").asString()).isEqualTo("01");
    }
}
