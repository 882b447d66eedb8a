package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * The rules of the law of 2026 through the events API on the real database (docs/personnel-rules.md):
 * the base salary of 01/07/2026, annual ratings, discipline by staff category and date, probation,
 * and the end of the commune-official category.
 */
@NoiVuIntegrationTest
class CareerLawIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(730_000);

    @LocalServerPort
    int port;

    final Api hanoi() {
        return Api.demo(port, "hanoi.editor");
    }

    static String newId(int year, String sex) {
        int digit = 2 * (year / 100 - 19) + ("F".equals(sex) ? 1 : 0);
        return String.format("001%d%02d%06d", digit, year % 100, SERIAL.incrementAndGet());
    }

    long person(String name, String birth, String sex, String org) {
        var r = hanoi().post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"%s","sex":"%s","orgCode":"%s"}""".formatted(
                        newId(Integer.parseInt(birth.substring(0, 4)), sex), name, birth, sex, org));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    Api.Response event(long id, String json) {
        return hanoi().post("/api/v1/people/" + id + "/events", json);
    }

    long recruited(String name, String date, String org, String category, String rank) {
        long id = person(name, "1995-02-03", "M", org);
        var r = event(id, """
                {"kind":"RECRUITMENT","effectiveDate":"%s","orgCode":"%s","staffCategory":"%s","rankCode":"%s",
                 "salaryStep":1,"decisionNo":"1/QĐ","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(date, org, category, rank, date));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    static String rating(int year, String date, String rating) {
        return """
                {"kind":"EVALUATION","effectiveDate":"%s","year":%d,"rating":"%s",
                 "decisionNo":"9/QĐ-XL","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(date, year, rating, date);
    }

    static String discipline(String date, String code) {
        return """
                {"kind":"DISCIPLINE","effectiveDate":"%s","disciplineCode":"%s",
                 "decisionNo":"5/QĐ-KL","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(date, code, date);
    }

    String nextStepDue(long id) {
        JsonNode versions = hanoi().get("/api/v1/people/" + id + "/employment").json();
        return versions.get(versions.size() - 1).get("nextStepDue").asString();
    }

    static JsonNode find(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (name.equals(n.get("fullName").asString())) {
                return n;
            }
        }
        return null;
    }

    @Test
    void salaryAtCoefficient2_34Is5_475_600On30June2026And5_920_200On1July2026() {
        long id = recruited("Phan Văn Cơ Sở", "2023-01-02", "UBND.01.SNV", "CIVIL_SERVANT", "01.003");
        JsonNode june =
                hanoi().get("/api/v1/people/" + id + "/salary?asOf=2026-06-30").json();
        assertThat(june.get("baseSalary").asLong()).isEqualTo(2_340_000);
        assertThat(june.get("amount").asLong()).isEqualTo(5_475_600);
        JsonNode july =
                hanoi().get("/api/v1/people/" + id + "/salary?asOf=2026-07-01").json();
        assertThat(july.get("baseSalary").asLong()).isEqualTo(2_530_000);
        assertThat(july.get("amount").asLong()).isEqualTo(5_920_200); // 2.34 × 2,530,000
        // the earlier amounts, back to 2012, each with its decree
        JsonNode amounts = hanoi().get("/api/v1/personnel/base-salaries").json();
        assertThat(amounts.get(0).get("validFrom").asString()).isEqualTo("2012-05-01");
        assertThat(amounts.get(0).get("amount").asLong()).isEqualTo(1_050_000);
        assertThat(amounts.get(amounts.size() - 1).get("legalBasis").asString()).contains("NĐ 161/2026/NĐ-CP");
    }

    @Test
    void aNotCompletedRatingFor2025MovesTheNextStepSixMonthsLaterAndTwoFailedYearsPutThePersonOnTheDueList() {
        long id = recruited("Võ Văn Xếp Loại", "2023-01-05", "UBND.01.SNV", "CIVIL_SERVANT", "01.003");
        assertThat(nextStepDue(id)).isEqualTo("2026-01-05");
        assertThat(event(id, rating(2024, "2024-12-20", "NOT_COMPLETED")).status())
                .isEqualTo(201);
        assertThat(nextStepDue(id)).isEqualTo("2026-07-05");
        var second = event(id, rating(2025, "2025-12-22", "NOT_COMPLETED"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("rating").asString()).isEqualTo("NOT_COMPLETED");
        assertThat(second.json().get("evaluationYear").asInt()).isEqualTo(2025);
        assertThat(nextStepDue(id)).isEqualTo("2027-01-05"); // 36 + 6 + 6 months

        // One rating per year: a second is refused on the year, in Vietnamese.
        var again = event(id, rating(2025, "2025-12-30", "GOOD"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(again.json().get("detail").asString()).contains("đã có kết quả xếp loại");

        JsonNode due = hanoi().get("/api/v1/personnel/due/failed-two-years?from=2025-12-01&to=2025-12-31")
                .json();
        JsonNode item = find(due, "Võ Văn Xếp Loại");
        assertThat(item).isNotNull();
        assertThat(item.get("dueDate").asString()).isEqualTo("2025-12-22");
        assertThat(item.get("detail").asString()).isEqualTo("NOT_COMPLETED:2024,2025");
        // not yet after the first failed year
        assertThat(find(
                        hanoi().get("/api/v1/personnel/due/failed-two-years?from=2024-12-01&to=2024-12-31")
                                .json(),
                        "Võ Văn Xếp Loại"))
                .isNull();
        // The due-list page and the dossier's timeline show it in words.
        WebSession web = new WebSession();
        web.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/personnel/due?kind=failed-two-years&from=2025-12-01&to=2025-12-31")
                        .body())
                .contains("Hai năm liên tiếp không hoàn thành nhiệm vụ")
                .contains("Võ Văn Xếp Loại");
        assertThat(web.get(port, "/personnel/people/" + id).body())
                .contains("Đánh giá, xếp loại chất lượng")
                .contains("2025: Không hoàn thành nhiệm vụ");
    }

    @Test
    void theShareOfExcellentRatingsPerUnitIsReportedAgainstTwentyPercentOfGood() {
        // A year of its own so that the counts are exact: five rated good, two excellent → cap 1, over.
        // (The demo's careers are rated every year up to 2025.)
        String org = "UBND.01.SNV";
        for (int i = 0; i < 7; i++) {
            long id = recruited("Đặng Văn Tỷ Lệ " + i, "2026-03-02", org, "CIVIL_SERVANT", "01.003");
            assertThat(event(id, rating(2026, "2026-12-15", i < 2 ? "EXCELLENT" : "GOOD"))
                            .status())
                    .isEqualTo(201);
        }
        JsonNode rows =
                hanoi().get("/api/v1/personnel/ratings?year=2026&scope=" + org).json();
        JsonNode unit = null;
        for (JsonNode r : rows) {
            if (org.equals(r.get("orgCode").asString())) {
                unit = r;
            }
        }
        assertThat(unit).isNotNull();
        assertThat(unit.get("excellent").asLong()).isEqualTo(2);
        assertThat(unit.get("good").asLong()).isEqualTo(5);
        assertThat(unit.get("excellentCap").asLong()).isEqualTo(1); // 20 % × 5
        assertThat(unit.get("overCap").asBoolean()).isTrue();

        WebSession web = new WebSession();
        web.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        var page = web.get(port, "/personnel/ratings?year=2026&scope=" + org);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Tỷ lệ hoàn thành xuất sắc nhiệm vụ theo đơn vị")
                .contains("NĐ 233/2026/NĐ-CP");
    }

    @Test
    void aReprimandMovesAPublicEmployeesNextStepByThreeMonthsAndACivilServantsBySix() {
        long servant = recruited("Lý Văn Công Chức", "2022-01-03", "UBND.01.SNV", "CIVIL_SERVANT", "01.003");
        long employee =
                recruited("Lý Thị Viên Chức", "2022-01-03", "UBND.01.SYT.BVXP", "PUBLIC_EMPLOYEE", "V.08.05.12");
        assertThat(nextStepDue(servant)).isEqualTo("2025-01-03");
        assertThat(nextStepDue(employee)).isEqualTo("2026-01-03"); // 12 months' probation not counted
        assertThat(event(servant, discipline("2024-05-10", "REPRIMAND")).status())
                .isEqualTo(201);
        assertThat(event(employee, discipline("2024-05-10", "REPRIMAND")).status())
                .isEqualTo(201);
        assertThat(nextStepDue(servant)).isEqualTo("2025-07-03");
        assertThat(nextStepDue(employee)).isEqualTo("2026-04-03");
    }

    @Test
    void aSalaryReductionForACivilServantDatedAfter1July2025IsRefusedWithItsReason() {
        long id = recruited("Mai Văn Hạ Bậc", "2018-03-01", "UBND.01.SNV", "CIVIL_SERVANT", "01.003");
        var refused = event(id, discipline("2025-08-01", "SALARY_REDUCTION"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("disciplineCode");
        assertThat(refused.json().get("detail").asString())
                .contains("không áp dụng cho CIVIL_SERVANT")
                .contains("30/06/2025")
                .contains("NĐ 172/2025");
        assertThat(event(id, discipline("2025-06-01", "SALARY_REDUCTION")).status())
                .isEqualTo(201);
    }

    @Test
    void aCommuneOfficialIsRefusedOnOrAfter1July2025AndTheDemoDoctorsProbationLastsNineMonths() {
        long id = person("Hà Văn Cấp Xã", "1990-05-05", "M", "UBND.01.SNV");
        var refused = event(id, """
                {"kind":"RECRUITMENT","effectiveDate":"2025-09-01","orgCode":"UBND.01.SNV",
                 "staffCategory":"COMMUNE_OFFICIAL","decisionNo":"1/QĐ","decisionDate":"2025-09-01",
                 "issuer":"UBND"}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("staffCategory");
        assertThat(refused.json().get("detail").asString()).contains("không còn từ ngày 01/07/2025");

        JsonNode probation = hanoi().get("/api/v1/personnel/due/probation?from=2027-03-01&to=2027-03-01")
                .json();
        assertThat(find(probation, "Lê Minh Tuấn")).isNotNull();
        // 85 % of 2.34 × 2,530,000 on 01/11/2026 (NĐ 115/2020 Art. 23(1)): 5,032,170.
        long tuan = hanoi().post("/api/v1/people/lookup", "{\"nationalId\":\"001098067890\"}")
                .json()
                .get("id")
                .asLong();
        JsonNode salary = hanoi().get("/api/v1/people/" + tuan + "/salary?asOf=2026-11-01")
                .json();
        assertThat(salary.get("onProbation").asBoolean()).isTrue();
        assertThat(salary.get("amount").asLong()).isEqualTo(5_032_170);
    }
}
