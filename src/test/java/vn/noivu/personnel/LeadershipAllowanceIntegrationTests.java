package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The leadership allowance read from its catalogue on the date of the salary (docs/personnel-rules.md,
 * "Leadership allowance"): salary = (coefficient + allowance) × base salary in force that day, the
 * commune rates of NĐ 07/2026/NĐ-CP, a post refused in a unit of another type, and the former
 * allowance kept for 6 months after a restructuring.
 */
@NoiVuIntegrationTest
class LeadershipAllowanceIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(770_000);

    @LocalServerPort
    int port;

    long person(Api api, String name, String org) {
        String id = String.format("0010%02d%06d", 90, SERIAL.incrementAndGet());
        var p = api.post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"1990-04-05","sex":"M","orgCode":"%s"}""".formatted(id, name, org));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        return p.json().get("id").asLong();
    }

    static String recruitment(String date, String org, String post) {
        return """
                {"kind":"RECRUITMENT","effectiveDate":"%s","orgCode":"%s","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"01.003","salaryStep":1,"leadershipTitle":"Lãnh đạo","leadershipPost":%s,
                 "decisionNo":"3/QĐ","decisionDate":"%s","issuer":"UBND"}""".formatted(date, org, post == null ? "null" : "\"" + post + "\"", date);
    }

    JsonNode salary(Api api, long id, String date) {
        var r = api.get("/api/v1/people/" + id + "/salary?asOf=" + date);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /**
     * Worked case: a civil servant at coefficient 2.34 who chairs a commune of Hà Nội from 01/02/2026
     * (NĐ 07/2026: 0.70). On 30/06/2026 (2.34 + 0.70) × 2,340,000 = 7,113,600 đ; on 01/07/2026
     * 3.04 × 2,530,000 = 7,691,200 đ.
     */
    @Test
    void aCommuneChairInHanoiIsPaidCoefficientPlusSeventyHundredthsTimesTheBaseSalaryOfTheDay() {
        Api hanoi = Api.demo(port, "hanoi.editor");
        String commune = "UBND.01.X00004";
        long id = person(hanoi, "Kiều Văn Chủ Tịch", commune);
        var r = hanoi.post("/api/v1/people/" + id + "/events", recruitment("2026-02-01", commune, "COMMUNE_CHAIR"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode june = salary(hanoi, id, "2026-06-30");
        assertThat(june.get("positionAllowance").decimalValue()).isEqualByComparingTo("0.70");
        assertThat(june.get("leadershipPost").asString()).isEqualTo("COMMUNE_CHAIR");
        assertThat(june.get("allowanceVerified").asBoolean()).isTrue();
        assertThat(june.get("amount").asLong()).isEqualTo(7_113_600);
        assertThat(salary(hanoi, id, "2026-07-01").get("amount").asLong()).isEqualTo(7_691_200);

        // A commune post in a provincial department is refused on the post, in Vietnamese.
        long other = person(hanoi, "Kiều Văn Sai Chức", "UBND.01.SNV");
        var refused = hanoi.post(
                "/api/v1/people/" + other + "/events", recruitment("2026-02-01", "UBND.01.SNV", "COMMUNE_CHAIR"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("leadershipPost");
        assertThat(refused.json().get("detail").asString()).contains("không thuộc loại cơ quan");

        // The catalogue, with its unverified rates marked.
        JsonNode rates = hanoi.get("/api/v1/personnel/allowances/leadership").json();
        boolean unverifiedDivisionHead = false;
        for (JsonNode rate : rates) {
            if (rate.get("postCode").asString().equals("DIVISION_HEAD")) {
                unverifiedDivisionHead |= !rate.get("verified").asBoolean();
            }
        }
        assertThat(unverifiedDivisionHead).isTrue();
    }

    /**
     * Worked case: a division head of Bình Dương's Sở Nội vụ (another province: 0.50, unverified) whose
     * department merged into Thành phố Hồ Chí Minh's on 01/07/2025 and who holds no post there. On
     * 01/12/2025 the former allowance is kept: (2.34 + 0.50) × 2,340,000 = 6,645,600 đ, until
     * 01/01/2026; the person leaves on 15/12/2025 (so no year-end count changes).
     */
    @Test
    void theFormerAllowanceIsKeptForSixMonthsAfterTheUnitsRestructuring() {
        Api hcm = Api.demo(port, "hcm.editor");
        long id = person(hcm, "Lâm Văn Giữ Phụ Cấp", "UBND.79.SNV");
        var r = hcm.post("/api/v1/people/" + id + "/events", recruitment("2025-06-02", "UBND.74.SNV", "DIVISION_HEAD"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(salary(hcm, id, "2025-06-30").get("positionAllowance").decimalValue())
                .isEqualByComparingTo("0.50");
        var moved = hcm.post("/api/v1/people/" + id + "/events", """
                {"kind":"TRANSFER","effectiveDate":"2025-07-01","orgCode":"UBND.79.SNV",
                 "decisionNo":"4/QĐ","decisionDate":"2025-06-30","issuer":"UBND"}""");
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        var left = hcm.post("/api/v1/people/" + id + "/events", """
                {"kind":"RESIGNATION","effectiveDate":"2025-12-15",
                 "decisionNo":"5/QĐ","decisionDate":"2025-12-10","issuer":"UBND"}""");
        assertThat(left.status()).as(left.body()).isEqualTo(201);

        JsonNode kept = salary(hcm, id, "2025-12-01");
        assertThat(kept.get("positionAllowance").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(kept.get("allowanceKeptUntil").asString()).isEqualTo("2026-01-01");
        assertThat(kept.get("allowanceVerified").asBoolean()).isFalse();
        assertThat(kept.get("amount").asLong()).isEqualTo(6_645_600);
    }
}
