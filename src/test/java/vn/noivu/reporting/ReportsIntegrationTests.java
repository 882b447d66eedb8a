package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.F0601;
import static vn.noivu.reporting.ReportingTestData.F0604;
import static vn.noivu.reporting.ReportingTestData.F0605;
import static vn.noivu.reporting.ReportingTestData.accepted;
import static vn.noivu.reporting.ReportingTestData.allTyped;
import static vn.noivu.reporting.ReportingTestData.enc;
import static vn.noivu.reporting.ReportingTestData.put;
import static vn.noivu.reporting.ReportingTestData.report;
import static vn.noivu.reporting.ReportingTestData.submitted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The reporting workflow against the demo organisations: rules that block or warn, on time and late,
 * return and resubmission keeping every version, consolidation by the cut-off's hierarchy and re-cast
 * through lineage, and scope. Each test uses its own form or period so that they do not meet.
 */
@NoiVuIntegrationTest
class ReportsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBlockingRuleRefusesSubmissionNamingTheCellsAndAWarningDoesNot() {
        Api editor = Api.demo(port, "hanoi.editor");
        // Women (column 2) outnumber the total (column 1) in row 01: blocks.
        String broken = """
                {"01.1": 10, "01.2": 12, "02.1": 4, "03.1": 6, "11.1": 10, "13.1": 10,
                 "02.2": 5, "03.2": 7, "11.2": 12, "13.2": 12}""";
        assertThat(put(editor, F0605, "2026", "UBND.01", allTyped(broken, 15, 2), null)
                        .status())
                .isEqualTo(200);
        Api.Response refused = editor.post(report(F0605, "2026", "UBND.01") + "/submit", null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("01.2, 01.1");
        assertThat(refused.body()).contains("Số nữ không vượt tổng số");
        assertThat(editor.get(report(F0605, "2026", "UBND.01"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");

        // Fixed, but the training rows (a warning) add up to 7 of 10: submitted with a warning.
        String warned = """
                {"01.1": 10, "01.2": 3, "02.1": 4, "03.1": 6, "11.1": 7, "13.1": 10,
                 "02.2": 1, "03.2": 2, "11.2": 3, "13.2": 3}""";
        assertThat(put(editor, F0605, "2026", "UBND.01", allTyped(warned, 15, 2), null)
                        .status())
                .isEqualTo(200);
        Api.Response sent = editor.post(report(F0605, "2026", "UBND.01") + "/submit", null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("report").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(sent.json().get("warnings").get(0).get("field").asString())
                .isEqualTo("01.1, 08.1, 09.1, 10.1, 11.1, 12.1");
        assertThat(sent.json().get("report").get("onTime").asBoolean())
                .as("emulation year 2026 is due 15/12/2026")
                .isTrue();
    }

    @Test
    void aLateReportCountsLateAndAReturnedOneResubmittedKeepsBothVersions() {
        Api ministryEditor = Api.demo(port, "bnv.editor");
        Api leader = Api.demo(port, "bnv.leader");
        // Paper reports entered by the Ministry: Hà Nội's arrived after 15/12/2024, the city's before.
        submitted(ministryEditor, F0604, "2024", "UBND.01", "{\"01.1\": 3, \"04.1\": 1, \"05.1\": 2}", "2024-12-20");
        submitted(ministryEditor, F0604, "2024", "UBND.79", "{\"01.1\": 2, \"04.1\": 1, \"05.1\": 1}", "2024-12-10");

        JsonNode completeness = leader.get("/api/v1/reporting/completeness?form=" + enc(F0604) + "&period=2024")
                .json();
        assertThat(completeness.get("submitted").asInt()).isEqualTo(2);
        assertThat(completeness.get("onTime").asInt()).isEqualTo(1);
        assertThat(completeness.get("late").asInt()).isEqualTo(1);
        assertThat(completeness.get("accepted").asInt()).isZero();
        assertThat(completeness.get("missing").asInt())
                .isEqualTo(completeness.get("expected").asInt() - 2);
        Map<String, JsonNode> byUnit = new HashMap<>();
        leader.get("/api/v1/reporting/reports?form=" + enc(F0604) + "&period=2024")
                .json()
                .forEach(r -> byUnit.put(r.get("unit").asString(), r));
        assertThat(byUnit.get("UBND.01").get("onTime").asBoolean()).isFalse();
        assertThat(byUnit.get("UBND.79").get("onTime").asBoolean()).isTrue();
        assertThat(byUnit.get("UBND.74").get("status").asString())
                .as("missing ones are listed")
                .isEqualTo("MISSING");

        String path = report(F0604, "2024", "UBND.79");
        Api hanoiAdmin = Api.demo(port, "hanoi.admin");
        Api.Response notReceiver = hanoiAdmin.post(report(F0604, "2024", "UBND.01") + "/accept", null);
        assertThat(notReceiver.status())
                .as("a province is not the Ministry's receiving level")
                .isEqualTo(403);
        assertThat(notReceiver.body()).contains("Chỉ lãnh đạo phê duyệt của Bộ");
        assertThat(hanoiAdmin.post(path + "/return", "{\"reason\": \"x\"}").status())
                .as("outside its scope")
                .isEqualTo(403);
        assertThat(leader.post(path + "/return", "{\"reason\": \"  \"}").status())
                .isEqualTo(422);
        Api.Response returned = leader.post(path + "/return", "{\"reason\": \"Dòng 01 thiếu một phòng\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");

        Api cityEditor = Api.demo(port, "hcm.editor");
        submitted(cityEditor, F0604, "2024", "UBND.79", "{\"01.1\": 3, \"04.1\": 1, \"05.1\": 2}", null);
        JsonNode resubmitted = cityEditor.get(path).json();
        assertThat(resubmitted.get("status").asString()).isEqualTo("RESUBMITTED");
        assertThat(resubmitted.get("onTime").asBoolean())
                .as("the paper arrival date is kept")
                .isTrue();

        JsonNode versions = cityEditor.get(path + "/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("values").get("01.1").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("outcome").asString()).isEqualTo("RETURNED");
        assertThat(versions.get(0).get("reason").asString()).isEqualTo("Dòng 01 thiếu một phòng");
        assertThat(versions.get(1).get("values").get("01.1").asInt()).isEqualTo(3);

        accepted(leader, F0604, "2024", "UBND.79");
        Api.Response locked = put(cityEditor, F0604, "2024", "UBND.79", "{\"01.1\": 9}", null);
        assertThat(locked.status()).as("accepted data is locked").isEqualTo(409);
        assertThat(cityEditor
                        .get(path + "/versions")
                        .json()
                        .get(1)
                        .get("outcome")
                        .asString())
                .isEqualTo("ACCEPTED");
    }

    /**
     * Row 01 = 6k (k + 2k + 3k by level), rows 02, 03, 05 split it by scope, row 07 and row 12 repeat
     * it: every rule holds for any k. Every other cell is typed 0 rather than left to the pre-fill from
     * the reward registry.
     */
    private static String emulation(int k) {
        return allTyped("""
                {"01.1": %1$d, "01.2": %2$d, "01.3": %3$d, "01.4": %4$d,
                 "02.1": %2$d, "02.2": %2$d, "03.1": %3$d, "03.3": %3$d, "05.1": %4$d, "05.4": %4$d,
                 "07.1": %1$d, "07.2": %2$d, "07.3": %3$d, "07.4": %4$d,
                 "12.1": %1$d, "12.2": %2$d, "12.3": %3$d, "12.4": %4$d}""".formatted(6 * k, k, 2 * k, 3 * k), 12, 4);
    }

    @Test
    void theConsolidationIsTheSumOfAcceptedReportsAndRecastAddsThePredecessorsOfTodaysProvince() {
        Api editor = Api.demo(port, "bnv.editor");
        Api leader = Api.demo(port, "bnv.leader");
        Map<String, Integer> k = Map.of("UBND.01", 1, "UBND.79", 10, "UBND.74", 100, "UBND.77", 1000, "BNV", 10000);
        k.forEach((unit, factor) -> {
            submitted(editor, F0601, "2024", unit, emulation(factor), null);
            accepted(leader, F0601, "2024", unit);
        });
        // Submitted but not accepted: not added.
        submitted(editor, F0601, "2024", "BYT", emulation(7), null);

        String base = "/api/v1/reporting/consolidation?form=" + enc(F0601) + "&period=2024";
        JsonNode national = leader.get(base).json();
        assertThat(national.get("units").asInt()).isEqualTo(5);
        assertThat(national.get("values").get("01.1").asLong()).isEqualTo(6L * 11111);
        assertThat(national.get("values").get("01.2").asLong()).isEqualTo(11111L);
        assertThat(national.get("values").get("05.4").asLong()).isEqualTo(3L * 11111);
        assertThat(national.get("values").get("04.1").asLong())
                .as("every report typed 0")
                .isZero();

        // TP Hồ Chí Minh as it stood on 30/11/2024 is the city alone...
        JsonNode city2024 = leader.get(base + "&scope=79").json();
        assertThat(city2024.get("units").asInt()).isEqualTo(1);
        assertThat(city2024.get("values").get("01.1").asLong()).isEqualTo(60L);
        // ...re-cast onto today's city, it adds Bình Dương and Bà Rịa - Vũng Tàu, merged into it on 01/07/2025.
        JsonNode cityToday = leader.get(base + "&scope=79&recast=true").json();
        assertThat(cityToday.get("units").asInt()).isEqualTo(3);
        assertThat(cityToday.get("values").get("01.1").asLong()).isEqualTo(6L * (10 + 100 + 1000));
        JsonNode hanoi = leader.get(base + "&scope=01&recast=true").json();
        assertThat(hanoi.get("values").get("01.1").asLong()).isEqualTo(6L);

        JsonNode completeness = leader.get("/api/v1/reporting/completeness?form=" + enc(F0601) + "&period=2024")
                .json();
        assertThat(completeness.get("accepted").asInt()).isEqualTo(5);
        assertThat(completeness.get("submitted").asInt()).isEqualTo(6);

        // The national figure reads the totals the triggers keep beside the figures: an accepted report
        // that leaves (here UBND.77, k = 1000, in SQL as a bulk correction would) takes its figures
        // away, and one accepted again brings its new figures.
        String unit77 =
                "UPDATE reporting.report SET %s WHERE form_code = :f AND period = '2024' AND unit_code = 'UBND.77'";
        jdbc.sql(unit77.formatted("status = 'RETURNED'")).param("f", F0601).update();
        JsonNode without77 = leader.get(base).json();
        assertThat(without77.get("units").asInt()).isEqualTo(4);
        assertThat(without77.get("values").get("01.1").asLong()).isEqualTo(6L * 10111);
        jdbc.sql(unit77.formatted("status = 'ACCEPTED', cell_values = jsonb_set(cell_values, '{01.1}', '7000')"))
                .param("f", F0601)
                .update();
        JsonNode back = leader.get(base).json();
        assertThat(back.get("units").asInt()).isEqualTo(5);
        assertThat(back.get("values").get("01.1").asLong()).isEqualTo(6L * 10111 + 7000);
        assertThat(back.get("values").get("01.2").asLong()).isEqualTo(11111L);
    }

    @Test
    void aProvinceUserSeesAndWritesOnlyItsProvincesReportsAndTheMinistryAll() {
        String list = "/api/v1/reporting/reports?form=" + enc(F0601) + "&period=2024";
        List<String> hanoiUnits = new ArrayList<>();
        Api hanoi = Api.demo(port, "hanoi.viewer");
        hanoi.get(list).json().forEach(r -> hanoiUnits.add(r.get("unit").asString()));
        assertThat(hanoiUnits).containsExactly("UBND.01");

        List<String> cityUnits = new ArrayList<>();
        Api.demo(port, "hcm.editor")
                .get(list)
                .json()
                .forEach(r -> cityUnits.add(r.get("unit").asString()));
        assertThat(cityUnits).containsExactlyInAnyOrder("UBND.79", "UBND.74", "UBND.77");

        List<String> allUnits = new ArrayList<>();
        Api.demo(port, "bnv.viewer")
                .get(list)
                .json()
                .forEach(r -> allUnits.add(r.get("unit").asString()));
        assertThat(allUnits).contains("BNV", "BLDTBXH", "UBDT", "UBND.01", "UBND.79", "UBND.74", "UBND.77");

        assertThat(hanoi.get(report(F0601, "2024", "UBND.79")).status()).isEqualTo(404);
        assertThat(hanoi.get(list + "&scope=79").status()).isEqualTo(404);
        assertThat(hanoi.get("/api/v1/reporting/consolidation?form=" + enc(F0601) + "&period=2024&scope=79")
                        .status())
                .isEqualTo(404);
        assertThat(hanoi.get("/api/v1/reporting/completeness?form=" + enc(F0601) + "&period=2024&scope=79")
                        .status())
                .isEqualTo(404);
        assertThat(put(Api.demo(port, "hanoi.editor"), F0605, "2026", "UBND.79", "{\"01.1\": 1}", null)
                        .status())
                .isEqualTo(403);
        assertThat(put(hanoi, F0605, "2026", "UBND.01", "{\"01.1\": 1}", null).status())
                .as("a viewer writes nothing")
                .isEqualTo(403);
    }

    @Test
    void wrongPeriodsAndCellsAreRefusedNamingTheParameterOrCell() {
        Api editor = Api.demo(port, "hanoi.editor");
        Api.Response period = editor.get("/api/v1/reporting/reports?form=" + enc(F0601) + "&period=2025-Q1");
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.json().get("errors").get(0).get("field").asString()).isEqualTo("period");

        Api.Response cells = put(editor, F0605, "2025", "UBND.01", "{\"01.1\": \"mười\", \"99.1\": 1}", null);
        assertThat(cells.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        cells.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("01.1", "99.1");
        assertThat(cells.body()).contains("phải là số");

        Api.Response future = put(editor, F0605, "2025", "UBND.01", "{\"01.1\": 1}", "2099-01-01");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("receivedOn");
        assertThat(editor.post(report(F0605, "2025", "UBND.01") + "/submit", null)
                        .status())
                .as("nothing saved, nothing to submit")
                .isEqualTo(409);
    }
}
