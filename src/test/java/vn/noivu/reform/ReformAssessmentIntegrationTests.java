package vn.noivu.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * Self-assessment and appraisal on the real database: a unit scores and submits its own, the evaluator
 * adjusts with a reason and the index and ranks follow, the unit sees why; scopes of the Ministry and
 * of a province evaluating its own departments with its own method.
 */
@NoiVuIntegrationTest
class ReformAssessmentIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Api.Response upload(Api api, String kind, String csv) throws IOException {
        Path file = Files.createTempFile(dir, "reform", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return api.upload("/api/v1/reform/imports", file, "kind", kind);
    }

    private static long open(Api api, String unit) {
        var r = api.post("/api/v1/reform/assessments", """
                {"year":2026,"set":"PROVINCES","unitCode":"%s"}""".formatted(unit));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asLong();
    }

    private static JsonNode row(Api api, String code) {
        return api.get("/api/v1/reform/rankings?year=2026&set=PROVINCES")
                .json()
                .valueStream()
                .filter(r -> r.get("unitCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAppraisalAdjustsASelfAssessedScoreTheRanksFollowAndTheUnitSeesWhy() throws IOException {
        Api ministry = Api.demo(port, "bnv.editor");
        var method = upload(ministry, "method", """
                year,set,province_code,code,parent_code,name,max_points,kind,deadline
                2026,PROVINCES,,T1,,Ban hành kế hoạch CCHC,10,SELF_ASSESSED,31/12/2099
                2026,PROVINCES,,T2,,Kiểm tra CCHC,10,APPRAISED,31/12/2099
                """);
        assertThat(method.status()).as(method.body()).isEqualTo(200);

        Api hanoi = Api.demo(port, "hanoi.editor");
        Api hcm = Api.demo(port, "hcm.editor");
        long hanoiId = open(hanoi, "01");
        // A province scores only its own.
        assertThat(hanoi.post("/api/v1/reform/assessments", """
                {"year":2026,"set":"PROVINCES","unitCode":"79"}""").status()).isEqualTo(403);
        var scored = hanoi.put("/api/v1/reform/assessments/" + hanoiId + "/items/T1", """
                {"points":10,"comment":"Đã ban hành đúng hạn","links":["https://vanban.hanoi.gov.vn/kh-cchc-2026"]}""");
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(hanoi.put("/api/v1/reform/assessments/" + hanoiId + "/items/T2", "{\"points\":9}")
                        .status())
                .isEqualTo(200);
        // Points above the maximum: refused in Vietnamese, naming the criterion.
        var over = hanoi.put("/api/v1/reform/assessments/" + hanoiId + "/items/T2", "{\"points\":11}");
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.body()).contains("T2").contains("từ 0 đến 10");
        assertThat(hanoi.post("/api/v1/reform/assessments/" + hanoiId + "/submit", null)
                        .status())
                .isEqualTo(200);
        // Submitted: locked to the unit.
        var locked = hanoi.put("/api/v1/reform/assessments/" + hanoiId + "/items/T1", "{\"points\":10}");
        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.body()).contains("đã nộp");

        long hcmId = open(hcm, "79");
        hcm.put("/api/v1/reform/assessments/" + hcmId + "/items/T1", "{\"points\":8}");
        hcm.put("/api/v1/reform/assessments/" + hcmId + "/items/T2", "{\"points\":9}");
        // Evidence as a file.
        Path minutes = dir.resolve("bien-ban-kiem-tra.pdf");
        Files.writeString(minutes, "%PDF-1.4 biên bản");
        var attached = hcm.upload("/api/v1/reform/assessments/" + hcmId + "/items/T2/files", minutes);
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        assertThat(hcm.post("/api/v1/reform/assessments/" + hcmId + "/submit", null)
                        .status())
                .isEqualTo(200);
        // Another province's assessment is not even visible.
        assertThat(hcm.get("/api/v1/reform/assessments/" + hanoiId).status()).isEqualTo(404);
        assertThat(hcm.get("/api/v1/reform/assessments/" + hcmId + "/files/"
                                + attached.json().get("id").asLong())
                        .status())
                .isEqualTo(200);

        assertThat(row(ministry, "01").get("index").decimalValue()).isEqualByComparingTo("95.00");
        assertThat(row(ministry, "01").get("rank").asInt()).isEqualTo(1);
        assertThat(row(ministry, "79").get("rank").asInt()).isEqualTo(2);

        // The unit cannot appraise itself; the Ministry must give a reason for a change.
        assertThat(hanoi.put("/api/v1/reform/assessments/" + hanoiId + "/items/T1/appraisal", "{\"points\":5}")
                        .status())
                .isEqualTo(403);
        var noReason = ministry.put("/api/v1/reform/assessments/" + hanoiId + "/items/T1/appraisal", "{\"points\":5}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("lý do");
        var adjusted = ministry.put("/api/v1/reform/assessments/" + hanoiId + "/items/T1/appraisal", """
                {"points":5,"reason":"Kế hoạch ban hành sau ngày 15/01, chậm so với quy định"}""");
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);

        // The index and the ranks follow: Hà Nội (5 + 9) / 20 = 70.00 %, now behind TP Hồ Chí Minh (85.00 %).
        assertThat(row(ministry, "01").get("index").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(row(ministry, "01").get("rank").asInt()).isEqualTo(2);
        assertThat(row(ministry, "79").get("rank").asInt()).isEqualTo(1);
        assertThat(row(ministry, "01").get("group").asString()).isEqualTo("C");

        // The unit sees the adjustment and why.
        JsonNode seen = hanoi.get("/api/v1/reform/assessments/" + hanoiId).json();
        JsonNode t1 = seen.get("items")
                .valueStream()
                .filter(i -> i.get("criterionCode").asString().equals("T1"))
                .findFirst()
                .orElseThrow();
        assertThat(t1.get("selfPoints").decimalValue()).isEqualByComparingTo("10");
        assertThat(t1.get("appraisedPoints").decimalValue()).isEqualByComparingTo("5");
        assertThat(t1.get("reason").asString()).contains("chậm so với quy định");
        assertThat(t1.get("adjusted").asBoolean()).isTrue();
        assertThat(t1.get("evidence").get(0).get("link").asString()).startsWith("https://vanban.hanoi.gov.vn");

        // More evidence asked of TP Hồ Chí Minh reopens it to the unit, which adds it and resubmits.
        assertThat(ministry.post("/api/v1/reform/assessments/" + hcmId + "/items/T2/evidence-request", """
                {"message":"Bổ sung biên bản kiểm tra có chữ ký"}""")
                        .status())
                .isEqualTo(200);
        assertThat(hcm.get("/api/v1/reform/assessments/" + hcmId)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("MORE_EVIDENCE");
        assertThat(hcm.put("/api/v1/reform/assessments/" + hcmId + "/items/T2", """
                {"points":9,"links":["https://vanban.hochiminhcity.gov.vn/bien-ban"]}""")
                        .status())
                .isEqualTo(200);
        assertThat(hcm.post("/api/v1/reform/assessments/" + hcmId + "/submit", null)
                        .status())
                .isEqualTo(200);

        // Finalising is a leader's decision (APPROVER).
        assertThat(ministry.post("/api/v1/reform/assessments/" + hanoiId + "/finalise", null)
                        .status())
                .isEqualTo(403);
        var finalised = Api.demo(port, "bnv.leader").post("/api/v1/reform/assessments/" + hanoiId + "/finalise", null);
        assertThat(finalised.status()).as(finalised.body()).isEqualTo(200);
        assertThat(finalised.json().get("status").asString()).isEqualTo("FINAL");

        // Every change audited.
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_log
                        WHERE entity = 'reform.assessment' AND entity_id = :id AND detail LIKE 'Thẩm định%'""").param("id", hanoiId + "/T1").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aProvinceRanksItsOwnDepartmentsWithItsOwnMethodAndNoOtherProvinceSeesThem() throws IOException {
        Api hanoi = Api.demo(port, "hanoi.editor");
        var method = upload(hanoi, "method", """
                year,set,province_code,code,parent_code,name,max_points,kind,group_a_min,group_b_min
                2026,DEPARTMENTS,01,D1,,Công tác chỉ đạo điều hành,60,SELF_ASSESSED,85,70
                2026,DEPARTMENTS,01,D2,,Tỷ lệ hồ sơ giải quyết đúng hạn,40,MEASURED,85,70
                2025,DEPARTMENTS,01,D1,,Công tác chỉ đạo điều hành,100,SELF_ASSESSED,,
                """);
        assertThat(method.status()).as(method.body()).isEqualTo(200);
        var measured = upload(hanoi, "scores", """
                year,set,province_code,unit_code,unit_name,component_code,score
                2026,DEPARTMENTS,01,HN-SNV,Sở Nội vụ,D2,35
                2026,DEPARTMENTS,01,HN-STP,Sở Tư pháp,D2,38
                """);
        assertThat(measured.status()).as(measured.body()).isEqualTo(200);
        var published = upload(hanoi, "published", """
                year,set,province_code,unit_code,component_code,score
                2026,DEPARTMENTS,01,HN-SNV,D1,57
                2026,DEPARTMENTS,01,HN-STP,D1,40
                """);
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        // The province's thresholds: A from 85 %, B from 70 % (78 % would be C by the Ministry's).
        JsonNode ranking = Api.demo(port, "hanoi.viewer")
                .get("/api/v1/reform/rankings?year=2026&set=DEPARTMENTS")
                .json();
        assertThat(ranking.size()).isEqualTo(2);
        assertThat(ranking.get(0).get("name").asString()).isEqualTo("Sở Nội vụ");
        assertThat(ranking.get(0).get("index").decimalValue()).isEqualByComparingTo("92.00");
        assertThat(ranking.get(0).get("group").asString()).isEqualTo("A");
        assertThat(ranking.get(1).get("name").asString()).isEqualTo("Sở Tư pháp");
        assertThat(ranking.get(1).get("index").decimalValue()).isEqualByComparingTo("78.00");
        assertThat(ranking.get(1).get("group").asString()).isEqualTo("B");
        assertThat(ranking.get(1).get("region").isNull()).isTrue();

        // Another province neither reads nor writes them; the Ministry reads but does not evaluate them.
        Api hcm = Api.demo(port, "hcm.editor");
        assertThat(hcm.get("/api/v1/reform/rankings?year=2026&set=DEPARTMENTS&scope=01")
                        .status())
                .isEqualTo(403);
        var foreign = upload(hcm, "published", """
                year,set,province_code,unit_code,component_code,score
                2026,DEPARTMENTS,01,HN-SNV,D1,60
                """);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(Api.demo(port, "bnv.viewer")
                        .get("/api/v1/reform/rankings?year=2026&set=DEPARTMENTS&scope=01")
                        .json()
                        .size())
                .isEqualTo(2);
        assertThat(upload(Api.demo(port, "bnv.editor"), "published", """
                year,set,province_code,unit_code,component_code,score
                2026,DEPARTMENTS,01,HN-SNV,D1,60
                """).status())
                .isEqualTo(422);

        // The province's users enter a department's self-assessment; past the deadline it is refused.
        jdbc.sql(
                        "UPDATE reform.method SET deadline = DATE '2026-01-15' WHERE year = 2025 AND set_code = 'DEPARTMENTS' AND owner_code = '01'")
                .update();
        var opened = hanoi.post("/api/v1/reform/assessments", """
                {"year":2025,"set":"DEPARTMENTS","unitCode":"HN-SNV"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        var late = hanoi.put(
                "/api/v1/reform/assessments/" + opened.json().get("id").asLong() + "/items/D1", "{\"points\":90}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body()).contains("quá hạn").contains("15/01/2026");
    }
}
