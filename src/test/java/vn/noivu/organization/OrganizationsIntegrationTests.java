package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.platform.security.Scopes;

@NoiVuIntegrationTest
class OrganizationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Autowired
    Scopes scopes;

    @Test
    void facadeAnswersAsOfADateWithTheVersionThenInForce() {
        OrgUnitView before = organizations
                .find("UBND.01.SLDTBXH.LDVL", LocalDate.of(2024, 1, 1))
                .orElseThrow();
        OrgUnitView after = organizations
                .find("UBND.01.SLDTBXH.LDVL", LocalDate.of(2025, 3, 1))
                .orElseThrow();
        assertThat(before.parentCode()).isEqualTo("UBND.01.SLDTBXH");
        assertThat(after.parentCode()).isEqualTo("UBND.01.SNV");
        assertThat(after.provinceCode()).isEqualTo("01");
        assertThat(after.path()).startsWith("/UBND.01/");
        assertThat(organizations.exists("UBND.01.SLDTBXH")).isTrue();
        assertThat(organizations.find("UBND.01.SLDTBXH", LocalDate.of(2025, 3, 1)))
                .isEmpty();
    }

    @Test
    void provinceScopesResolveToThePeoplesCommitteeSubtree() {
        assertThat(scopes.resolve("01").path()).isEqualTo("/UBND.01/");
        assertThat(scopes.resolve("79").path()).isEqualTo("/UBND.79/");
        assertThat(scopes.resolve("UBND.01.SNV").path()).isEqualTo("/UBND.01/");
        assertThat(scopes.resolve("BNV").path()).isEqualTo("/");
        // Bình Dương's history hangs under the city it was merged into
        assertThat(organizations.pathOf("UBND.74.SNV")).contains("/UBND.79/UBND.74/UBND.74.SNV/");
        assertThat(organizations.isWithin("UBND.74.SNV", scopes.resolve("79"))).isTrue();
        assertThat(organizations.isWithin("UBND.74.SNV", scopes.resolve("01"))).isFalse();
    }

    @Test
    void subtreeFollowsTheTreeOfThatDate() {
        var hcm2024 = organizations.subtree("UBND.79", LocalDate.of(2024, 12, 31));
        var hcm2026 = organizations.subtree("UBND.79", LocalDate.of(2026, 1, 1));
        assertThat(hcm2024).extracting(OrgUnitView::code).doesNotContain("UBND.74.SYT.BVDK");
        assertThat(hcm2026).extracting(OrgUnitView::code).contains("UBND.74.SYT.BVDK", "UBND.79.X25747");
        assertThat(hcm2026)
                .extracting(OrgUnitView::type)
                .doesNotContain("DISTRICT_PEOPLES_COMMITTEE", "DISTRICT_OFFICE");
        assertThat(hcm2026).extracting(OrgUnitView::code).doesNotContain("UBND.74.SNV.VP", "UBND.77.SNV.TCBC");
    }
}
