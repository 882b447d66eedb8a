package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The personnel import's leadership and allowance columns (docs/import-formats.md): the appointment
 * date and term a leader's term runs from, the leadership post whose allowance comes from the
 * catalogue, and the above-ceiling allowance with its date; each wrong cell refused by row and column.
 */
@NoiVuIntegrationTest
class ImportColumnsIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(940_000);

    static final String HEADER = "national_id,full_name,birth_date,sex,org_code,staff_category,rank_code,salary_step,"
            + "position_code,valid_from,leadership_post,position_allowance,appointed_on,term_months,above_ceiling_pct,"
            + "above_ceiling_since";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    static String newId(int year) {
        return newId(year, "M");
    }

    static String newId(int year, String sex) {
        int digit = 2 * (year / 100 - 19) + ("F".equals(sex) ? 1 : 0);
        return String.format("001%d%02d%06d", digit, year % 100, SERIAL.incrementAndGet());
    }

    Api hanoi() {
        return Api.demo(port, "hanoi.editor");
    }

    long lookup(String nid) {
        var r = hanoi().post("/api/v1/people/lookup", "{\"nationalId\":\"" + nid + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asLong();
    }

    Path csv(String name, String... rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theTermRunsFromTheImportedAppointmentAndAllowancesComeFromTheCatalogue() throws IOException {
        String leader = newId(1975);
        String senior = newId(1968, "F");
        var applied = hanoi().upload(
                        "/api/v1/personnel/imports",
                        csv(
                                "leaders.csv",
                                // Trưởng phòng since 01/10/2021; this row is the state of 01/01/2025.
                                leader + ",Đoàn Văn Bổ Nhiệm,1975-05-05,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,LD-TP,"
                                        + "2025-01-01,DIVISION_HEAD,,2021-10-01,60,,",
                                // At the top step of A1 (9) with 7 % above ceiling since 01/05/2024.
                                senior + ",Cù Thị Vượt Khung,1968-03-03,F,UBND.01.SNV,CIVIL_SERVANT,01.003,9,CM-TH,"
                                        + "2025-01-01,,,,,7,2024-05-01"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        long leaderId = lookup(leader);
        long seniorId = lookup(senior);

        // The term ends five years after the appointment, not after the row's start: 01/10/2026,
        // the procedure due 90 days before.
        JsonNode due = hanoi().get("/api/v1/personnel/due/reappointment?from=2026-10-01&to=2026-10-01")
                .json();
        JsonNode item = null;
        for (JsonNode i : due) {
            if (i.get("personId").asLong() == leaderId) {
                item = i;
            }
        }
        assertThat(item).as(due.toString()).isNotNull();
        assertThat(item.get("dueDate").asString()).isEqualTo("2026-10-01");
        assertThat(item.get("noticeDate").asString()).isEqualTo("2026-07-03");
        assertThat(item.get("leadershipTitle").asString()).isEqualTo("Trưởng phòng thuộc Sở và tương đương");
        assertThat(jdbc.sql("SELECT appointed_on FROM personnel.employment WHERE person_id = :p")
                        .param("p", leaderId)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2021, 10, 1));
        // Nobody is listed at five years from the row's start.
        assertThat(hanoi().get("/api/v1/personnel/due/reappointment?from=2030-01-01&to=2030-01-01")
                        .body())
                .doesNotContain("Đoàn Văn Bổ Nhiệm");

        // Salary: the division head's allowance of Hà Nội in the catalogue (0.60), not a typed figure.
        // (3.00 + 0.60) × 2,340,000 = 8,424,000 on 01/06/2025.
        assertThat(hanoi().get("/api/v1/people/" + leaderId + "/salary?asOf=2025-06-01")
                        .json()
                        .get("amount")
                        .asLong())
                .isEqualTo(8_424_000L);
        // Above ceiling: 4.98 × 2,340,000 × 1.07 = 12,468,924; the next 1 % due 12 months after 01/05/2024.
        assertThat(hanoi().get("/api/v1/people/" + seniorId + "/salary?asOf=2025-01-01")
                        .json()
                        .get("amount")
                        .asLong())
                .isEqualTo(12_468_924L);
        JsonNode steps = hanoi().get("/api/v1/personnel/due/step-increase?from=2025-05-01&to=2025-05-01")
                .json();
        JsonNode step = null;
        for (JsonNode i : steps) {
            if (i.get("personId").asLong() == seniorId) {
                step = i;
            }
        }
        assertThat(step).as(steps.toString()).isNotNull();
        assertThat(step.get("detail").asString()).contains("ABOVE_CEILING:8");

        // The same file again changes nothing.
        var again = hanoi().upload("/api/v1/personnel/imports", dir.resolve("leaders.csv"));
        assertThat(again.json().get("unchanged").asInt()).as(again.body()).isEqualTo(2);
    }

    @Test
    void wrongLeadershipAndAllowanceCellsAreRefusedByRowAndColumnAndNothingIsApplied() throws IOException {
        String good = newId(1980);
        var refused = hanoi().upload(
                        "/api/v1/personnel/imports",
                        csv(
                                "bad-leaders.csv",
                                good
                                        + ",Hà Văn Hợp Lệ,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,CM-TH,2025-01-01,,,,,,",
                                newId(1980)
                                        + ",Gõ Tay,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,LD-TP,2025-01-01,"
                                        + "DIVISION_HEAD,0.9,2021-10-01,,,",
                                newId(1980) + ",Không Có Chức,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,LD-TP,"
                                        + "2025-01-01,BOSS,,,,,",
                                newId(1980)
                                        + ",Sai Đơn Vị,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,LD-TP,2025-01-01,"
                                        + "COMMUNE_CHAIR,,,,,",
                                newId(1980) + ",Bổ Nhiệm Sau,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,LD-TP,"
                                        + "2025-01-01,DIVISION_HEAD,,2025-02-01,,,",
                                newId(1980) + ",Không Chức Vụ,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,CM-TH,"
                                        + "2025-01-01,,,2021-10-01,,,",
                                newId(1980) + ",Chưa Bậc Cuối,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,CM-TH,"
                                        + "2025-01-01,,,,,5,2024-01-01",
                                newId(1980) + ",Thiếu Ngày,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,9,CM-TH,"
                                        + "2025-01-01,,,,,5,",
                                newId(1980) + ",Nhiệm Kỳ Không,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,LD-TP,"
                                        + "2025-01-01,DIVISION_HEAD,,2021-10-01,0,,"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode errors = refused.json().get("errors");
        assertThat(errorAt(errors, 3, "position_allowance")).contains("danh mục phụ cấp");
        assertThat(errorAt(errors, 4, "leadership_post")).contains("BOSS");
        assertThat(errorAt(errors, 5, "leadership_post"))
                .contains("COMMUNE_CHAIR")
                .contains("UBND.01.SNV");
        assertThat(errorAt(errors, 6, "appointed_on")).contains("sau ngày bắt đầu");
        assertThat(errorAt(errors, 7, "appointed_on")).contains("chức vụ lãnh đạo");
        assertThat(errorAt(errors, 8, "above_ceiling_pct")).contains("bậc cuối");
        assertThat(errorAt(errors, 9, "above_ceiling_since")).contains("không được để trống");
        assertThat(errorAt(errors, 10, "term_months")).contains("từ 1 đến 120");
        assertThat(errors.toString()).doesNotContain("\"row\":2,");
        assertThat(hanoi().post("/api/v1/people/lookup", "{\"nationalId\":\"" + good + "\"}")
                        .status())
                .isEqualTo(404);
    }

    static String errorAt(JsonNode errors, int row, String column) {
        for (JsonNode e : errors) {
            if (e.get("row").asInt() == row && e.get("column").asString().equals(column)) {
                return e.get("message").asString();
            }
        }
        return "(no error at row " + row + " " + column + ": " + errors + ")";
    }
}
