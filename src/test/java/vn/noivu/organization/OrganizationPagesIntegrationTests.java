package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

@NoiVuIntegrationTest
class OrganizationPagesIntegrationTests {

    @LocalServerPort
    int port;

    WebSession loginAs(String user) {
        WebSession session = new WebSession();
        assertThat(session.login(port, user, TestUsers.DEMO_PASSWORD).status()).isEqualTo(302);
        return session;
    }

    @Test
    void everyPageRendersForAProvinceUserWithItsOwnUnits() {
        WebSession hanoi = loginAs("hanoi.viewer");
        for (String path : new String[] {
            "/organizations",
            "/organizations?asOf=2020-06-30",
            "/organizations/chart",
            "/organizations/units/UBND.01.SNV",
            "/organizations/changes?from=2015-01-01&to=2025-12-31",
            "/organizations/changes/units?from=2015-01-01&to=2025-12-31&measure=abolished&type=DISTRICT_OFFICE",
            "/organizations/plans",
            "/organizations/imports"
        }) {
            var page = hanoi.get(port, path);
            assertThat(page.status()).as(path).isEqualTo(200);
        }
        String tree = hanoi.get(port, "/organizations?asOf=2020-06-30").body();
        assertThat(tree).contains("UBND.01.H001.PNV").doesNotContain("UBND.79");
        assertThat(hanoi.get(port, "/organizations/chart-data").body())
                .contains("UBND.01.SNV")
                .doesNotContain("UBND.79");
    }
}
