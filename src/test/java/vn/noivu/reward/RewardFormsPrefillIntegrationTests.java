package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * Forms 0601–0605.N/BNV-TĐKT of a province pre-filled from the registry and the organisation and
 * personnel records: the city opens its reports for the emulation year 2026 (1/12/2025–30/11/2026),
 * records movements, awards, a body doing emulation work and its civil servants, asks for the figures
 * again, and each cell has grown by what is counted here by hand (the database is shared with other
 * tests, so the figures before are read first).
 */
@NoiVuIntegrationTest
class RewardFormsPrefillIntegrationTests {

    static final String CITY = "UBND.79";

    @LocalServerPort
    int port;

    private static String report(String form) {
        return "/api/v1/reporting/reports/"
                + URLEncoder.encode(form + ".N/BNV-TĐKT", StandardCharsets.UTF_8)
                        .replace("+", "%20")
                + "/2026/" + CITY;
    }

    private static Map<String, Long> values(JsonNode report) {
        Map<String, Long> out = new HashMap<>();
        report.get("values").properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                out.put(e.getKey(), e.getValue().asLong());
            }
        });
        return out;
    }

    private Map<String, Long> open(Api api, String form) {
        Api.Response r = api.put(report(form), "{\"values\": {}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return values(r.json());
    }

    private JsonNode prefillAgain(Api api, String form) {
        Api.Response r = api.post(report(form) + "/prefill", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Every pre-filled cell grew by its expected figure (absent: by none). */
    private static void grewBy(JsonNode after, Map<String, Long> before, Map<String, Long> expected) {
        Map<String, Long> now = values(after);
        after.get("prefill").properties().forEach(e -> {
            String cell = e.getKey();
            assertThat(now.getOrDefault(cell, 0L) - before.getOrDefault(cell, 0L))
                    .as("cell %s (%s)", cell, e.getValue().get("source").asString())
                    .isEqualTo(expected.getOrDefault(cell, 0L));
        });
        assertThat(after.get("prefill").propertyNames()).containsAll(expected.keySet());
    }

    private static void movement(Api api, String scope, String ref, String kind, String from, String to, String on) {
        var r = api.post("/api/v1/rewards/movements", """
                {"theme":"Thi đua %s","kind":"%s","scopeLevel":"%s",%s"startsOn":"%s","endsOn":"%s",
                 "decisionNo":"%d/KH-UBND","decisionDate":"%s","signer":"Chủ tịch UBND"}""".formatted(
                        on,
                        kind,
                        scope,
                        ref == null ? "" : "\"scopeRef\":\"" + ref + "\",",
                        from,
                        to,
                        Math.abs(UUID.randomUUID().hashCode() % 90000) + 1,
                        on));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static void award(Api api, String subject, String title, String on) {
        var r = api.post("/api/v1/rewards/awards", """
                {%s,"title":"%s","year":%s,"decisionNo":"%d/QĐ-CTN","decisionDate":"%s","issuer":"Chủ tịch nước"}""".formatted(
                subject, title, on.substring(0, 4), Math.abs(UUID.randomUUID().hashCode() % 90000) + 1, on));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static long civilServant(
            Api api, String name, String sex, String born, String degree, String org, String on) {
        // Province, century and sex, year of birth, then a serial (the ID number's structure is checked).
        int year = Integer.parseInt(born.substring(0, 4));
        int centurySex = (year >= 2000 ? 2 : 0) + (sex.equals("F") ? 1 : 0);
        String id = String.format(
                "079%d%02d%06d",
                centurySex, year % 100, Math.abs(UUID.randomUUID().hashCode() % 1_000_000));
        var r = api.post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"%s","sex":"%s","orgCode":"%s","highestDegree":"%s"}""".formatted(id, name, born, sex, org, degree));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long personId = r.json().get("id").asLong();
        var e = api.post("/api/v1/people/" + personId + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"%s","orgCode":"%s","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"01.003","salaryStep":1,"positionCode":"CM-TH",
                 "decisionNo":"1/QĐ-SNV","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(on, org, on));
        assertThat(e.status()).as(e.body()).isEqualTo(201);
        return personId;
    }

    @Test
    void theCitysFormsArePrefilledWithItsMovementsAwardsBodiesAndStaffOfTheEmulationYear() {
        Api city = Api.demo(port, "hcm.editor");
        Map<String, Long> m0601 = open(city, "0601");
        Map<String, Long> m0602 = open(city, "0602");
        Map<String, Long> m0603 = open(city, "0603");
        Map<String, Long> m0604 = open(city, "0604");
        Map<String, Long> m0605 = open(city, "0605");

        // 0601: a unit's thematic movement of 100 days, the city's one-year regular movement and its
        // five-year one; one launched in the previous emulation year does not count.
        movement(city, "UNIT", "UBND.79.SNV", "THEMATIC", "2026-02-01", "2026-05-11", "2026-01-20");
        movement(city, "MINISTRY_PROVINCE", CITY, "REGULAR", "2026-01-01", "2026-12-31", "2025-12-15");
        movement(city, "MINISTRY_PROVINCE", CITY, "REGULAR", "2026-01-01", "2030-12-31", "2026-03-01");
        movement(city, "MINISTRY_PROVINCE", CITY, "REGULAR", "2025-01-01", "2025-12-31", "2025-11-20");
        grewBy(
                prefillAgain(city, "0601"),
                m0601,
                Map.ofEntries(
                        Map.entry("01.1", 3L),
                        Map.entry("01.3", 2L),
                        Map.entry("01.4", 1L),
                        Map.entry("03.1", 2L),
                        Map.entry("03.3", 2L),
                        Map.entry("05.1", 1L),
                        Map.entry("05.4", 1L),
                        Map.entry("06.1", 1L),
                        Map.entry("06.4", 1L),
                        Map.entry("07.1", 1L),
                        Map.entry("07.3", 1L),
                        Map.entry("10.1", 1L),
                        Map.entry("10.3", 1L),
                        Map.entry("11.1", 1L),
                        Map.entry("11.4", 1L),
                        Map.entry("12.1", 2L),
                        Map.entry("12.3", 2L)));

        // 0602 and 0603: a person's Labour Order, CSTĐ toàn quốc, Hero of Labour and CSTĐ of the city; the
        // department's Labour Order, Prime Minister's and city's Bằng khen; one decided on 30/11/2025
        // belongs to the year before.
        long hero = RewardTestData.person(city, "Phạm Văn Anh Hùng", "UBND.79.SNV");
        String person = "\"personId\":" + hero;
        String department = "\"orgCode\":\"UBND.79.SNV\"";
        award(city, person, "HC_LAO_DONG_3", "2026-09-02");
        award(city, person, "CSTD_TQ", "2026-04-28");
        award(city, person, "AH_LAO_DONG", "2026-05-01");
        award(city, person, "CSTD_BO_TINH", "2026-03-15");
        award(city, department, "HC_LAO_DONG_3", "2026-09-02");
        award(city, department, "BANG_KHEN_TTG", "2026-06-10");
        award(city, department, "BANG_KHEN_BO_TINH", "2026-10-10");
        award(city, person, "BANG_KHEN_BO_TINH", "2025-11-30");
        JsonNode f0602 = prefillAgain(city, "0602");
        Map<String, Long> state = new HashMap<>();
        for (String row : new String[] {"01", "03"}) {
            state.put(row + ".1", 5L); // everything decided by the President or the Prime Minister
            state.put(row + ".2", 1L); // orders to units
            state.put(row + ".3", 1L); // orders to people
            state.put(row + ".9", 1L); // honorary titles to people
            state.put(row + ".11", 1L); // Prime Minister's Bằng khen to units
            state.put(row + ".13", 1L); // CSTĐ toàn quốc
        }
        state.putAll(Map.of("04.1", 2L, "04.2", 1L, "04.11", 1L, "07.1", 3L, "07.3", 1L, "07.9", 1L, "07.13", 1L));
        grewBy(f0602, m0602, state);
        assertThat(f0602.get("prefill").get("01.1").get("source").asString()).isEqualTo("reward.awards.state");
        assertThat(f0602.get("prefill").get("03.3").get("source").asString())
                .isEqualTo("reward.awards.ORDER.individual.byProvince");
        grewBy(
                prefillAgain(city, "0603"),
                m0603,
                Map.of("01.1", 2L, "01.2", 1L, "01.3", 1L, "02.1", 1L, "02.2", 1L, "05.1", 1L, "05.3", 1L));

        // 0604 and 0605: a new division of emulation work in the Department of Home Affairs, and three
        // civil servants doing the work on 30/11/2026 (one of them since 2015 in the demo's board).
        String division =
                "UBND.79.SNV.T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var established = city.post("/api/v1/organizations/restructurings", """
                {"kind":"ESTABLISH","effectiveDate":"2026-01-01","predecessors":[],
                 "successors":[{"code":"%s","name":"Phòng Thi đua - Khen thưởng %s","type":"DEPARTMENT_UNIT",
                                "parentCode":"UBND.79.SNV"}],
                 "legalBasis":"98/QĐ-TEST"}""".formatted(division, division));
        assertThat(established.status()).as(established.body()).isEqualTo(201);
        civilServant(city, "Lê Thị Ba Mươi", "F", "1996-05-01", "Đại học Luật", division, "2026-01-02");
        long senior = civilServant(
                city, "Trần Văn Lâu Năm", "M", "1968-01-10", "Thạc sĩ Quản lý công", "UBND.79.SNV.BTDKT", "2015-03-02");
        var moved = city.post("/api/v1/people/" + senior + "/events", """
                {"kind":"TRANSFER","effectiveDate":"2026-01-02","orgCode":"%s",
                 "decisionNo":"7/QĐ-SNV","decisionDate":"2025-12-30","issuer":"Sở Nội vụ"}""".formatted(division));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        civilServant(city, "Ngô Văn Năm Mốt", "M", "1975-06-15", "Cao đẳng", "UBND.79.SNV.BTDKT", "2019-06-01");
        civilServant(city, "Vũ Thị Khác Việc", "F", "1990-01-01", "Đại học", "UBND.79.SNV", "2020-01-02");
        grewBy(prefillAgain(city, "0604"), m0604, Map.of("01.1", 1L, "05.1", 1L));
        grewBy(
                prefillAgain(city, "0605"),
                m0605,
                Map.ofEntries(
                        Map.entry("01.1", 3L),
                        Map.entry("01.2", 1L),
                        Map.entry("02.1", 1L), // 30 years old on 30/11/2026
                        Map.entry("02.2", 1L),
                        Map.entry("05.1", 1L), // 51
                        Map.entry("06.1", 1L), // 58
                        Map.entry("10.1", 1L), // cao đẳng
                        Map.entry("11.1", 1L), // đại học
                        Map.entry("11.2", 1L),
                        Map.entry("12.1", 1L), // thạc sĩ
                        Map.entry("13.1", 1L), // since January
                        Map.entry("13.2", 1L),
                        Map.entry("14.1", 1L), // since 2019
                        Map.entry("15.1", 1L))); // since 2015, in two bodies

        // Another province reaches none of the city's reports.
        assertThat(Api.demo(port, "hanoi.editor").get(report("0605")).status()).isIn(403, 404);
    }
}
