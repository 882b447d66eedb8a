package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.enc;
import static vn.noivu.reporting.ReportingTestData.put;
import static vn.noivu.reporting.ReportingTestData.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.users.NewUser;
import vn.noivu.platform.users.UserAccounts;

/**
 * Scope over every reporting endpoint, level by level, on the Department of Home Affairs' 6-month work
 * report (communes report to the province, provinces to the Ministry): a commune user reaches only its
 * own report, a province user its province's, the Ministry all; each level has its own deadline, and
 * the province — not the Ministry — decides on a commune's report.
 */
@NoiVuIntegrationTest
class ReportingScopeIntegrationTests {

    static final String FORM = "SNV-BC.6T/NV";
    static final String PERIOD = "2026-H1";
    static final String OWN = "UBND.01.X00004";
    static final String OTHER = "UBND.01.X00025";
    static final String PASSWORD = "reporting-scope-1";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    Api commune;
    Api provinceApprover;

    @BeforeEach
    void users() {
        accounts.createIfMissing(new NewUser("rep.commune", "Xã", PASSWORD, OWN, List.of(Role.EDITOR)));
        accounts.createIfMissing(new NewUser("rep.hanoi.approver", "Sở", PASSWORD, "01", List.of(Role.APPROVER)));
        commune = Api.as(port, "rep.commune", PASSWORD);
        provinceApprover = Api.as(port, "rep.hanoi.approver", PASSWORD);
    }

    private Map<String, JsonNode> listed(Api api, String scope) {
        Map<String, JsonNode> out = new HashMap<>();
        Api.Response r = api.get("/api/v1/reporting/reports?form=" + enc(FORM) + "&period=" + PERIOD
                + (scope == null ? "" : "&scope=" + scope));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        r.json().forEach(n -> out.put(n.get("unit").asString(), n));
        return out;
    }

    @Test
    void aCommuneSeesOnlyItsOwnReportAProvinceItsProvincesAndTheMinistryAll() {
        assertThat(listed(commune, null).keySet()).containsExactly(OWN);
        Map<String, JsonNode> hanoi = listed(Api.demo(port, "hanoi.viewer"), null);
        assertThat(hanoi).containsKeys("UBND.01", OWN, OTHER).doesNotContainKey("UBND.79");
        assertThat(hanoi.keySet()).allMatch(code -> code.startsWith("UBND.01"));
        Map<String, JsonNode> national = listed(Api.demo(port, "bnv.viewer"), null);
        assertThat(national).containsKeys("UBND.01", "UBND.79", OWN, OTHER);

        // Each level its own deadline: communes three working days after the window closes on Sunday
        // 14/06/2026, the province on the 20th of the window's last month.
        assertThat(national.get(OWN).get("deadline").asString()).isEqualTo("2026-06-17");
        assertThat(national.get("UBND.01").get("deadline").asString()).isEqualTo("2026-06-20");

        String other = report(FORM, PERIOD, OTHER);
        String q = "?form=" + enc(FORM) + "&period=" + PERIOD;
        assertThat(commune.get(other).status()).isEqualTo(404);
        assertThat(commune.get(other + "/versions").status()).isEqualTo(404);
        assertThat(commune.get(other + "/export").status()).isEqualTo(404);
        assertThat(put(commune, FORM, PERIOD, OTHER, "{\"20.1\": 1}", null).status())
                .isEqualTo(403);
        assertThat(commune.post(other + "/prefill", null).status()).isEqualTo(403);
        assertThat(commune.post(other + "/submit", null).status()).isEqualTo(403);
        assertThat(commune.post(other + "/accept", null).status()).isEqualTo(403);
        assertThat(commune.post(other + "/return", "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
        for (String read : List.of(
                "/reports", "/consolidation", "/consolidation/export", "/completeness", "/completeness/by-province")) {
            assertThat(commune.get("/api/v1/reporting" + read + q + "&scope=" + OTHER)
                            .status())
                    .as(read + " of another commune")
                    .isEqualTo(404);
            assertThat(commune.get("/api/v1/reporting" + read + q + "&scope=01").status())
                    .as(read + " of its province")
                    .isEqualTo(404);
            assertThat(Api.demo(port, "hanoi.viewer")
                            .get("/api/v1/reporting" + read + q + "&scope=79")
                            .status())
                    .as(read + " of another province")
                    .isEqualTo(404);
        }
        JsonNode own = commune.get("/api/v1/reporting/completeness" + q).json();
        assertThat(own.get("expected").asInt()).isEqualTo(1);
    }

    @Test
    void theProvinceDecidesOnACommunesReportAndTheMinistryByProvince() {
        String path = report(FORM, PERIOD, OWN);
        Api.Response saved = put(
                commune, FORM, PERIOD, OWN, "{\"01.2\": \"Sắp xếp bộ máy phường sau hợp nhất\", \"19.1\": 2}", null);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(commune.post(path + "/submit", null).status()).isEqualTo(200);

        assertThat(Api.demo(port, "bnv.leader").post(path + "/accept", null).status())
                .as("the Ministry does not receive communes' reports")
                .isEqualTo(403);
        Api.Response accepted = provinceApprover.post(path + "/accept", null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        Map<String, JsonNode> byProvince = new HashMap<>();
        Api.demo(port, "bnv.leader")
                .get("/api/v1/reporting/completeness/by-province?form=" + enc(FORM) + "&period=" + PERIOD)
                .json()
                .forEach(n -> byProvince.put(n.path("province").asString("central"), n));
        assertThat(byProvince).containsKeys("01", "79");
        assertThat(byProvince.get("01").get("accepted").asInt()).isEqualTo(1);
        assertThat(byProvince.get("01").get("expected").asInt())
                .isEqualTo(listed(Api.demo(port, "hanoi.viewer"), null).size());
        assertThat(byProvince.get("79").get("submitted").asInt()).isZero();
    }
}
