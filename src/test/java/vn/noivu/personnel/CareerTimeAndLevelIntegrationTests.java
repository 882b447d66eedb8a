package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;
import vn.noivu.personnel.internal.allowances.LeadershipAllowances;

/**
 * Time that does not count toward a step, the above-ceiling allowance with its start date, a change of
 * career level, and the provincial leadership allowance by class of city — through the events API,
 * the salary API, the dossier page, its XLSX sheet and the allowances page, on the real database
 * (docs/personnel-rules.md).
 */
@NoiVuIntegrationTest
class CareerTimeAndLevelIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(790_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeadershipAllowances allowances;

    Api hanoi() {
        return Api.demo(port, "hanoi.editor");
    }

    long person(Api api, String name, String org) {
        String id = String.format("0010%02d%06d", 88, SERIAL.incrementAndGet());
        var p = api.post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"1988-04-05","sex":"M","orgCode":"%s"}""".formatted(id, name, org));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        return p.json().get("id").asLong();
    }

    static String recruitment(String date, String org, String category, String rank, int step, String extra) {
        return """
                {"kind":"RECRUITMENT","effectiveDate":"%s","orgCode":"%s","staffCategory":"%s","rankCode":"%s",
                 "salaryStep":%d,%s"decisionNo":"1/QĐ","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(date, org, category, rank, step, extra, date);
    }

    static String decided(String kind, String date, String extra) {
        return """
                {"kind":"%s","effectiveDate":"%s",%s"decisionNo":"7/QĐ","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(kind, date, extra, date);
    }

    Api.Response event(Api api, long id, String json) {
        return api.post("/api/v1/people/" + id + "/events", json);
    }

    JsonNode last(Api api, long id) {
        JsonNode versions = api.get("/api/v1/people/" + id + "/employment").json();
        return versions.get(versions.size() - 1);
    }

    /**
     * Worked case (TT 08/2013/TT-BNV Art. 2(1)(c) as amended by TT 03/2021/TT-BNV): a civil servant on
     * step 1 of A1 from 05/01/2023 is due 05/01/2026. Unpaid leave 03/06/2024 – 16/08/2024 is 2 months and
     * 10 working days (under 11: not counted) → due 05/03/2026; a suspension 01/10/2024 – 02/10/2024 adds
     * 2 working days, 12 in the step → one month more → due 05/04/2026. The second period is recorded
     * through the dossier's form.
     */
    @Test
    void timeNotCountedMovesTheNextStepLaterByItsMonthsOnTheApiAndTheDossier() throws Exception {
        long id = person(hanoi(), "Đỗ Văn Nghỉ Không Lương", "UBND.01.SNV");
        assertThat(event(hanoi(), id, recruitment("2023-01-05", "UBND.01.SNV", "CIVIL_SERVANT", "01.003", 1, ""))
                        .status())
                .isEqualTo(201);
        assertThat(last(hanoi(), id).get("nextStepDue").asString()).isEqualTo("2026-01-05");

        var leave = event(
                hanoi(),
                id,
                decided(
                        "NON_COUNTING_PERIOD",
                        "2024-06-03",
                        "\"periodTo\":\"2024-08-16\",\"reason\":\"UNPAID_LEAVE\","));
        assertThat(leave.status()).as(leave.body()).isEqualTo(201);
        assertThat(leave.json().get("periodTo").asString()).isEqualTo("2024-08-16");
        assertThat(leave.json().get("reason").asString()).isEqualTo("UNPAID_LEAVE");
        assertThat(last(hanoi(), id).get("nextStepDue").asString()).isEqualTo("2026-03-05");

        // Refused, on the field, in Vietnamese: a last day before the first, a reason the law does not give,
        // a period on another kind of event.
        var backwards = event(
                hanoi(),
                id,
                decided("NON_COUNTING_PERIOD", "2024-09-10", "\"periodTo\":\"2024-09-01\",\"reason\":\"SUSPENSION\","));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().get("errors").get(0).get("field").asString())
                .isEqualTo("periodTo");
        assertThat(backwards.json().get("detail").asString()).contains("không trước ngày bắt đầu");
        var noReason = event(
                hanoi(),
                id,
                decided("NON_COUNTING_PERIOD", "2024-09-10", "\"periodTo\":\"2024-09-11\",\"reason\":\"HOLIDAY\","));
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        var stray = event(hanoi(), id, decided("STEP_INCREASE", "2024-09-10", "\"reason\":\"SUSPENSION\","));
        assertThat(stray.status()).isEqualTo(422);

        WebSession editor = new WebSession();
        editor.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        editor.get(port, "/personnel/people/" + id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "NON_COUNTING_PERIOD");
        form.put("effectiveDate", "2024-10-01");
        form.put("periodTo", "2024-10-02");
        form.put("reason", "SUSPENSION");
        form.put("decisionNo", "12/QĐ-ĐC");
        form.put("decisionDate", "2024-09-30");
        form.put("issuer", "Sở Nội vụ");
        editor.postForm(port, "/personnel/people/" + id + "/events", form);
        JsonNode now = last(hanoi(), id);
        assertThat(now.get("nextStepDue").asString()).isEqualTo("2026-04-05");
        assertThat(now.get("stepDelayMonths").asInt()).isEqualTo(3);
        assertThat(now.get("nonCountingOddDays").asInt()).isEqualTo(12);

        String page = editor.get(port, "/personnel/people/" + id).body();
        assertThat(page)
                .contains("Thời gian không tính nâng bậc lương")
                .contains("03/06/2024 → 16/08/2024: Nghỉ việc riêng không hưởng lương")
                .contains("01/10/2024 → 02/10/2024: Bị đình chỉ công tác")
                .contains("Kỳ nâng bậc (hoặc vượt khung) tiếp theo: 05/04/2026")
                .doesNotContain(">UNPAID_LEAVE<"); // the code is only an option's value
        // Another province neither sees nor changes the person.
        Api hcm = Api.demo(port, "hcm.editor");
        assertThat(hcm.get("/api/v1/people/" + id + "/employment").status()).isEqualTo(404);
        assertThat(event(
                                hcm,
                                id,
                                decided(
                                        "NON_COUNTING_PERIOD",
                                        "2025-01-06",
                                        "\"periodTo\":\"2025-01-07\",\"reason\":\"DETENTION\","))
                        .status())
                .isEqualTo(403);
    }

    /**
     * Worked case (TT 04/2005/TT-BNV; delays TT 03/2021/TT-BNV): a civil servant at the last step of A1
     * (9, 4.98) from 02/01/2020 gets 5 % on 02/01/2023, 36 months later; on 01/06/2023 the salary is
     * 4.98 × 1,490,000 = 7,420,200 + 5 % = 371,010 → 7,791,210 đ (base salary of 2019). 2023 rated
     * NOT_COMPLETED: the next 1 % is due 02/07/2024 instead of 02/01/2024.
     */
    @Test
    void theAboveCeilingAllowanceHasItsStartDateOnTheSalaryTheDossierItsSheetAndForm2C() throws Exception {
        long id = person(hanoi(), "Lý Văn Vượt Khung", "UBND.01.SNV");
        assertThat(event(hanoi(), id, recruitment("2020-01-02", "UBND.01.SNV", "CIVIL_SERVANT", "01.003", 9, ""))
                        .status())
                .isEqualTo(201);
        assertThat(last(hanoi(), id).get("nextStepDue").asString()).isEqualTo("2023-01-02");
        assertThat(event(hanoi(), id, decided("STEP_INCREASE", "2023-01-02", ""))
                        .status())
                .isEqualTo(201);
        JsonNode salary =
                hanoi().get("/api/v1/people/" + id + "/salary?asOf=2023-06-01").json();
        assertThat(salary.get("aboveCeilingPct").asInt()).isEqualTo(5);
        assertThat(salary.get("aboveCeilingSince").asString()).isEqualTo("2023-01-02");
        assertThat(salary.get("baseSalary").asLong()).isEqualTo(1_490_000);
        assertThat(salary.get("aboveCeilingAmount").asLong()).isEqualTo(371_010);
        assertThat(salary.get("amount").asLong()).isEqualTo(7_791_210);
        assertThat(last(hanoi(), id).get("nextStepDue").asString()).isEqualTo("2024-01-02");
        assertThat(event(hanoi(), id, """
                        {"kind":"EVALUATION","effectiveDate":"2023-12-20","year":2023,"rating":"NOT_COMPLETED",
                         "decisionNo":"9/QĐ-XL","decisionDate":"2023-12-20","issuer":"Sở Nội vụ"}""").status()).isEqualTo(201);
        assertThat(last(hanoi(), id).get("nextStepDue").asString()).isEqualTo("2024-07-02");
        assertThat(event(hanoi(), id, decided("STEP_INCREASE", "2024-07-02", ""))
                        .status())
                .isEqualTo(201);
        JsonNode six = last(hanoi(), id);
        assertThat(six.get("aboveCeilingPct").asInt()).isEqualTo(6);
        assertThat(six.get("aboveCeilingSince").asString()).isEqualTo("2024-07-02");
        assertThat(six.get("nextStepDue").asString()).isEqualTo("2025-07-02");

        // Today's salary on the dossier: 6 % from 02/07/2024, of 4.98 × the base salary of today.
        long base = hanoi().get("/api/v1/personnel/base-salaries").json().findValues("amount").stream()
                .reduce((a, b) -> b)
                .orElseThrow()
                .asLong();
        long amount = Math.round(4.98 * base * 0.06);
        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        String page = viewer.get(port, "/personnel/people/" + id).body();
        assertThat(page)
                .contains("Phụ cấp thâm niên vượt khung 6 % từ ngày 02/07/2024: "
                        + String.format(java.util.Locale.GERMANY, "%,d", amount) + " đ");
        assertThat(page).contains("6 % (02/07/2024)");

        // The employment sheet carries the percentage and its start date as real cells.
        byte[] xlsx = viewer.download(port, "/personnel/people/" + id + "/employment.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            int pct = -1;
            int since = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String h = header.getCell(c).getStringCellValue();
                if (h.equals("Vượt khung (%)")) {
                    pct = c;
                } else if (h.equals("Vượt khung từ ngày")) {
                    since = c;
                }
            }
            assertThat(pct).isNotNegative();
            Row lastRow = sheet.getRow(sheet.getLastRowNum());
            assertThat(lastRow.getCell(pct).getNumericCellValue()).isEqualTo(6.0);
            assertThat(lastRow.getCell(since).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 7, 2));
        }

        // Form 2C, item 14 and the salary history of item 31.
        byte[] pdf = viewer.download(port, "/personnel/people/" + id + "/cv.pdf");
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p));
        }
        assertThat(text.toString())
                .contains("Phụ cấp thâm niên vượt khung: 6 %, từ ngày 02/07/2024")
                .contains("4,98 + VK 5 %")
                .contains("4,98 + VK 6 %");
    }

    /**
     * A doctor (V.08.01.03, A1) at Bệnh viện Xanh Pôn in position Bác sĩ (levels 3–5, NĐ 232/2026 Phụ lục
     * II): level 4 before 01/07/2026 is refused; level 2 is outside the position; level 4 on 01/07/2026
     * pays on A2.1 from its step 1: 4.40 × 2,530,000 = 11,132,000 đ.
     */
    @Test
    void aChangeOfCareerLevelIsRefusedWhereTheDecreeDoesNotAllowItAndPaysOnTheLevelsCategory() {
        String org = "UBND.01.SYT.BVXP";
        long id = person(hanoi(), "Hà Thị Bậc Nghề", org);
        var r = event(
                hanoi(),
                id,
                recruitment("2023-01-05", org, "PUBLIC_EMPLOYEE", "V.08.01.03", 1, "\"positionCode\":\"YT-BS\","));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        var early = event(hanoi(), id, decided("CAREER_LEVEL_CHANGE", "2026-06-30", "\"careerLevel\":4,"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("careerLevel");
        assertThat(early.json().get("detail").asString()).contains("chưa có hiệu lực");
        var outside = event(hanoi(), id, decided("CAREER_LEVEL_CHANGE", "2026-07-01", "\"careerLevel\":2,"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("detail").asString()).contains("nằm ngoài các bậc 3–5");
        var missing = event(hanoi(), id, decided("CAREER_LEVEL_CHANGE", "2026-07-01", ""));
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("careerLevel");

        var ok = event(hanoi(), id, decided("CAREER_LEVEL_CHANGE", "2026-07-01", "\"careerLevel\":4,"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("careerLevel").asInt()).isEqualTo(4);
        JsonNode v = last(hanoi(), id);
        assertThat(v.get("careerLevel").asInt()).isEqualTo(4);
        assertThat(v.get("coefficient").decimalValue()).isEqualByComparingTo("4.40");
        assertThat(v.get("stepSince").asString()).isEqualTo("2026-07-01");
        JsonNode salary =
                hanoi().get("/api/v1/people/" + id + "/salary?asOf=2026-07-02").json();
        assertThat(salary.get("careerLevel").asInt()).isEqualTo(4);
        assertThat(salary.get("amount").asLong()).isEqualTo(11_132_000);

        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(viewer.get(port, "/personnel/people/" + id).body())
                .contains("Thay đổi bậc nghề nghiệp")
                .contains("Bậc nghề nghiệp 4");
    }

    /**
     * The provincial posts are paid by class of city (NĐ 204/2004's tables, unverified): a division
     * head of Hà Nội's Sở Nội vụ (đô thị loại đặc biệt) 0.60, of Bình Dương's 0.50. Class I cities read
     * their own column (0.50), shown with the catalogue of classes on the API and the page as unverified.
     */
    @Test
    void aProvincialDivisionHeadIsPaidByTheClassOfCityOfTheProvince() {
        long hn = person(hanoi(), "Vũ Văn Trưởng Phòng", "UBND.01.SNV.TCBC");
        var r = event(hanoi(), hn, recruitment("2024-01-02", "UBND.01.SNV.TCBC", "CIVIL_SERVANT", "01.003", 1, """
                        "leadershipTitle":"Trưởng phòng","leadershipPost":"DIVISION_HEAD",\s"""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode hnSalary =
                hanoi().get("/api/v1/people/" + hn + "/salary?asOf=2024-08-01").json();
        assertThat(hnSalary.get("positionAllowance").decimalValue()).isEqualByComparingTo("0.60");
        assertThat(hnSalary.get("allowanceVerified").asBoolean()).isFalse();
        assertThat(hnSalary.get("amount").asLong()).isEqualTo(Math.round((2.34 + 0.60) * 2_340_000));

        Api admin = Api.demo(port, "bnv.editor");
        // Bình Dương's units ended when it merged on 01/07/2025: the dossier is opened in a unit of today.
        long bd = person(admin, "Vũ Văn Trưởng Phòng Bình Dương", "UBND.79.SNV");
        r = event(admin, bd, recruitment("2024-01-02", "UBND.74.SNV.TCBC", "CIVIL_SERVANT", "01.003", 1, """
                        "leadershipTitle":"Trưởng phòng","leadershipPost":"DIVISION_HEAD",\s"""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(admin.get("/api/v1/people/" + bd + "/salary?asOf=2024-08-01")
                        .json()
                        .get("positionAllowance")
                        .decimalValue())
                .isEqualByComparingTo("0.50");

        // The localities of a unit, most specific first; a province of class I (here Bình Dương for one
        // day of 2015, a row added and removed by the test) reads its class's column.
        assertThat(allowances.localities("UBND.01.SNV.TCBC", LocalDate.of(2024, 8, 1)))
                .containsExactly("HN_HCM", "SPECIAL_URBAN", "OTHER");
        assertThat(allowances.localities("UBND.74.SNV.TCBC", LocalDate.of(2024, 8, 1)))
                .containsExactly("OTHER");
        jdbc.sql("""
                        INSERT INTO personnel.province_urban_class
                            (province_code, province_name, urban_class, valid_from, valid_to, verified, source)
                        VALUES ('74', 'Bình Dương (test)', 'CLASS_I', '2015-06-01', '2015-06-02', false, 'test')""").update();
        try {
            LocalDate day = LocalDate.of(2015, 6, 1);
            assertThat(allowances.localities("UBND.74.SNV.TCBC", day)).containsExactly("CLASS_I_URBAN", "OTHER");
            assertThat(allowances
                            .rate("DIVISION_HEAD", "UBND.74.SNV.TCBC", day)
                            .orElseThrow()
                            .locality())
                    .isEqualTo("CLASS_I_URBAN");
        } finally {
            jdbc.sql("DELETE FROM personnel.province_urban_class WHERE province_code = '74'")
                    .update();
        }

        JsonNode classes =
                hanoi().get("/api/v1/personnel/allowances/urban-classes").json();
        assertThat(classes.findValues("provinceCode").stream().map(JsonNode::asString))
                .contains("01", "79", "31", "48", "92", "46");
        assertThat(classes.findValues("verified").stream().allMatch(n -> !n.asBoolean()))
                .isTrue();
        JsonNode rates = hanoi().get("/api/v1/personnel/allowances/leadership").json();
        assertThat(rates.findValues("locality").stream().map(JsonNode::asString))
                .contains("SPECIAL_URBAN", "CLASS_I_URBAN", "HN_HCM", "OTHER");

        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        String page = viewer.get(port, "/personnel/allowances").body();
        assertThat(page)
                .contains("Loại đô thị của tỉnh, thành phố")
                .contains("Thành phố Hải Phòng")
                .contains("Đô thị loại I trực thuộc Trung ương")
                .contains("Đô thị loại đặc biệt (Hà Nội, TP Hồ Chí Minh)")
                .contains("chưa xác minh")
                .doesNotContain("CLASS_I_URBAN");
    }
}
