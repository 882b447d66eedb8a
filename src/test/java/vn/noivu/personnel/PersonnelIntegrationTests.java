package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.WebSession;
import vn.noivu.staffing.HeadcountSource;

/** The personnel API on the real database: salary, events, due lists, headcount, import, scope. */
@NoiVuIntegrationTest
class PersonnelIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(500_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HeadcountSource headcountSource;

    @TempDir
    Path dir;

    /** A valid, unused ID number for a person born in {@code year} of {@code sex} in province 001. */
    static String newId(int year, String sex) {
        int digit = 2 * (year / 100 - 19) + ("F".equals(sex) ? 1 : 0);
        return String.format("001%d%02d%06d", digit, year % 100, SERIAL.incrementAndGet());
    }

    long createPerson(Api api, String id, String name, String birth, String sex, String org) {
        var r = api.post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"%s","sex":"%s","orgCode":"%s"}""".formatted(id, name, birth, sex, org));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    Api.Response event(Api api, long id, String json) {
        return api.post("/api/v1/people/" + id + "/events", json);
    }

    static String recruit(String date, String org, String rank, int step) {
        return """
                {"kind":"RECRUITMENT","effectiveDate":"%s","orgCode":"%s","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"%s","salaryStep":%d,"positionCode":"CM-TH",
                 "decisionNo":"1/QĐ-SNV","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(date, org, rank, step, date);
    }

    @Test
    void salaryFollowsTheDecreeAndSwitchesBaseSalaryOn1July2024() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = createPerson(hanoi, newId(1995, "M"), "Phạm Văn Lương", "1995-02-03", "M", "UBND.01.SNV");
        assertThat(event(hanoi, id, recruit("2023-01-02", "UBND.01.SNV", "01.003", 1))
                        .status())
                .isEqualTo(201);
        JsonNode july =
                hanoi.get("/api/v1/people/" + id + "/salary?asOf=2024-07-01").json();
        assertThat(july.get("rankCode").asString()).isEqualTo("01.003");
        assertThat(july.get("step").asInt()).isEqualTo(1);
        assertThat(july.get("coefficient").asDouble()).isEqualTo(2.34);
        assertThat(july.get("baseSalary").asLong()).isEqualTo(2_340_000);
        assertThat(july.get("amount").asLong()).isEqualTo(5_475_600);
        JsonNode june =
                hanoi.get("/api/v1/people/" + id + "/salary?asOf=2024-06-30").json();
        assertThat(june.get("baseSalary").asLong()).isEqualTo(1_800_000);
        assertThat(june.get("amount").asLong()).isEqualTo(4_212_000);
    }

    @Test
    void correctingAPastEventRederivesWhatFollowsAndKeepsTheOldRows() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = createPerson(hanoi, newId(1988, "F"), "Đỗ Thị Hạnh", "1988-06-01", "F", "UBND.01.SNV");
        long recruitment = event(hanoi, id, recruit("2016-01-04", "UBND.01.SNV", "01.003", 1))
                .json()
                .get("id")
                .asLong();
        event(hanoi, id, """
                {"kind":"STEP_INCREASE","effectiveDate":"2019-01-04","decisionNo":"2/QĐ","decisionDate":"2018-12-20",
                 "issuer":"Sở Nội vụ"}""");
        assertThat(hanoi.get("/api/v1/people/" + id + "/salary?asOf=2020-01-01")
                        .json()
                        .get("step")
                        .asInt())
                .isEqualTo(2);
        var corrected = hanoi.put(
                "/api/v1/people/" + id + "/events/" + recruitment, recruit("2016-01-04", "UBND.01.SNV", "01.003", 3));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(hanoi.get("/api/v1/people/" + id + "/salary?asOf=2020-01-01")
                        .json()
                        .get("step")
                        .asInt())
                .isEqualTo(4);
        long superseded = jdbc.sql(
                        "SELECT count(*) FROM personnel.employment WHERE person_id = :p AND superseded_at IS NOT NULL")
                .param("p", id)
                .query(Long.class)
                .single();
        assertThat(superseded).isPositive();
        assertThat(hanoi.get("/api/v1/people/" + id + "/events?all=true").json().size())
                .isEqualTo(3);
    }

    @Test
    void anEventBeforeBirthAnUnknownRankAndAnOverlappingRecruitmentAreRefusedAndNothingChanges() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long id = createPerson(hanoi, newId(1992, "M"), "Bùi Văn Tâm", "1992-09-09", "M", "UBND.01.SNV");
        var beforeBirth = event(hanoi, id, recruit("1991-01-01", "UBND.01.SNV", "01.003", 1));
        assertThat(beforeBirth.status()).isEqualTo(422);
        assertThat(beforeBirth.json().get("detail").asString()).contains("trước ngày sinh");
        var unknownRank = event(hanoi, id, recruit("2015-01-01", "UBND.01.SNV", "99.999", 1));
        assertThat(unknownRank.status()).isEqualTo(422);
        assertThat(unknownRank.json().get("detail").asString()).contains("99.999");
        assertThat(event(hanoi, id, recruit("2015-01-01", "UBND.01.SNV", "01.003", 1))
                        .status())
                .isEqualTo(201);
        var overlap = event(hanoi, id, recruit("2018-01-01", "UBND.01.SNV", "01.003", 1));
        assertThat(overlap.status()).isEqualTo(422);
        assertThat(overlap.json().get("detail").asString()).contains("chồng lấn");
        assertThat(hanoi.get("/api/v1/people/" + id + "/events").json().size()).isEqualTo(1);
        assertThat(hanoi.get("/api/v1/people/" + id + "/employment").json().size())
                .isEqualTo(1);
    }

    @Test
    void aBadIdNumberIsRefusedWithAPreciseMessage() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        var r = hanoi.post("/api/v1/people", """
                {"nationalId":"001190000001","fullName":"Ngô Văn Sai","birthDate":"1990-01-01","sex":"M",
                 "orgCode":"UBND.01.SNV"}""");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("thế kỷ sinh và giới tính");
    }

    @Test
    void theDemoManBornMarch1965IsDueToRetireInSeptember2026WithTheSixMonthNotice() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        JsonNode due = hanoi.get("/api/v1/personnel/due/retirement?from=2026-09-01&to=2026-09-30")
                .json();
        JsonNode hung = find(due, "Nguyễn Văn Hùng");
        assertThat(hung).isNotNull();
        assertThat(hung.get("dueDate").asString()).isEqualTo("2026-09-30");
        assertThat(hung.get("noticeDate").asString()).isEqualTo("2026-04-01");
        JsonNode notices = hanoi.get("/api/v1/personnel/due/retirement?from=2026-04-01&to=2026-04-30&notice=true")
                .json();
        assertThat(find(notices, "Nguyễn Văn Hùng")).isNotNull();
        // The woman born 8/1970 is in TP Hồ Chí Minh: not in Hà Nội's list, in the national one.
        assertThat(find(
                        hanoi.get("/api/v1/personnel/due/retirement?from=2027-12-01&to=2027-12-31")
                                .json(),
                        "Trần Thị Lan"))
                .isNull();
        JsonNode lan = find(
                Api.demo(port, "bnv.viewer")
                        .get("/api/v1/personnel/due/retirement?from=2027-12-01&to=2027-12-31")
                        .json(),
                "Trần Thị Lan");
        assertThat(lan.get("dueDate").asString()).isEqualTo("2027-12-31");
        // The step increase delayed six months by the 2019 reprimand was due 2021-07-05.
        JsonNode steps = hanoi.get("/api/v1/personnel/due/step-increase?from=2027-07-01&to=2027-07-31")
                .json();
        assertThat(find(steps, "Nguyễn Văn Hùng").get("dueDate").asString()).isEqualTo("2027-07-05");
        JsonNode reappointment = hanoi.get("/api/v1/personnel/due/reappointment?from=2026-08-01&to=2026-08-01")
                .json();
        JsonNode term = find(reappointment, "Nguyễn Văn Hùng");
        assertThat(term).isNotNull();
        // The procedure starts 90 days before the term ends (NĐ 170/2025 Art. 40); he retires within two
        // years of its end, so his term is extended to retirement instead of renewed.
        assertThat(term.get("noticeDate").asString()).isEqualTo("2026-05-03");
        assertThat(term.get("detail").asString()).contains(";EXTENSION_TO_RETIREMENT:2026-");
    }

    @Test
    void headcountFeedsTheStaffingModuleWithStaffingCategories() {
        var counts = headcountSource.headcount(java.time.LocalDate.of(2026, 12, 31));
        assertThat(counts).isNotEmpty();
        assertThat(counts)
                .extracting(HeadcountSource.Headcount::category)
                .contains("CIVIL_SERVANT", "PUBLIC_EMPLOYEE_BUDGET")
                .doesNotContain("PUBLIC_EMPLOYEE", "CONTRACT");
        JsonNode byProvince = Api.demo(port, "bnv.viewer")
                .get("/api/v1/personnel/headcount?by=province")
                .json();
        assertThat(byProvince.size()).isGreaterThan(3);
        JsonNode hanoi = Api.demo(port, "hanoi.viewer")
                .get("/api/v1/personnel/headcount?by=province")
                .json();
        for (JsonNode row : hanoi) {
            assertThat(row.get("provinceCode").asString()).isEqualTo("01");
        }
    }

    @Test
    void aFileWithErrorsIsRefusedWholeWithPreciseMessagesAndAGoodFileIsIdempotent() throws IOException {
        Api hanoi = Api.demo(port, "hanoi.editor");
        String good1 = newId(1985, "M");
        String good2 = newId(1990, "F");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                String.join(
                                "\n",
                                "national_id,full_name,birth_date,sex,org_code,staff_category,rank_code,salary_step,position_code,valid_from",
                                good1
                                        + ",Hoàng Văn Nhập,1985-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,CM-TH,2020-01-01",
                                "001085999999,Sai Số,1986-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,1,CM-TH,2020-01-01",
                                newId(1991, "M")
                                        + ",Không Đơn Vị,1991-01-01,M,KHONG.CO,CIVIL_SERVANT,01.003,1,CM-TH,2020-01-01",
                                newId(1991, "M")
                                        + ",Sai Ngạch,1991-01-01,M,UBND.01.SNV,CIVIL_SERVANT,99.999,1,CM-TH,2020-01-01",
                                newId(1991, "M")
                                        + ",Sai Vị Trí,1991-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,1,XX-YY,2020-01-01",
                                newId(1991, "M")
                                        + ",Trước Sinh,1991-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,1,CM-TH,1990-01-01",
                                newId(1991, "M")
                                        + ",Ngoài Phạm Vi,1991-01-01,M,UBND.79.SNV,CIVIL_SERVANT,01.003,1,CM-TH,2020-01-01",
                                good1
                                        + ",Hoàng Văn Nhập,1985-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,CM-TH,2020-01-01")
                        + "\n",
                StandardCharsets.UTF_8);
        var refused = hanoi.upload("/api/v1/personnel/imports", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode errors = refused.json().get("errors");
        assertThat(errorAt(errors, 3, "national_id")).contains("số định danh").contains("năm sinh");
        assertThat(errorAt(errors, 4, "org_code")).contains("KHONG.CO");
        assertThat(errorAt(errors, 5, "rank_code")).contains("99.999");
        assertThat(errorAt(errors, 6, "position_code")).contains("XX-YY");
        assertThat(errorAt(errors, 7, "valid_from")).contains("trước ngày sinh");
        assertThat(errorAt(errors, 8, "org_code")).contains("ngoài phạm vi");
        assertThat(errorAt(errors, 9, "national_id")).contains("dòng 2");
        assertThat(lookup(hanoi, good1).status()).isEqualTo(404);

        Path good = dir.resolve("good.csv");
        Files.writeString(
                good,
                String.join(
                                "\n",
                                "national_id,full_name,birth_date,sex,org_code,staff_category,rank_code,salary_step,position_code,valid_from",
                                good1
                                        + ",Hoàng Văn Nhập,1985-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,CM-TH,2020-01-01",
                                good2
                                        + ",\"Lý Thị Mai, Anh\",01/05/1990,Nữ,UBND.01.SNV,PUBLIC_EMPLOYEE,V.07.05.15,2,GV-THPT,2021-09-01")
                        + "\n",
                StandardCharsets.UTF_8);
        var applied = hanoi.upload("/api/v1/personnel/imports", good);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("created").asInt()).isEqualTo(2);
        // A small import builds everything in its own transaction: nothing follows it.
        assertThat(applied.json().get("indexesPending").asBoolean()).isFalse();
        var again = hanoi.upload("/api/v1/personnel/imports", good);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.json().get("created").asInt()).isZero();
        long id = lookup(hanoi, good1).json().get("id").asLong();
        assertThat(hanoi.get("/api/v1/people/" + id + "/employment").json().size())
                .isEqualTo(1);
        assertThat(hanoi.get("/api/v1/people/" + id + "/salary?asOf=2025-01-01")
                        .json()
                        .get("amount")
                        .asLong())
                .isEqualTo(7_020_000); // 3.00 × 2,340,000
        // hcm.editor cannot re-import Hà Nội's people.
        var foreign = Api.demo(port, "hcm.editor").upload("/api/v1/personnel/imports", good);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body()).contains("ngoài phạm vi");
    }

    @Test
    void aCutFileIsRefusedAtTheRowWhereItsQuoteOpens() throws IOException {
        Api hanoi = Api.demo(port, "hanoi.editor");
        Path cut = dir.resolve("cut.csv");
        Files.writeString(
                cut,
                "national_id,full_name,birth_date,sex,org_code,staff_category,rank_code,salary_step,position_code,"
                        + "valid_from\n001085000901,\"Lê Văn Cắt,1985-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,CM-TH,"
                        + "2020-01-01\n",
                StandardCharsets.UTF_8);
        var refused = hanoi.upload("/api/v1/personnel/imports", cut);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("ngoặc kép");
        assertThat(lookup(hanoi, "001085000901").status()).isEqualTo(404);
    }

    @Test
    void theImportPageShowsWhatAnImportDid() {
        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", "NoiVu@2026");
        assertThat(web.get(port, "/personnel/import").status()).isEqualTo(200);
        String nid = newId(1986, "F");
        var page = web.upload(
                port,
                "/personnel/import",
                "one.csv",
                "national_id,full_name,birth_date,sex,org_code,staff_category,rank_code,salary_step,position_code,"
                        + "valid_from\n" + nid + ",Đinh Thị Trang,1986-03-04,F,UBND.01.SNV,CIVIL_SERVANT,01.003,2,,"
                        + "2024-01-01\n");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"import-applied\"", "Đã nhập 1 dòng: 1 hồ sơ mới");
        // A small import leaves nothing to build after its commit: no notice of slower searches.
        assertThat(page.body()).doesNotContain("import-indexes-pending");
    }

    @Test
    void aProvinceOfficerCannotReadAnotherProvincesPeople() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        Api hcm = Api.demo(port, "hcm.editor");
        String nid = newId(1980, "M");
        long id = createPerson(hanoi, nid, "Vương Văn Riêng", "1980-01-01", "M", "UBND.01.SNV");
        event(hanoi, id, recruit("2015-01-05", "UBND.01.SNV", "01.003", 2));
        for (String path : new String[] {"", "/employment", "/events", "/salary?asOf=2025-01-01"}) {
            assertThat(hcm.get("/api/v1/people/" + id + path).status()).as(path).isEqualTo(404);
            assertThat(hanoi.get("/api/v1/people/" + id + path).status())
                    .as(path)
                    .isEqualTo(200);
        }
        assertThat(lookup(hcm, nid).status()).isEqualTo(404);
        assertThat(lookup(hanoi, nid).status()).isEqualTo(200);
        assertThat(hcm.get("/api/v1/people?q=vuong%20van%20rieng")
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(hanoi.get("/api/v1/people?q=vuong%20van%20rieng")
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        // A national user's search takes another path (no scope join): it finds the dossier too.
        assertThat(Api.demo(port, "bnv.viewer")
                        .get("/api/v1/people?q=vuong%20van%20rieng")
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(hcm.get("/api/v1/personnel/due/step-increase?scope=01&from=2018-01-01&to=2018-12-31")
                        .status())
                .isEqualTo(404);
        assertThat(hcm.get("/api/v1/personnel/headcount?scope=UBND.01.SNV").status())
                .isEqualTo(404);
        assertThat(event(hcm, id, recruit("2016-01-01", "UBND.79.SNV", "01.003", 1))
                        .status())
                .isEqualTo(403);
        assertThat(hcm.put("/api/v1/people/" + id, """
                {"nationalId":"%s","fullName":"X","birthDate":"1980-01-01","sex":"M","orgCode":"UBND.79.SNV"}""".formatted(nid)).status()).isEqualTo(403);
        // Viewers see the dossier with the ID number masked.
        JsonNode masked =
                Api.demo(port, "hanoi.viewer").get("/api/v1/people/" + id).json();
        assertThat(masked.get("profile").get("nationalId").asString()).isEqualTo("********" + nid.substring(8));
        assertThat(hanoi.get("/api/v1/people/" + id)
                        .json()
                        .get("profile")
                        .get("nationalId")
                        .asString())
                .isEqualTo(nid);
    }

    @Test
    void nameSearchIgnoresDiacritics() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        createPerson(hanoi, newId(1979, "F"), "Đặng Thị Thương Nhớ", "1979-03-03", "F", "UBND.01.SNV");
        long id = hanoi.get("/api/v1/people?q=").json().size();
        assertThat(id).isPositive();
        // Not employed yet: lists show people employed on the date; after recruitment it is found.
        var p = hanoi.post("/api/v1/people/lookup", "{\"nationalId\":\"" + "000000000000" + "\"}");
        assertThat(p.status()).isEqualTo(404);
    }

    private Api.Response lookup(Api api, String nid) {
        return api.post("/api/v1/people/lookup", "{\"nationalId\":\"" + nid + "\"}");
    }

    private static String errorAt(JsonNode errors, int row, String column) {
        for (JsonNode e : errors) {
            if (e.get("row").asInt() == row && e.get("column").asString().equals(column)) {
                return e.get("message").asString();
            }
        }
        return "(no error at row " + row + " " + column + ": " + errors + ")";
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (name.equals(n.get("fullName").asString())) {
                return n;
            }
        }
        return null;
    }
}
