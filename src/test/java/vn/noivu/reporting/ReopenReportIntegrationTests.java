package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.F0604;
import static vn.noivu.reporting.ReportingTestData.accepted;
import static vn.noivu.reporting.ReportingTestData.enc;
import static vn.noivu.reporting.ReportingTestData.put;
import static vn.noivu.reporting.ReportingTestData.report;
import static vn.noivu.reporting.ReportingTestData.submitted;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
 * Reopening an accepted report: only the receiving level (the province for its communes, the Ministry
 * for provinces) may, with a reason; the unit itself and another province get 403; the accepted
 * version stays in the history beside the corrected one; the consolidation leaves the report out until
 * it is accepted again; the reopening is audited. Forms and periods of their own: a commune's
 * six-monthly report for 2026-H2 and the emulation form 0604 — Hồ Chí Minh City's for 2025 and Hà
 * Nội's for 2026, which no other test sends (the database is shared).
 */
@NoiVuIntegrationTest
class ReopenReportIntegrationTests {

    static final String FORM = "SNV-BC.6T/NV";
    static final String PERIOD = "2026-H2";
    static final String COMMUNE = "UBND.01.X00025";
    static final String PASSWORD = "reporting-reopen-1";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        accounts.createIfMissing(new NewUser("reopen.commune", "Xã", PASSWORD, COMMUNE, List.of(Role.EDITOR)));
        // The commune's own leader: an approver, but of the reporting unit itself, not of its receiving level.
        accounts.createIfMissing(
                new NewUser("reopen.commune.leader", "Lãnh đạo xã", PASSWORD, COMMUNE, List.of(Role.APPROVER)));
        accounts.createIfMissing(new NewUser("reopen.hanoi", "Sở Hà Nội", PASSWORD, "01", List.of(Role.APPROVER)));
        accounts.createIfMissing(new NewUser("reopen.hcm", "Sở TP HCM", PASSWORD, "79", List.of(Role.APPROVER)));
    }

    @Test
    void theProvinceReopensItsCommunesAcceptedReportAndTheConsolidationDropsItUntilAcceptedAgain() {
        Api commune = Api.as(port, "reopen.commune", PASSWORD);
        Api communeLeader = Api.as(port, "reopen.commune.leader", PASSWORD);
        Api province = Api.as(port, "reopen.hanoi", PASSWORD);
        Api otherProvince = Api.as(port, "reopen.hcm", PASSWORD);
        String path = report(FORM, PERIOD, COMMUNE);

        Consolidated before = consolidated(province);
        submitted(commune, FORM, PERIOD, COMMUNE, "{\"01.1\": 7, \"02.1\": 3}", null);
        accepted(province, FORM, PERIOD, COMMUNE);
        Consolidated withIt = consolidated(province);
        assertThat(withIt.units()).isEqualTo(before.units() + 1);
        assertThat(withIt.cell("01.1")).isEqualByComparingTo(before.cell("01.1").add(BigDecimal.valueOf(7)));

        // Neither the commune's own leader nor another province; a reason is required.
        Api.Response own = communeLeader.post(path + "/reopen", "{\"reason\": \"Sửa số liệu\"}");
        assertThat(own.status()).as("the reporting unit itself: " + own.body()).isEqualTo(403);
        assertThat(own.body()).contains("Chỉ lãnh đạo phê duyệt của tỉnh");
        assertThat(commune.post(path + "/reopen", "{\"reason\": \"Sửa số liệu\"}")
                        .status())
                .as("the unit's editor")
                .isEqualTo(403);
        assertThat(otherProvince
                        .post(path + "/reopen", "{\"reason\": \"Sửa số liệu\"}")
                        .status())
                .as("another province")
                .isEqualTo(403);
        Api.Response noReason = province.post(path + "/reopen", "{\"reason\": \"  \"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(commune.get(path).json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(consolidated(province)).isEqualTo(withIt);

        Api.Response reopened = province.post(path + "/reopen", "{\"reason\": \"Dòng 01 tính thiếu một phòng\"}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(reopened.json().get("returnReason").asString()).isEqualTo("Dòng 01 tính thiếu một phòng");
        assertThat(province.post(path + "/reopen", "{\"reason\": \"lần nữa\"}").status())
                .as("only an accepted report")
                .isEqualTo(409);

        // The consolidation no longer counts it, nor do the figures kept for accepted reports.
        assertThat(consolidated(province)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.report_figure WHERE form_code = :f AND period = :p"
                                + " AND unit_code = :u")
                        .param("f", FORM)
                        .param("p", PERIOD)
                        .param("u", COMMUNE)
                        .query(Integer.class)
                        .single())
                .isZero();

        // Audited: who, the state before and after, the reason.
        var audit = jdbc.sql("""
                        SELECT actor, before_state->>'status' AS before, after_state->>'status' AS after, detail
                        FROM platform.audit_log WHERE action = 'REPORT_REOPENED' AND entity_id = :id
                        ORDER BY id DESC LIMIT 1""")
                .param("id", FORM + "|" + PERIOD + "|" + COMMUNE)
                .query()
                .singleRow();
        assertThat(audit.get("actor")).isEqualTo("reopen.hanoi");
        assertThat(audit.get("before")).isEqualTo("ACCEPTED");
        assertThat(audit.get("after")).isEqualTo("RETURNED");
        assertThat(audit.get("detail")).isEqualTo("Dòng 01 tính thiếu một phòng");

        // The unit corrects and resubmits; the accepted version stays in the history beside the new one.
        submitted(commune, FORM, PERIOD, COMMUNE, "{\"01.1\": 8, \"02.1\": 3}", null);
        assertThat(commune.get(path).json().get("status").asString()).isEqualTo("RESUBMITTED");
        JsonNode versions = commune.get(path + "/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(versions.get(0).get("values").get("01.1").asInt()).isEqualTo(7);
        assertThat(versions.get(0).get("reopenedBy").asString()).isEqualTo("reopen.hanoi");
        assertThat(versions.get(0).get("reopenReason").asString()).isEqualTo("Dòng 01 tính thiếu một phòng");
        assertThat(versions.get(0).get("reopenedAt").isNull()).isFalse();
        assertThat(versions.get(1).get("values").get("01.1").asInt()).isEqualTo(8);
        assertThat(versions.get(1).has("reopenedBy")).isFalse();

        accepted(province, FORM, PERIOD, COMMUNE);
        Consolidated again = consolidated(province);
        assertThat(again.units()).isEqualTo(before.units() + 1);
        assertThat(again.cell("01.1")).isEqualByComparingTo(before.cell("01.1").add(BigDecimal.valueOf(8)));
    }

    @Test
    void theMinistryReopensAProvincesReportAndTheProvinceItselfMayNot() {
        Api ministryEditor = Api.demo(port, "bnv.editor");
        Api ministry = Api.demo(port, "bnv.leader");
        String path = report(F0604, "2025", "UBND.79");
        Consolidated before = consolidatedNationally(ministry);
        submitted(ministryEditor, F0604, "2025", "UBND.79", "{\"01.1\": 4, \"04.1\": 1, \"05.1\": 3}", "2025-11-20");
        accepted(ministry, F0604, "2025", "UBND.79");
        assertThat(consolidatedNationally(ministry).units()).isEqualTo(before.units() + 1);

        assertThat(Api.as(port, "reopen.hcm", PASSWORD)
                        .post(path + "/reopen", "{\"reason\": \"Sửa\"}")
                        .status())
                .as("the province's own approver: the Ministry receives this form")
                .isEqualTo(403);
        assertThat(Api.demo(port, "hanoi.admin")
                        .post(path + "/reopen", "{\"reason\": \"Sửa\"}")
                        .status())
                .as("another province")
                .isEqualTo(403);
        Api.Response reopened = ministry.post(path + "/reopen", "{\"reason\": \"Số tổ chức chưa khớp\"}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(consolidatedNationally(ministry)).isEqualTo(before);
        JsonNode versions = ministry.get(path + "/versions").json();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(versions.get(0).get("reopenedBy").asString()).isEqualTo("bnv.leader");
        // The paper report's arrival still decides on time once it is sent again.
        submitted(ministryEditor, F0604, "2025", "UBND.79", "{\"01.1\": 5, \"04.1\": 2, \"05.1\": 3}", null);
        assertThat(ministry.get(path).json().get("onTime").asBoolean()).isTrue();
        assertThat(ministry.get(path + "/versions").json()).hasSize(2);
    }

    @Test
    void theReportPageOffersReopeningToTheReceivingLevelOnlyWithAReasonAndConfirmation() {
        Api ministryEditor = Api.demo(port, "bnv.editor");
        Api ministry = Api.demo(port, "bnv.leader");
        submitted(ministryEditor, F0604, "2026", "UBND.01", "{\"01.1\": 2, \"04.1\": 1, \"05.1\": 1}", "2026-11-25");
        accepted(ministry, F0604, "2026", "UBND.01");
        String page = "/reporting/forms/" + enc(F0604) + "/2026/UBND.01";

        WebSession province = new WebSession();
        province.login(port, "hanoi.admin", TestUsers.DEMO_PASSWORD);
        assertThat(province.get(port, page).body()).doesNotContain("id=\"report-reopen\"");

        WebSession leader = new WebSession();
        leader.login(port, "bnv.leader", TestUsers.DEMO_PASSWORD);
        String body = leader.get(port, page).body();
        assertThat(body).contains("id=\"report-reopen\"", "data-confirm=\"Mở lại báo cáo đã chấp nhận?", "required");
        WebSession.Page after = leader.postForm(port, page + "/reopen", java.util.Map.of("reason", "Kiểm tra lại"));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body())
                .contains("id=\"report-reopened\"", "Bị trả lại", "mở lại bởi bnv.leader", "Kiểm tra lại")
                .doesNotContain("id=\"report-reopen\"");
        assertThat(put(ministryEditor, F0604, "2026", "UBND.01", "{\"01.1\": 3}", null)
                        .status())
                .as("editable again")
                .isEqualTo(200);
    }

    record Consolidated(int units, JsonNode values) {
        BigDecimal cell(String cell) {
            return values.has(cell) ? values.get(cell).decimalValue() : BigDecimal.ZERO;
        }
    }

    private Consolidated consolidated(Api api) {
        return consolidation(api, FORM, PERIOD, "&scope=01");
    }

    private Consolidated consolidatedNationally(Api api) {
        return consolidation(api, F0604, "2025", "");
    }

    private static Consolidated consolidation(Api api, String form, String period, String scope) {
        Api.Response r = api.get("/api/v1/reporting/consolidation?form=" + enc(form) + "&period=" + period + scope);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return new Consolidated(r.json().get("units").asInt(), r.json().get("values"));
    }
}
