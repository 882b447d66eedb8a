package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * The demo's careers through history (docs/personnel-rules.md, "Demo careers"): a person followed from
 * her recruitment in 2015 to 2026 through the 2025 merger of her department, and the streamlining
 * exits of the demo equal to the hand count of the docs.
 */
@NoiVuIntegrationTest
class DemoCareersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api national() {
        return Api.demo(port, "bnv.editor");
    }

    /** The showcase person is the demo careers' first (decision numbers DEMO-CS-1-…). */
    long showcase() {
        return jdbc.sql("SELECT DISTINCT person_id FROM personnel.career_event WHERE decision_no LIKE 'DEMO-CS-1-%'")
                .query(Long.class)
                .single();
    }

    @Test
    void aDemoCareerRunsFrom2015To2026AndMovesToTheSuccessorWhenHerDepartmentMerged() {
        long id = showcase();
        JsonNode events = national().get("/api/v1/people/" + id + "/events").json();
        List<String> kinds = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        JsonNode transfer = null;
        for (JsonNode e : events) {
            kinds.add(e.get("kind").asString());
            years.add(Integer.parseInt(e.get("effectiveDate").asString().substring(0, 4)));
            if (e.get("kind").asString().equals("TRANSFER")) {
                transfer = e;
            }
        }
        assertThat(kinds.get(0)).isEqualTo("RECRUITMENT");
        assertThat(years.get(0)).isEqualTo(2015);
        assertThat(years).contains(2015, 2017, 2019, 2021, 2023, 2025, 2026);
        assertThat(kinds).contains("STEP_INCREASE", "EVALUATION", "DISCIPLINE", "APPOINTMENT", "PROMOTION", "TRANSFER");
        // Every year from 2015 to 2025 rated once, 2017 failed.
        assertThat(events)
                .filteredOn(e -> e.get("kind").asString().equals("EVALUATION"))
                .hasSize(11)
                .anySatisfy(e -> {
                    assertThat(e.get("evaluationYear").asInt()).isEqualTo(2017);
                    assertThat(e.get("rating").asString()).isEqualTo("NOT_COMPLETED");
                });
        // The merger of 01/07/2025: Sở Nội vụ Bình Dương → Sở Nội vụ Thành phố Hồ Chí Minh.
        assertThat(transfer).isNotNull();
        assertThat(transfer.get("effectiveDate").asString()).isEqualTo("2025-07-01");
        assertThat(transfer.get("orgCode").asString()).isEqualTo("UBND.79.SNV");
        String successor = jdbc.sql("""
                        SELECT successor_code FROM organization.api_lineage
                        WHERE predecessor_code = 'UBND.74.SNV' AND effective_date = DATE '2025-07-01'""").query(String.class).single();
        assertThat(successor).isEqualTo("UBND.79.SNV");
        JsonNode employment =
                national().get("/api/v1/people/" + id + "/employment").json();
        JsonNode before = null;
        JsonNode after = null;
        for (JsonNode v : employment) {
            if (v.get("validTo") != null && "2025-07-01".equals(v.get("validTo").asString())) {
                before = v;
            }
            if ("2025-07-01".equals(v.get("validFrom").asString())) {
                after = v;
            }
        }
        assertThat(before.get("orgCode").asString()).isEqualTo("UBND.74.SNV");
        assertThat(after.get("orgCode").asString()).isEqualTo("UBND.79.SNV");
        // Step increases on the dates the rules give: 02/03/2015 + 36 months + 6 for the failed year
        // 2017; then + 36 + 6 for the reprimand of 2019.
        List<String> steps = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.get("kind").asString().equals("STEP_INCREASE")) {
                steps.add(e.get("effectiveDate").asString());
            }
        }
        assertThat(steps).startsWith("2018-09-02", "2022-03-02");

        // The dossier page shows the career, the successor unit by its name.
        WebSession web = new WebSession();
        web.login(port, "hcm.editor", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/personnel/people/" + id).body();
        assertThat(page).contains("Huỳnh Thị Bảo Ngọc").contains("01/07/2025").contains("02/03/2015");
    }

    @Test
    void theStreamliningExitReportOfTheDemoEqualsTheHandCount() {
        // docs/personnel-rules.md, "Demo careers": nine exits in 2025.
        JsonNode report = national()
                .get("/api/v1/personnel/streamlining-exits/report?from=2025-01-01&to=2025-12-31")
                .json();
        assertThat(report.get("total").asLong()).isEqualTo(9);
        JsonNode regime = report.get("byRegime");
        assertThat(regime.get("ND178_EARLY_RETIREMENT").asLong()).isEqualTo(3);
        assertThat(regime.get("ND178_RESIGNATION").asLong()).isEqualTo(3);
        assertThat(regime.get("ND154_EARLY_RETIREMENT").asLong()).isEqualTo(1);
        assertThat(regime.get("ND154_RESIGNATION").asLong()).isEqualTo(2);
        assertThat(regime.get("ND177_NON_REAPPOINTMENT").asLong()).isZero();
        JsonNode province = report.get("byProvince");
        assertThat(province.get("01").asLong()).isEqualTo(4);
        assertThat(province.get("74").asLong()).isEqualTo(1);
        assertThat(province.get("77").asLong()).isEqualTo(1);
        assertThat(province.get("79").asLong()).isEqualTo(3);
        assertThat(report.get("byCategory").get("CIVIL_SERVANT").asLong()).isEqualTo(7);
        assertThat(report.get("byCategory").get("PUBLIC_EMPLOYEE").asLong()).isEqualTo(2);
        JsonNode month = report.get("byMonth");
        assertThat(month.get("2025-03").asLong()).isEqualTo(2);
        for (String m : List.of("2025-04", "2025-05", "2025-06", "2025-09", "2025-10", "2025-11", "2025-12")) {
            assertThat(month.get(m).asLong()).as(m).isEqualTo(1);
        }
        // Each province's users see their own: Hà Nội's four.
        assertThat(Api.demo(port, "hanoi.editor")
                        .get("/api/v1/personnel/streamlining-exits/report?from=2025-01-01&to=2025-12-31")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(4);
    }

    @Test
    void theDemoCareersAreAllRecordedWithRetirementsRatingsAndTheKeptAppointmentDates() {
        // Every planned person recorded: none refused by the rules (1 followed person + 9 exits + 150).
        long people = jdbc.sql("""
                        SELECT count(DISTINCT p.id) FROM personnel.person p
                        WHERE EXISTS (SELECT 1 FROM personnel.career_event e
                                      WHERE e.person_id = p.id AND e.decision_no LIKE 'DEMO-CS-%')
                           OR EXISTS (SELECT 1 FROM personnel.employment v
                                      WHERE v.person_id = p.id AND v.decision_no LIKE 'DEMO-CS-%')""").query(Long.class).single();
        assertThat(people).isEqualTo(160);
        for (String kind : List.of("RETIREMENT", "REAPPOINTMENT", "PROMOTION", "DISCIPLINE", "TRANSFER")) {
            assertThat(jdbc.sql("""
                                    SELECT count(*) FROM personnel.career_event
                                    WHERE kind = :k AND status = 'ACTIVE' AND decision_no LIKE 'DEMO-CS-%'""").param("k", kind).query(Long.class).single())
                    .as(kind)
                    .isPositive();
        }
        assertThat(jdbc.sql("""
                                SELECT count(*) FROM personnel.career_event
                                WHERE rating = 'NOT_COMPLETED' AND decision_no LIKE 'DEMO-CS-%'""").query(Long.class).single()).isPositive();
        // Leaders recruited before 2015 keep the date of their appointment from the import.
        assertThat(jdbc.sql("""
                                SELECT count(*) FROM personnel.employment
                                WHERE appointed_on < DATE '2015-01-01' AND decision_no LIKE 'DEMO-CS-%'""").query(Long.class).single()).isPositive();
    }
}
