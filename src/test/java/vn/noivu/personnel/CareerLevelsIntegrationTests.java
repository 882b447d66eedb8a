package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * Public employees' career levels (NĐ 232/2026/NĐ-CP) on the real database: the level catalogue and
 * the conversion of titles, a job position approved for a unit with its decision, the people per level
 * against the caps of Art. 10 (API, page and XLSX), refusals by field, audit and scope.
 */
@NoiVuIntegrationTest
class CareerLevelsIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(760_000);

    /** The historical archive centre of Hà Nội: a public service unit of autonomy group 3. */
    static final String ARCHIVE = "UBND.01.SNV.TTLT";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api hanoi() {
        return Api.demo(port, "hanoi.editor");
    }

    long recruited(String name, String title) {
        String id = String.format("0010%02d%06d", 95, SERIAL.incrementAndGet());
        var p = hanoi().post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"1995-02-03","sex":"M","orgCode":"%s"}""".formatted(id, name, ARCHIVE));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        long person = p.json().get("id").asLong();
        var r = hanoi().post("/api/v1/people/" + person + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"2026-07-15","orgCode":"%s","staffCategory":"PUBLIC_EMPLOYEE",
                 "rankCode":"%s","salaryStep":1,"positionCode":"CM-TH","decisionNo":"7/QĐ-TTLT",
                 "decisionDate":"2026-07-10","issuer":"Sở Nội vụ"}""".formatted(ARCHIVE, title));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return person;
    }

    static String approval(String org, String position, Object min, Object max, int quota, String from) {
        return """
                {"orgCode":"%s","positionCode":"%s","minLevel":%s,"maxLevel":%s,"quota":%d,"validFrom":"%s",
                 "decisionNo":"12/QĐ-SNV","decisionDate":"%s","issuer":"Sở Nội vụ Hà Nội"}""".formatted(org, position, min, max, quota, from, from);
    }

    static JsonNode row(JsonNode rows, String org, String position) {
        for (JsonNode r : rows) {
            if (org.equals(r.get("orgCode").asString())
                    && position.equals(r.get("positionCode").asString())) {
                return r;
            }
        }
        return null;
    }

    static JsonNode level(JsonNode row, int level) {
        for (JsonNode l : row.get("levels")) {
            if (l.get("level").asInt() == level) {
                return l;
            }
        }
        return null;
    }

    @Test
    void levelsOneToFiveArePaidOnBToA31From1July2026AndTitlesConvertWithA22PaidOnA21() {
        JsonNode before =
                hanoi().get("/api/v1/personnel/career-levels?asOf=2026-06-30").json();
        assertThat(before.size()).isZero();
        JsonNode levels =
                hanoi().get("/api/v1/personnel/career-levels?asOf=2026-07-01").json();
        assertThat(levels.size()).isEqualTo(5);
        assertThat(levels.get(0).get("scaleCode").asString()).isEqualTo("B");
        assertThat(levels.get(3).get("scaleCode").asString()).isEqualTo("A2.1");
        assertThat(levels.get(4).get("scaleCode").asString()).isEqualTo("A3.1");
        assertThat(levels.get(4).get("source").asString()).contains("NĐ 232/2026/NĐ-CP", "Điều 7");

        JsonNode titles = hanoi().get("/api/v1/personnel/career-levels/titles?asOf=2026-07-01")
                .json();
        JsonNode primaryII = null;
        JsonNode nurseIV = null;
        for (JsonNode t : titles) {
            if (t.get("titleCode").asString().equals("V.07.03.28")) {
                primaryII = t;
            }
            if (t.get("titleCode").asString().equals("V.08.05.13")) {
                nurseIV = t;
            }
        }
        // Giáo viên tiểu học hạng II (A2.2) → level 4, paid on A2.1 (Art. 18(2)(d)).
        assertThat(primaryII.get("level").asInt()).isEqualTo(4);
        assertThat(primaryII.get("paidScaleCode").asString()).isEqualTo("A2.1");
        assertThat(nurseIV.get("level").asInt()).isEqualTo(1);

        JsonNode doctor = null;
        for (JsonNode p : hanoi().get("/api/v1/personnel/career-levels/positions?asOf=2026-07-01")
                .json()) {
            if (p.get("positionCode").asString().equals("YT-BS")) {
                doctor = p;
            }
        }
        assertThat(doctor.get("minLevel").asInt()).isEqualTo(3);
        assertThat(doctor.get("maxLevel").asInt()).isEqualTo(5);
    }

    /**
     * Worked case: the archive centre's "Chuyên viên" position approved with levels 3–5 and a quota of
     * 10. Top level 5: level 5 at most 30 % × 10 = 3 people, level 4 at most 40 % × 10 = 4. Placed: four
     * senior titles (A3.1 → level 5: over by one), two at level 4 (one A2.1, one A2.2 converted), one
     * at level 3, and one B title (level 1) outside the levels used. A new decision from 01/01/2027
     * with a quota of 20 closes the first: caps 6 and 8, nobody over.
     */
    @Test
    void theRatioCapsOfAnApprovedPositionAreReportedPerLevelOnTheApiThePageAndTheSheet() throws Exception {
        var created = hanoi().post(
                        "/api/v1/personnel/position-approvals", approval(ARCHIVE, "CM-TH", 3, 5, 10, "2026-07-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long first = created.json().get("id").asLong();
        assertThat(created.json().get("positionTitle").asString()).isEqualTo("Chuyên viên tổng hợp");
        for (int i = 0; i < 4; i++) {
            recruited("Đặng Văn Bậc Năm " + i, "V.08.01.01");
        }
        recruited("Đặng Văn Bậc Bốn", "V.01.02.01");
        recruited("Đặng Thị Bậc Bốn", "V.07.03.28");
        recruited("Đặng Văn Bậc Ba", "V.01.02.02");
        recruited("Đặng Văn Bậc Một", "V.01.02.03");

        JsonNode rows = hanoi().get("/api/v1/personnel/career-levels/ratios?asOf=2026-08-01")
                .json();
        JsonNode r = row(rows, ARCHIVE, "CM-TH");
        assertThat(r.get("quota").asInt()).isEqualTo(10);
        assertThat(r.get("placed").asLong()).isEqualTo(8);
        assertThat(r.get("capRule").asString()).isEqualTo("TOP_5");
        assertThat(level(r, 5).get("count").asLong()).isEqualTo(4);
        assertThat(level(r, 5).get("cap").asLong()).isEqualTo(3);
        assertThat(level(r, 5).get("over").asBoolean()).isTrue();
        assertThat(level(r, 4).get("count").asLong()).isEqualTo(2);
        assertThat(level(r, 4).get("cap").asLong()).isEqualTo(4);
        assertThat(level(r, 3).get("count").asLong()).isEqualTo(1);
        assertThat(level(r, 3).path("cap").isNull() || level(r, 3).path("cap").isMissingNode())
                .isTrue();
        assertThat(r.get("outsideRange").asLong()).isEqualTo(1);
        assertThat(r.get("over").asBoolean()).isTrue();

        // The page names everything in Vietnamese; the sheet carries the same figures.
        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/personnel/career-levels?asOf=2026-08-01").body();
        assertThat(page)
                .contains(
                        "Trung tâm Lưu trữ lịch sử", "Bậc 5: 4/3 (30 %)", "Bậc 4: 2/4 (40 %)", "Bậc cao nhất là bậc 5")
                .contains("Giáo viên tiểu học hạng II (V.07.03.28)", "Loại A2, nhóm 1 (A2.1)")
                .doesNotContain("TOP_5", "null");
        List<List<String>> sheet = PersonnelPagesIntegrationTests.sheet(
                web.download(port, "/personnel/career-levels.xlsx?asOf=2026-08-01"));
        List<String> line = sheet.stream()
                .filter(l -> l.get(0).equals(ARCHIVE) && l.get(2).equals("Chuyên viên tổng hợp"))
                .findFirst()
                .orElseThrow();
        assertThat(sheet.get(0)).contains("Số người bậc 5", "Tối đa bậc 5");
        int at5 = sheet.get(0).indexOf("Số người bậc 5");
        assertThat(line.get(at5)).isEqualTo("4");
        assertThat(line.get(at5 + 1)).isEqualTo("3");
        assertThat(line).contains("Vượt tỷ lệ");

        // An adjustment from 01/01/2027 closes the first decision.
        var second = hanoi().post(
                        "/api/v1/personnel/position-approvals", approval(ARCHIVE, "CM-TH", 3, 5, 20, "2027-01-01"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(hanoi().get("/api/v1/personnel/position-approvals/" + first)
                        .json()
                        .get("validTo")
                        .asString())
                .isEqualTo("2027-01-01");
        JsonNode later = row(
                hanoi().get("/api/v1/personnel/career-levels/ratios?asOf=2027-01-01")
                        .json(),
                ARCHIVE,
                "CM-TH");
        assertThat(later.get("quota").asInt()).isEqualTo(20);
        assertThat(level(later, 5).get("cap").asLong()).isEqualTo(6);
        assertThat(later.get("over").asBoolean()).isFalse();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_log
                        WHERE entity = 'personnel.position_approval' AND entity_id = :id""")
                        .param("id", String.valueOf(first))
                        .query(Long.class)
                        .single())
                .isEqualTo(2); // approved, then closed

        // Another province sees nothing of it and may not change it.
        Api hcm = Api.demo(port, "hcm.editor");
        assertThat(row(
                        hcm.get("/api/v1/personnel/career-levels/ratios?asOf=2026-08-01")
                                .json(),
                        ARCHIVE,
                        "CM-TH"))
                .isNull();
        assertThat(hcm.get("/api/v1/personnel/position-approvals/" + first).status())
                .isEqualTo(404);
        assertThat(hcm.post("/api/v1/personnel/position-approvals/" + first + "/cancel", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(hcm.post("/api/v1/personnel/position-approvals", approval(ARCHIVE, "HT-LT", 1, 5, 4, "2026-07-01"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anApprovalTheDecreeDoesNotAllowIsRefusedOnItsField() {
        String hospital = "UBND.01.SYT.BVXP";
        // Doctors use levels 3–5 only (Phụ lục II).
        var outside = hanoi().post(
                        "/api/v1/personnel/position-approvals", approval(hospital, "YT-BS", 1, 5, 30, "2026-07-01"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("errors").get(0).get("field").asString()).isEqualTo("minLevel");
        assertThat(outside.json().get("detail").asString()).contains("Bác sĩ", "bậc 3 đến bậc 5");
        // Before NĐ 232/2026 took effect.
        var early = hanoi().post(
                        "/api/v1/personnel/position-approvals", approval(hospital, "YT-BS", 3, 5, 30, "2026-06-30"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("validFrom");
        // Not a public service unit.
        var office = hanoi().post(
                        "/api/v1/personnel/position-approvals",
                        approval("UBND.01.SNV", "CM-TH", 1, 5, 3, "2026-07-01"));
        assertThat(office.status()).isEqualTo(422);
        assertThat(office.json().get("errors").get(0).get("field").asString()).isEqualTo("orgCode");
        assertThat(office.json().get("detail").asString()).contains("không phải đơn vị sự nghiệp công lập");
        // Levels are required for a position that has them.
        var noLevels = hanoi().post(
                        "/api/v1/personnel/position-approvals",
                        approval(hospital, "YT-BS", null, null, 30, "2026-07-01"));
        assertThat(noLevels.status()).isEqualTo(422);
        // A second decision from the same day conflicts with the first.
        assertThat(hanoi().post(
                                "/api/v1/personnel/position-approvals",
                                approval(hospital, "YT-BS", 3, 5, 30, "2026-07-01"))
                        .status())
                .isEqualTo(201);
        var same = hanoi().post(
                        "/api/v1/personnel/position-approvals", approval(hospital, "YT-BS", 3, 4, 30, "2026-07-01"));
        assertThat(same.status()).isEqualTo(422);
        assertThat(same.json().get("errors").get(0).get("field").asString()).isEqualTo("validFrom");
        // A viewer may not approve.
        assertThat(Api.demo(port, "hanoi.viewer")
                        .post(
                                "/api/v1/personnel/position-approvals",
                                approval(hospital, "YT-DD", 2, 5, 30, "2026-07-01"))
                        .status())
                .isEqualTo(403);
    }
}
