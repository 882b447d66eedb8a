package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.put;
import static vn.noivu.reporting.ReportingTestData.report;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * Pre-filled figures: a new draft holds what NoiVu computes from its records (personnel, staffing,
 * administrative units, organisations) with the source and the day, equal to a count made here by hand
 * in SQL; changing one needs a reason, kept with the report.
 */
@NoiVuIntegrationTest
class PrefillIntegrationTests {

    static final String CBCC = "CBCC-01.N/NV";
    static final String QUOTAS = "BC-01.N/NV";
    static final String UNITS = "DVHC-TC-01.N/NV";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewDraftHoldsTheCivilServantFiguresOfTheProvinceAsOfTheCutOffAndAnOverrideNeedsAReason() {
        Api editor = Api.demo(port, "hanoi.editor");
        Api.Response created = put(editor, CBCC, "2025", "UBND.01", "{}", null);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode r = created.json();

        LocalDate cutOff = LocalDate.of(2025, 12, 31);
        long total = count("true", cutOff);
        long women = count("p.sex = 'F'", cutOff);
        long over50 = count("extract(year FROM age(DATE '2025-12-31', p.birth_date)) BETWEEN 51 AND 60", cutOff);
        assertThat(total).as("the demo has civil servants in Hà Nội").isPositive();
        assertThat(r.get("values").get("01.1").asLong()).isEqualTo(total);
        assertThat(r.get("values").get("01.2").asLong()).isEqualTo(women);
        assertThat(r.get("values").get("23.1").asLong()).isEqualTo(over50);
        JsonNode pre = r.get("prefill").get("01.1");
        assertThat(pre.get("source").asString()).isEqualTo("personnel.cbcc.total");
        assertThat(pre.get("asOf").asString()).isEqualTo("2025-12-31");
        long byRank = 0;
        for (String row : new String[] {"04", "05", "06", "07", "08", "09"}) {
            byRank += r.get("values").get(row + ".1").asLong();
        }
        assertThat(byRank).as("every one in exactly one rank group").isEqualTo(total);

        String path = report(CBCC, "2025", "UBND.01");
        Api.Response noReason = editor.put(path, "{\"values\": {\"01.1\": " + (total + 1) + "}}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("01.1");
        assertThat(noReason.body())
                .as("the source by its name, not its code")
                .contains("Hồ sơ cán bộ, công chức: tổng số")
                .doesNotContain("personnel.cbcc.total")
                .contains("31/12/2025")
                .contains("lý do");

        Api.Response withReason = editor.put(
                path,
                "{\"values\": {\"01.1\": " + (total + 1)
                        + "}, \"overrides\": {\"01.1\": \"Một người tuyển ngày 31/12 chưa nhập hồ sơ\"}}");
        assertThat(withReason.status()).as(withReason.body()).isEqualTo(200);
        assertThat(withReason.json().get("values").get("01.1").asLong()).isEqualTo(total + 1);
        assertThat(withReason.json().get("values").get("01.2").asLong())
                .as("a pre-filled cell left out keeps its figure")
                .isEqualTo(women);
        assertThat(withReason.json().get("overrides").get("01.1").asString()).startsWith("Một người");
        // The reason stays with the cell while its figure stays changed.
        assertThat(editor.put(path, "{\"values\": {\"01.1\": " + (total + 1) + "}}")
                        .status())
                .isEqualTo(200);
        Api.Response back = editor.post(path + "/prefill", null);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("values").get("01.1").asLong())
                .as("refreshing leaves an overridden cell alone")
                .isEqualTo(total + 1);
    }

    @Test
    void quotasAdministrativeUnitsAndOrganisationsArePrefilledFromTheirModules() {
        Api editor = Api.demo(port, "hanoi.editor");
        Api.Response quotasSaved = put(editor, QUOTAS, "2025", "UBND.01", "{}", null);
        assertThat(quotasSaved.status()).as(quotasSaved.body()).isEqualTo(200);
        JsonNode quotas = quotasSaved.json();
        long assigned = jdbc.sql("""
                        SELECT coalesce(sum(q.assigned), 0) FROM staffing.api_quota q
                        JOIN organization.api_unit u ON u.code = q.org_code
                        WHERE q.year = 2025 AND q.category = 'CIVIL_SERVANT'
                          AND u.path LIKE (SELECT path FROM organization.api_unit WHERE code = 'UBND.01') || '%'""").query(Long.class).single();
        assertThat(assigned).as("the demo assigns Hà Nội quotas for 2025").isPositive();
        assertThat(quotas.get("values").get("02.1").asLong()).isEqualTo(assigned);
        assertThat(quotas.get("prefill").get("02.1").get("source").asString())
                .isEqualTo("staffing.quota.CIVIL_SERVANT.assigned");
        assertThat(quotas.get("values").get("02.3").asLong())
                .isEqualTo(quotas.get("values").get("02.1").asLong()
                        - quotas.get("values").get("02.2").asLong());

        Api.Response unitsSaved = put(editor, UNITS, "2025", "UBND.01", "{}", null);
        assertThat(unitsSaved.status()).as(unitsSaved.body()).isEqualTo(200);
        JsonNode units = unitsSaved.json();
        long communes = jdbc.sql("""
                        SELECT count(*) FROM adminunit.api_unit_version
                        WHERE level = 'commune' AND parent_code = '01'
                          AND valid_from <= DATE '2025-12-31' AND (valid_to IS NULL OR valid_to > DATE '2025-12-31')""").query(Long.class).single();
        assertThat(units.get("values").path("02.1").asLong())
                .as(units.toString())
                .as("since 01/07/2025 communes hang directly under the province")
                .isEqualTo(communes);
        assertThat(units.get("values").get("01.1").asLong()).isZero();
        long departments = jdbc.sql("""
                        SELECT count(*) FROM organization.api_unit_version v JOIN organization.api_unit u ON u.code = v.code
                        WHERE v.type = 'PROVINCIAL_DEPARTMENT' AND v.valid_from <= DATE '2025-12-31'
                          AND (v.valid_to IS NULL OR v.valid_to > DATE '2025-12-31')
                          AND u.path LIKE (SELECT path FROM organization.api_unit WHERE code = 'UBND.01') || '%'""").query(Long.class).single();
        assertThat(units.get("values").get("07.1").asLong()).isEqualTo(departments);
    }

    private long count(String condition, LocalDate day) {
        return jdbc.sql("""
                        SELECT count(*) FROM personnel.employment e JOIN personnel.person p ON p.id = e.person_id
                        JOIN organization.api_unit u ON u.code = e.org_code
                        WHERE e.superseded_at IS NULL AND e.valid_from <= :d AND (e.valid_to IS NULL OR e.valid_to > :d)
                          AND e.staff_category IN ('CADRE', 'CIVIL_SERVANT', 'COMMUNE_OFFICIAL')
                          AND u.path LIKE (SELECT path FROM organization.api_unit WHERE code = 'UBND.01') || '%'
                        """ + " AND " + condition)
                .param("d", day)
                .query(Long.class)
                .single();
    }
}
