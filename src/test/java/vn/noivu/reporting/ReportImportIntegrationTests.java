package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.put;
import static vn.noivu.reporting.ReportingTestData.report;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * A report filled in the exported XLSX comes back with the same numbers; a file with a wrong cell is
 * refused whole, naming the sheet, cell, row and column.
 */
@NoiVuIntegrationTest
class ReportImportIntegrationTests {

    static final String FORM = "CBCC-01.N/NV";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void theExportedWorkbookImportsBackWithTheSameNumbersAndABrokenOneIsRefusedWhole() throws Exception {
        Api editor = Api.demo(port, "hcm.editor");
        String path = report(FORM, "2025", "UBND.79");
        Api.Response created = put(editor, FORM, "2025", "UBND.79", "{}", null);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode before = created.json().get("values");

        Api.Response exported = editor.getAny(path + "/export");
        assertThat(exported.status()).isEqualTo(200);
        Path file = dir.resolve("report.xlsx");
        Files.write(file, exported.bytes());
        Api.Response imported = editor.upload(path + "/import", file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("values")).isEqualTo(before);

        Path broken = dir.resolve("broken.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported.bytes()));
                OutputStream out = Files.newOutputStream(broken)) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.getRow(12).getCell(2).setCellValue("mười");
            sheet.getRow(13).getCell(1).setCellValue("99");
            wb.write(out);
        }
        Api.Response refused = editor.upload(path + "/import", broken);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).anyMatch(f -> f.endsWith("!C13")).anyMatch(f -> f.endsWith("!B14"));
        assertThat(refused.body()).contains("dòng 01, cột 1").contains("mã số 99");
        assertThat(editor.get(path).json().get("values")).as("nothing imported").isEqualTo(before);

        Path garbage = dir.resolve("garbage.xlsx");
        Files.writeString(garbage, "not a workbook");
        assertThat(editor.upload(path + "/import", garbage).status()).isEqualTo(422);
        assertThat(Api.demo(port, "hanoi.editor").upload(path + "/import", file).status())
                .as("another province's report")
                .isEqualTo(403);

        // Each upload is a line of the shared import history, seen by the province that made it.
        List<String> lines = new ArrayList<>();
        editor.get("/api/v1/imports?module=reporting")
                .json()
                .forEach(e -> lines.add(
                        e.get("filename").asString() + " " + e.get("applied").asBoolean() + " "
                                + e.get("errors").asInt() + " " + e.get("kind").asString()));
        assertThat(lines)
                .contains("report.xlsx true 0 " + FORM, "garbage.xlsx false 1 " + FORM)
                .anyMatch(l -> l.startsWith("broken.xlsx false ") && !l.startsWith("broken.xlsx false 1 "));
        assertThat(Api.demo(port, "hanoi.editor")
                        .get("/api/v1/imports?module=reporting")
                        .body())
                .doesNotContain("broken.xlsx");
    }
}
