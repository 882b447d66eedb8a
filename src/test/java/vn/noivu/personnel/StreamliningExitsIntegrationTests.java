package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * Exits under the restructuring's regimes (docs/personnel-rules.md, "Streamlining exits"): the law's
 * exclusions refused with their reason, re-employment within 60 months flagged, and the report equal
 * to a hand count. People are recruited in 2026, after the years other tests count.
 */
@NoiVuIntegrationTest
class StreamliningExitsIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(760_000);

    @LocalServerPort
    int port;

    Api hanoi() {
        return Api.demo(port, "hanoi.editor");
    }

    long recruited(String name, String sex, String org, String category, String rank) {
        int year = 1980;
        int digit = 2 * (year / 100 - 19) + ("F".equals(sex) ? 1 : 0);
        String nationalId = String.format("001%d%02d%06d", digit, year % 100, SERIAL.incrementAndGet());
        var p = hanoi().post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"1980-04-10","sex":"%s","orgCode":"%s"}""".formatted(nationalId, name, sex, org));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        long id = p.json().get("id").asLong();
        var r = hanoi().post("/api/v1/people/" + id + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"2026-01-05","orgCode":"%s","staffCategory":"%s",
                 "rankCode":"%s","salaryStep":3,"decisionNo":"1/QĐ","decisionDate":"2026-01-05","issuer":"Sở Nội vụ"}""".formatted(org, category, rank));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    Api.Response exit(long id, String regime, String date, String circumstances) {
        return hanoi().post("/api/v1/people/" + id + "/streamlining-exits", """
                {"regime":"%s","exitDate":"%s","decisionNo":"77/QĐ-TGBC","decisionDate":"%s","issuer":"UBND thành phố Hà Nội",
                 "allowanceAmount":250000000,"otherAmount":15000000%s}""".formatted(
                        regime, date, date, circumstances));
    }

    @Test
    void theLawsExclusionsAreRefusedWithTheirReasonAndTheReportEqualsAHandCount() throws Exception {
        // A pregnant civil servant is not streamlined under NĐ 154/2025 (Art. 4(1)) unless she volunteers.
        long pregnant = recruited("Đỗ Thị Mang Thai", "F", "UBND.01.SNV", "CIVIL_SERVANT", "01.003");
        var refused = exit(pregnant, "ND154_RESIGNATION", "2026-04-01", ",\"pregnantOrMaternityLeave\":true");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("pregnantOrMaternityLeave");
        assertThat(refused.json().get("detail").asString())
                .contains("mang thai")
                .contains("154/2025");
        // Nothing was recorded: she is still employed.
        assertThat(hanoi().get("/api/v1/people/" + pregnant + "/events").json().size())
                .isEqualTo(1);

        // A parent of a child under 36 months likewise, with the day the child reaches 36 months.
        long parent = recruited("Phan Văn Con Nhỏ", "M", "UBND.01.SNV", "CIVIL_SERVANT", "01.003");
        var young = exit(parent, "ND154_EARLY_RETIREMENT", "2026-04-01", ",\"youngestChildBirthDate\":\"2024-01-10\"");
        assertThat(young.status()).as(young.body()).isEqualTo(422);
        assertThat(young.json().get("errors").get(0).get("field").asString()).isEqualTo("youngestChildBirthDate");
        assertThat(young.json().get("detail").asString()).contains("10/01/2027");

        // Two consecutive years rated NOT_COMPLETED: the law dismisses, no regime's benefits.
        long failed = recruited("Lương Văn Hai Năm", "M", "UBND.01.SNV", "CIVIL_SERVANT", "01.003");
        for (int year : new int[] {2026, 2027}) {
            var rated = hanoi().post("/api/v1/people/" + failed + "/events", """
                    {"kind":"EVALUATION","effectiveDate":"%d-12-20","year":%d,"rating":"NOT_COMPLETED",
                     "decisionNo":"9/QĐ-XL","decisionDate":"%d-12-20","issuer":"Sở Nội vụ"}""".formatted(year, year, year));
            assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        }
        var twoYears = exit(failed, "ND178_EARLY_RETIREMENT", "2028-02-01", "");
        assertThat(twoYears.status()).as(twoYears.body()).isEqualTo(422);
        assertThat(twoYears.json().get("errors").get(0).get("field").asString()).isEqualTo("regime");
        assertThat(twoYears.json().get("detail").asString())
                .contains("2026, 2027")
                .contains("thôi việc");

        // Accepted: the volunteer, a civil servant under NĐ 178 and a public employee under NĐ 154.
        assertThat(exit(
                                pregnant,
                                "ND154_RESIGNATION",
                                "2026-04-01",
                                ",\"pregnantOrMaternityLeave\":true,\"voluntary\":true")
                        .status())
                .isEqualTo(201);
        long early = recruited("Tạ Văn Nghỉ Sớm", "M", "UBND.01.SNV", "CIVIL_SERVANT", "01.003");
        var accepted = exit(early, "ND178_EARLY_RETIREMENT", "2026-03-01", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("staffCategory").asString()).isEqualTo("CIVIL_SERVANT");
        assertThat(accepted.json().get("allowanceAmount").asLong()).isEqualTo(250_000_000L);
        JsonNode employment =
                hanoi().get("/api/v1/people/" + early + "/employment").json();
        assertThat(employment.get(employment.size() - 1).get("validTo").asString())
                .isEqualTo("2026-03-01");

        long employee = recruited("Mạc Thị Viên Chức", "F", "UBND.01.SYT.BVXP", "PUBLIC_EMPLOYEE", "V.08.05.12");
        assertThat(exit(employee, "ND154_RESIGNATION", "2026-03-15", "").status())
                .isEqualTo(201);
        // Re-employed within 60 months: flagged (must repay, NĐ 154/2025 Art. 3).
        var again = hanoi().post("/api/v1/people/" + employee + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"2026-09-01","orgCode":"UBND.01.SYT.BVXP","staffCategory":"PUBLIC_EMPLOYEE",
                 "rankCode":"V.08.05.12","salaryStep":1,"decisionNo":"3/QĐ","decisionDate":"2026-09-01","issuer":"Sở Y tế"}""");
        assertThat(again.status()).as(again.body()).isEqualTo(201);

        // Hand count for Hà Nội, 01/03/2026 – 30/04/2026: three exits.
        JsonNode report = hanoi().get(
                        "/api/v1/personnel/streamlining-exits/report?scope=UBND.01&from=2026-03-01&to=2026-04-30")
                .json();
        assertThat(report.get("total").asLong()).isEqualTo(3);
        assertThat(report.get("byRegime").get("ND178_EARLY_RETIREMENT").asLong())
                .isEqualTo(1);
        assertThat(report.get("byRegime").get("ND154_RESIGNATION").asLong()).isEqualTo(2);
        assertThat(report.get("byRegime").get("ND154_EARLY_RETIREMENT").asLong())
                .isZero();
        assertThat(report.get("byCategory").get("CIVIL_SERVANT").asLong()).isEqualTo(2);
        assertThat(report.get("byCategory").get("PUBLIC_EMPLOYEE").asLong()).isEqualTo(1);
        assertThat(report.get("byMonth").get("2026-03").asLong()).isEqualTo(2);
        assertThat(report.get("byMonth").get("2026-04").asLong()).isEqualTo(1);
        assertThat(report.get("byProvince").size()).isEqualTo(1);
        for (JsonNode count : report.get("byProvince")) {
            assertThat(count.asLong()).isEqualTo(3);
        }
        assertThat(report.get("reEmployedWithin60Months").asLong()).isEqualTo(1);
        JsonNode list = hanoi().get("/api/v1/personnel/streamlining-exits?scope=UBND.01&from=2026-03-01&to=2026-04-30")
                .json();
        assertThat(list.size()).isEqualTo(3);
        assertThat(list.get(1).get("fullName").asString()).isEqualTo("Mạc Thị Viên Chức");
        assertThat(list.get(1).get("reEmployedOn").asString()).isEqualTo("2026-09-01");

        // The page shows the counts in words, the export reads back with the same rows.
        WebSession web = new WebSession();
        web.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/personnel/streamlining?scope=UBND.01&from=2026-03-01&to=2026-04-30")
                .body();
        assertThat(page)
                .contains("Thôi việc ngay – tinh giản (NĐ 154/2025)")
                .contains("Mạc Thị Viên Chức")
                .doesNotContain("ND154_RESIGNATION");
        List<List<String>> sheet = PersonnelPagesIntegrationTests.sheet(
                web.bytes(port, "/personnel/streamlining.xlsx?scope=UBND.01&from=2026-03-01&to=2026-04-30"));
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(0)).contains("Chế độ", "Trợ cấp (đồng)");
        assertThat(sheet)
                .anySatisfy(r -> assertThat(r)
                        .contains("Mạc Thị Viên Chức", "Thôi việc ngay – tinh giản (NĐ 154/2025)", "Viên chức"));

        // Another province's user sees none of them.
        assertThat(Api.demo(port, "hcm.editor")
                        .get("/api/v1/personnel/streamlining-exits/report?from=2026-03-01&to=2026-04-30")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }
}
