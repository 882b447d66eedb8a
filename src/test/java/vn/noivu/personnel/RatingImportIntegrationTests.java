package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * Bulk import of annual ratings (docs/import-formats.md, "Annual ratings"): codes or Vietnamese
 * wording, CSV or XLSX, a failed year delaying the step as an event would, all or nothing with the
 * errors by row and column in Vietnamese, the same file twice changing nothing, audited, scoped.
 */
@NoiVuIntegrationTest
class RatingImportIntegrationTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(950_000);

    static final String HEADER = "national_id,year,rating,decision_no,decision_date,issuer,effective_date";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    Api hanoi() {
        return Api.demo(port, "hanoi.editor");
    }

    /** A civil servant of Sở Nội vụ Hà Nội recruited on {@code date} at step 1; returns its ID number. */
    String recruited(String name, String date) {
        String nid = String.format("0010%02d%06d", 88, SERIAL.incrementAndGet());
        var p = hanoi().post("/api/v1/people", """
                {"nationalId":"%s","fullName":"%s","birthDate":"1988-02-02","sex":"M","orgCode":"UBND.01.SNV"}""".formatted(nid, name));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        var r = hanoi().post("/api/v1/people/" + p.json().get("id").asLong() + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"%s","orgCode":"UBND.01.SNV","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"01.003","salaryStep":1,"decisionNo":"1/QĐ","decisionDate":"%s","issuer":"Sở Nội vụ"}""".formatted(date, date));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return nid;
    }

    long id(String nid) {
        return hanoi().post("/api/v1/people/lookup", "{\"nationalId\":\"" + nid + "\"}")
                .json()
                .get("id")
                .asLong();
    }

    JsonNode evaluations(String nid) {
        JsonNode events = hanoi().get("/api/v1/people/" + id(nid) + "/events").json();
        var list = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode e : events) {
            if (e.get("kind").asString().equals("EVALUATION")) {
                list.add(e);
            }
        }
        return list;
    }

    @Test
    void ratingsInCodesOrVietnameseAreRecordedAndAFailedYearDelaysTheStep() throws IOException {
        String an = recruited("Lò Văn Xếp Loại", "2022-03-01");
        String binh = recruited("Kha Văn Tốt", "2022-03-01");
        Path csv = dir.resolve("ratings.csv");
        Files.writeString(
                csv,
                String.join(
                                "\n",
                                HEADER,
                                an + ",2023,Hoàn thành xuất sắc nhiệm vụ,12/QĐ-SNV,20/12/2023,Sở Nội vụ Hà Nội,",
                                an + ",2024,NOT_COMPLETED,15/QĐ-SNV,2024-12-25,Sở Nội vụ Hà Nội,",
                                binh + ",2024,hoàn thành tốt nhiệm vụ,15/QĐ-SNV,2024-12-25,Sở Nội vụ Hà Nội,2025-01-10")
                        + "\n",
                StandardCharsets.UTF_8);
        var applied = hanoi().upload("/api/v1/personnel/imports/ratings", csv);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("created").asInt()).isEqualTo(3);
        JsonNode ratings = evaluations(an);
        assertThat(ratings).hasSize(2);
        assertThat(ratings.get(0).get("rating").asString()).isEqualTo("EXCELLENT");
        assertThat(ratings.get(0).get("decisionNo").asString()).isEqualTo("12/QĐ-SNV");
        assertThat(evaluations(binh).get(0).get("effectiveDate").asString()).isEqualTo("2025-01-10");
        // Step 2 was due 01/03/2025; the failed year 2024 moves it 6 months later.
        JsonNode due = hanoi().get("/api/v1/personnel/due/step-increase?from=2025-09-01&to=2025-09-01")
                .json();
        assertThat(due.toString()).contains("Lò Văn Xếp Loại").doesNotContain("Kha Văn Tốt");

        // The same file again changes nothing.
        var again = hanoi().upload("/api/v1/personnel/imports/ratings", csv);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(3);
        assertThat(evaluations(an)).hasSize(2);
        // Audited: the file, and each event.
        assertThat(jdbc.sql("""
                                SELECT count(*) FROM platform.audit_log
                                WHERE action = 'IMPORT' AND entity = 'personnel.career_event' AND entity_id = 'ratings.csv'""").query(Long.class).single()).isEqualTo(2);

        // Another province cannot rate Hà Nội's people: the same answer as an unknown number.
        var foreign = Api.demo(port, "hcm.editor").upload("/api/v1/personnel/imports/ratings", csv);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Không có hồ sơ với số định danh này trong phạm vi của bạn.");
    }

    @Test
    void aWrongXlsxIsRefusedWholeWithEachErrorByRowAndColumn() throws IOException {
        String chi = recruited("Tòng Thị Sai Sót", "2022-03-01");
        String unknown = "001088999999";
        Path xlsx = dir.resolve("ratings.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("Xếp loại");
            List<List<String>> rows = List.of(
                    List.of(HEADER.split(",")),
                    List.of(chi, "2023", "Hoàn thành nhiệm vụ", "1/QĐ", "2023-12-20", "Sở Nội vụ", ""),
                    List.of(chi, "2023", "Hoàn thành tốt nhiệm vụ", "2/QĐ", "2023-12-21", "Sở Nội vụ", ""),
                    List.of(chi, "25", "Xuất sắc lắm", "3/QĐ", "2025-12-20", "Sở Nội vụ", ""),
                    List.of(unknown, "2024", "GOOD", "4/QĐ", "2024-12-20", "Sở Nội vụ", ""),
                    List.of(chi, "2020", "GOOD", "5/QĐ", "2020-12-20", "Sở Nội vụ", ""),
                    List.of(chi, "2024", "GOOD", "", "2024-12-20", "Sở Nội vụ", ""));
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            wb.write(out);
        }
        var refused = hanoi().upload("/api/v1/personnel/imports/ratings", xlsx);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode errors = refused.json().get("errors");
        assertThat(ImportColumnsIntegrationTests.errorAt(errors, 3, "year")).contains("dòng 2");
        assertThat(ImportColumnsIntegrationTests.errorAt(errors, 4, "year")).contains("\"25\"");
        assertThat(ImportColumnsIntegrationTests.errorAt(errors, 4, "rating")).contains("Xuất sắc lắm");
        assertThat(ImportColumnsIntegrationTests.errorAt(errors, 5, "national_id"))
                .contains("phạm vi của bạn");
        assertThat(ImportColumnsIntegrationTests.errorAt(errors, 7, "decision_no"))
                .contains("không được để trống");
        assertThat(evaluations(chi)).isEmpty();

        // Rows that are right on their own but break a career rule: refused by the events' rules
        // (not employed in 2020), nothing of the file kept.
        Path early = dir.resolve("early.csv");
        Files.writeString(
                early,
                HEADER + "\n" + chi + ",2023,COMPLETED,1/QĐ,2023-12-20,Sở Nội vụ,\n" + chi
                        + ",2020,GOOD,5/QĐ,2020-12-20,Sở Nội vụ,\n",
                StandardCharsets.UTF_8);
        var notEmployed = hanoi().upload("/api/v1/personnel/imports/ratings", early);
        assertThat(notEmployed.status()).as(notEmployed.body()).isEqualTo(422);
        assertThat(ImportColumnsIntegrationTests.errorAt(notEmployed.json().get("errors"), 3, "effective_date"))
                .contains("20/12/2020");
        assertThat(evaluations(chi)).isEmpty();

        // A rating other than the one recorded is a correction, not an import.
        Path first = dir.resolve("first.csv");
        Files.writeString(
                first, HEADER + "\n" + chi + ",2023,COMPLETED,1/QĐ,2023-12-20,Sở Nội vụ,\n", StandardCharsets.UTF_8);
        assertThat(hanoi().upload("/api/v1/personnel/imports/ratings", first).status())
                .isEqualTo(200);
        Path other = dir.resolve("other.csv");
        Files.writeString(
                other, HEADER + "\n" + chi + ",2023,EXCELLENT,9/QĐ,2023-12-28,Sở Nội vụ,\n", StandardCharsets.UTF_8);
        var changed = hanoi().upload("/api/v1/personnel/imports/ratings", other);
        assertThat(changed.status()).isEqualTo(422);
        assertThat(ImportColumnsIntegrationTests.errorAt(changed.json().get("errors"), 2, "rating"))
                .contains("Hoàn thành");

        // The page's form shows the same result in words.
        WebSession web = new WebSession();
        web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/personnel/import").body()).contains("Nhập xếp loại chất lượng hằng năm");
        var page = web.upload(port, "/personnel/import/ratings", "first.csv", Files.readString(first));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("0 xếp loại mới, 1 đã có");
    }
}
