package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

@NoiVuIntegrationTest
class DemoCountsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void dump() {
        var national =
                Api.demo(port, "bnv.viewer").get("/api/v1/organizations/changes?from=2015-01-01&to=2025-12-31&limit=0");
        System.out.println("NATIONAL " + national.body());
        var hn = Api.demo(port, "bnv.viewer")
                .get("/api/v1/organizations/changes?from=2015-01-01&to=2025-12-31&scope=01&limit=0");
        System.out.println("HANOI " + hn.body());
        var hcm =
                Api.demo(port, "hcm.editor").get("/api/v1/organizations/changes?from=2015-01-01&to=2025-12-31&limit=0");
        System.out.println("HCM " + hcm.body());
        assertThat(national.status()).isEqualTo(200);
    }
}
