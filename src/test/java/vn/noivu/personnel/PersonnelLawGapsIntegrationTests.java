package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;
import vn.noivu.personnel.internal.career.CatalogueLoader;
import vn.noivu.personnel.internal.career.UnsanctionedSuspensions;

/**
 * Worked cases of the personnel rules against the law of 2026 (docs/personnel-rules.md): the imported
 * appointment date kept through later events and shown on the dossier and in the API; a public
 * holiday that changes the 11-working-day rule of time not counted; a suspension that no discipline
 * followed, cancelled by the system so that the next step returns to its date.
 */
@NoiVuIntegrationTest
class PersonnelLawGapsIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(610_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnsanctionedSuspensions suspensions;

    @Autowired
    CatalogueLoader catalogues;

    @TempDir
    Path dir;

    Api hanoi() {
        return Api.demo(port, "hanoi.editor");
    }

    long person(String name) {
        String id = String.format("0010%02d%06d", 87, SERIAL.incrementAndGet());
        var p = hanoi().post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"1987-03-04","sex":"M","orgCode":"UBND.01.SNV"}""".formatted(id, name));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        return p.json().get("id").asLong();
    }

    /** A civil servant on step 1 of A1 (01.003) from 05/01/2023: the next step is due 05/01/2026. */
    long civilServant(String name) {
        long id = person(name);
        var r = event(id, """
                {"kind":"RECRUITMENT","effectiveDate":"2023-01-05","orgCode":"UBND.01.SNV","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"01.003","salaryStep":1,"decisionNo":"1/QĐ","decisionDate":"2023-01-05","issuer":"Sở Nội vụ"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(nextStepDue(id)).isEqualTo("2026-01-05");
        return id;
    }

    static String decided(String kind, String date, String extra) {
        return """
                {"kind":"%s","effectiveDate":"%s",%s"decisionNo":"5/QĐ","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(kind, date, extra, date);
    }

    Api.Response event(long id, String json) {
        return hanoi().post("/api/v1/people/" + id + "/events", json);
    }

    JsonNode versions(long id) {
        return hanoi().get("/api/v1/people/" + id + "/employment").json();
    }

    String nextStepDue(long id) {
        JsonNode v = versions(id);
        return v.get(v.size() - 1).get("nextStepDue").asString();
    }

    @Test
    void theImportedAppointmentDateIsKeptThroughALaterStepAndShownOnTheDossierAndInTheApi() throws IOException {
        String nid = ImportColumnsIntegrationTests.newId(1976);
        Path file = dir.resolve("leader.csv");
        // Trưởng phòng appointed 01/10/2021; the row is the state of 01/01/2025.
        Files.writeString(
                file,
                ImportColumnsIntegrationTests.HEADER + "\n" + nid
                        + ",Lò Văn Bổ Nhiệm,1976-06-06,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,LD-TP,2025-01-01,"
                        + "DIVISION_HEAD,,2021-10-01,60,,\n",
                StandardCharsets.UTF_8);
        var applied = hanoi().upload("/api/v1/personnel/imports", file);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        long id = hanoi().post("/api/v1/people/lookup", "{\"nationalId\":\"" + nid + "\"}")
                .json()
                .get("id")
                .asLong();

        // A later career event derives the versions again from the imported state.
        var step = event(id, decided("STEP_INCREASE", "2025-06-01", ""));
        assertThat(step.status()).as(step.body()).isEqualTo(201);
        JsonNode v = versions(id);
        assertThat(v.size()).isEqualTo(2);
        for (JsonNode version : v) {
            assertThat(version.get("appointedOn").asString()).as(v.toString()).isEqualTo("2021-10-01");
            assertThat(version.get("termEnd").asString()).isEqualTo("2026-10-01");
        }
        assertThat(v.get(1).get("salaryStep").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM personnel.employment
                        WHERE person_id = :p AND superseded_at IS NULL AND appointed_on = DATE '2021-10-01'""").param("p", id).query(Long.class).single()).isEqualTo(2L);

        // The person API: the post held today with its appointment, term end and procedure date (−90 days).
        JsonNode leadership = hanoi().get("/api/v1/people/" + id).json().get("leadership");
        assertThat(leadership.get("appointedOn").asString()).isEqualTo("2021-10-01");
        assertThat(leadership.get("termEnd").asString()).isEqualTo("2026-10-01");
        assertThat(leadership.get("procedureDue").asString()).isEqualTo("2026-07-03");
        assertThat(leadership.get("extensionToRetirement").asBoolean()).isFalse();

        // The dossier page, dates as dd/MM/yyyy.
        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        String page = viewer.get(port, "/personnel/people/" + id).body();
        assertThat(page)
                .contains("Bổ nhiệm từ ngày 01/10/2021")
                .contains("nhiệm kỳ đến ngày 01/10/2026")
                .contains("hạn bắt đầu quy trình bổ nhiệm lại: 03/07/2026");
    }

    /**
     * Unpaid leave 08/04/2024 – 22/04/2024 has 11 days Monday to Friday, but Giỗ Tổ Hùng Vương falls on
     * Thursday 18/04/2024: 10 working days, under 11, so the next step stays on 05/01/2026. The same
     * length of leave 06/05/2024 – 20/05/2024, without a holiday, has 11 working days: one month, due
     * 05/02/2026.
     */
    @Test
    void aPublicHolidayInTheOddDaysKeepsThemUnderElevenWorkingDays() {
        assertThat(jdbc.sql("SELECT name FROM personnel.public_holiday WHERE day = DATE '2024-04-18'")
                        .query(String.class)
                        .single())
                .contains("Giỗ Tổ Hùng Vương");

        long withHoliday = civilServant("Vi Văn Giỗ Tổ");
        var leave = event(
                withHoliday,
                decided(
                        "NON_COUNTING_PERIOD",
                        "2024-04-08",
                        "\"periodTo\":\"2024-04-22\",\"reason\":\"UNPAID_LEAVE\","));
        assertThat(leave.status()).as(leave.body()).isEqualTo(201);
        JsonNode v = versions(withHoliday);
        assertThat(v.get(v.size() - 1).get("nonCountingOddDays").asInt()).isEqualTo(10);
        assertThat(nextStepDue(withHoliday)).isEqualTo("2026-01-05");

        long without = civilServant("Vi Văn Ngày Thường");
        assertThat(event(
                                without,
                                decided(
                                        "NON_COUNTING_PERIOD",
                                        "2024-05-06",
                                        "\"periodTo\":\"2024-05-20\",\"reason\":\"UNPAID_LEAVE\","))
                        .status())
                .isEqualTo(201);
        assertThat(nextStepDue(without)).isEqualTo("2026-02-05");

        // The file is the whole calendar: a day that is not in it is no day off after the next load.
        jdbc.sql("""
                        INSERT INTO personnel.public_holiday (day, kind, name, verified, source)
                        VALUES (DATE '2031-03-03', 'HOLIDAY', 'không có trong tệp', false, 'test')
                        ON CONFLICT DO NOTHING""").update();
        catalogues.load();
        assertThat(jdbc.sql("SELECT count(*) FROM personnel.public_holiday WHERE day = DATE '2031-03-03'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM personnel.public_holiday WHERE day = DATE '2024-04-18'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    /**
     * A suspension 03/06/2024 – 17/06/2024 (11 working days) moves the next step from 05/01/2026 to
     * 05/02/2026. No discipline by 14/11/2024 (17/06/2024 + 150 days): on 15/11/2024 the system cancels it
     * and the step returns to 05/01/2026. The same suspension followed by a reprimand stays.
     */
    @Test
    void aSuspensionNoDisciplineFollowedIsCancelledByTheSystemAndTheStepReturnsToItsDate() {
        long cleared = civilServant("Hà Văn Không Kỷ Luật");
        String suspension =
                decided("NON_COUNTING_PERIOD", "2024-06-03", "\"periodTo\":\"2024-06-17\",\"reason\":\"SUSPENSION\",");
        long suspensionId = event(cleared, suspension).json().get("id").asLong();
        assertThat(nextStepDue(cleared)).isEqualTo("2026-02-05");

        long disciplined = civilServant("Hà Văn Có Kỷ Luật");
        long keptId = event(disciplined, suspension).json().get("id").asLong();
        var reprimand = event(disciplined, decided("DISCIPLINE", "2024-07-15", "\"disciplineCode\":\"REPRIMAND\","));
        assertThat(reprimand.status()).as(reprimand.body()).isEqualTo(201);
        // 05/01/2026 + 1 month (suspension) + 6 months (reprimand, TT 08/2013 Art. 2(3)).
        assertThat(nextStepDue(disciplined)).isEqualTo("2026-08-05");

        // The last day of the handling time: nothing yet.
        assertThat(suspensions.cancelAsOf(LocalDate.of(2024, 11, 14))).doesNotContain(suspensionId, keptId);
        assertThat(nextStepDue(cleared)).isEqualTo("2026-02-05");

        List<Long> cancelled = suspensions.cancelAsOf(LocalDate.of(2024, 11, 15));
        assertThat(cancelled).contains(suspensionId).doesNotContain(keptId);
        assertThat(nextStepDue(cleared)).isEqualTo("2026-01-05");
        assertThat(nextStepDue(disciplined)).isEqualTo("2026-08-05");

        JsonNode all =
                hanoi().get("/api/v1/people/" + cleared + "/events?all=true").json();
        JsonNode cancelledEvent = null;
        for (JsonNode e : all) {
            if (e.get("id").asLong() == suspensionId) {
                cancelledEvent = e;
            }
        }
        assertThat(cancelledEvent).isNotNull();
        assertThat(cancelledEvent.get("status").asString()).isEqualTo("SYSTEM_CANCELLED");
        assertThat(cancelledEvent.get("cancelReason").asString()).isEqualTo("SUSPENSION_WITHOUT_SANCTION");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_log
                        WHERE actor = 'system' AND action = 'SYSTEM_CANCEL' AND entity = 'personnel.career_event'
                          AND entity_id = :id""")
                        .param("id", String.valueOf(suspensionId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        // Run again: nothing more to cancel for them.
        assertThat(suspensions.cancelAsOf(LocalDate.of(2024, 11, 15))).doesNotContain(suspensionId, keptId);

        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(viewer.get(port, "/personnel/people/" + cleared).body())
                .contains("hệ thống tự hủy")
                .contains("thời gian đình chỉ công tác được tính lại");
    }
}
