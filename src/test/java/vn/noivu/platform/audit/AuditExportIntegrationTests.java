package vn.noivu.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;
import vn.noivu.platform.exports.TableExports;

/** The audit log leaves as lines people read: one per changed field, codes by their names, dates dd/MM/yyyy. */
@NoiVuIntegrationTest
class AuditExportIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aChangedTargetReadsFieldByFieldWithCategoriesByNameAndDatesAsOfficialsWriteThem() throws IOException {
        String basis = "Kế hoạch AUDIT-" + System.nanoTime() + "/KH-UBND";
        String body = """
                {"name":"Hà Nội: giảm biên chế (nhật ký)","scope":"01",
                 "categories":["CIVIL_SERVANT"],"baselineYear":2024,"targetYear":2026,"minimumPercent":3,
                 "legalBasis":"%s","issuedOn":"2024-02-05","issuer":"UBND thành phố Hà Nội"}""".formatted(basis);
        Api editor = Api.demo(port, "hanoi.editor");
        Api.Response created = editor.post("/api/v1/staffing/targets", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response changed = editor.put(
                "/api/v1/staffing/targets/" + id,
                body.replace("\"minimumPercent\":3", "\"minimumPercent\":5").replace("2024-02-05", "2024-03-10"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        WebSession admin = new WebSession();
        admin.login(port, "bnv.admin", TestUsers.DEMO_PASSWORD);
        byte[] xlsx = admin.download(port, "/admin/audit?entity=staffing.target&entityId=" + id + "&format=xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(TableExports.HEADER_ROW);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Thay đổi");
            assertThat(header.getCell(6).getStringCellValue()).startsWith("Trạng thái gốc");
            List<String> changes = new ArrayList<>();
            List<String> raw = new ArrayList<>();
            for (int r = TableExports.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(5) != null) {
                    changes.add(row.getCell(5).getStringCellValue());
                    raw.add(row.getCell(6).getStringCellValue());
                }
            }
            assertThat(changes).hasSize(2);
            // newest first: the update, one line per field that changed, dates as dd/MM/yyyy
            List<String> update = List.of(changes.get(0).split("\n"));
            assertThat(update).hasSize(2).contains("Ngày ban hành: 05/02/2024 → 10/03/2024");
            assertThat(update)
                    .anySatisfy(line -> assertThat(line).matches("Tỷ lệ tối thiểu \\(%\\): 3(\\.0+)? → 5(\\.0+)?"));
            // the creation: every field given, the category by its name
            assertThat(changes.get(1))
                    .contains("Loại biên chế: Biên chế công chức")
                    .contains("Ngày ban hành: 05/02/2024")
                    .doesNotContain("CIVIL_SERVANT")
                    .doesNotContain("{");
            // programs still find the states as stored
            assertThat(raw.get(0)).contains("\"minimumPercent\"").contains("2024-03-10");
        }

        // The page reads the same way, the stored JSON folded away under its own label.
        String page = admin.get(port, "/admin/audit?entity=staffing.target&entityId=" + id)
                .body();
        assertThat(page)
                .contains("Ngày ban hành: 05/02/2024 → 10/03/2024")
                .contains("Loại biên chế: Biên chế công chức")
                .contains("Trạng thái gốc");
    }

    @Test
    void aRestructuringReadsWithItsKindAndTheNewUnitsTypeByName() throws IOException {
        String code = "UBND.01.TA" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        Api.Response created =
                Api.demo(port, "hanoi.editor").post("/api/v1/organizations/restructurings", """
                        {"kind":"ESTABLISH","effectiveDate":"2031-04-01","predecessors":[],
                         "successors":[{"code":"%s","name":"Sở Nhật Ký","type":"PROVINCIAL_DEPARTMENT","parentCode":"UBND.01"}],
                         "legalBasis":"98/QĐ-TEST"}""".formatted(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        WebSession admin = new WebSession();
        admin.login(port, "bnv.admin", TestUsers.DEMO_PASSWORD);
        byte[] xlsx =
                admin.download(port, "/admin/audit?entity=organization-restructuring&entityId=" + id + "&format=xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            String change = sheet.getRow(TableExports.HEADER_ROW + 1).getCell(5).getStringCellValue();
            assertThat(change)
                    .contains("Hình thức: Thành lập")
                    .contains("Ngày hiệu lực: 01/04/2031")
                    .contains("Sở Nhật Ký")
                    .contains("Sở và tương đương")
                    .doesNotContain("PROVINCIAL_DEPARTMENT")
                    .doesNotContain("ESTABLISH")
                    .doesNotContain("{");
        }
    }
}
