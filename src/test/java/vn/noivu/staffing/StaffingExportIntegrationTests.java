package vn.noivu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/** Exports are real workbooks (headers, number formats, totals) and CSV, read back here; each is audited. */
@NoiVuIntegrationTest
class StaffingExportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reductionWorkbookHasHeadersFormatsAndTotals() throws IOException {
        long audits = jdbc.sql(
                        "SELECT count(*) FROM platform.audit_log WHERE action = 'EXPORT' AND entity = 'staffing.reduction'")
                .query(Long.class)
                .single();
        Api.Response r = Api.demo(port, "bnv.viewer")
                .get("/api/v1/staffing/reduction/export?scope=UBND.79.TPTD&baselineYear=2015&year=2021&format=xlsx");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(r.header("Content-Disposition")).contains("giam-bien-che-UBND.79.TPTD-2015-2021.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("Thủ Đức")
                    .contains("2015");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Loại biên chế");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Tỷ lệ giảm (%)");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            Row civil = sheet.getRow(3);
            assertThat(civil.getCell(1).getStringCellValue()).isEqualTo("CIVIL_SERVANT");
            assertThat(civil.getCell(2).getNumericCellValue()).isEqualTo(294);
            assertThat(civil.getCell(3).getNumericCellValue()).isEqualTo(237);
            assertThat(civil.getCell(4).getNumericCellValue()).isEqualTo(-57);
            assertThat(civil.getCell(5).getNumericCellValue()).isEqualTo(19.39);
            assertThat(civil.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(civil.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            Row total = sheet.getRow(3 + 6);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng các loại tính vào biên chế");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(294);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(19.39);

            Sheet parts = wb.getSheetAt(1);
            Row last = parts.getRow(parts.getLastRowNum());
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            double sum = 0;
            for (int i = 1; i < parts.getLastRowNum(); i++) {
                sum += parts.getRow(i).getCell(2).getNumericCellValue();
            }
            assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(sum).isEqualTo(294);
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_log WHERE action = 'EXPORT' AND entity = 'staffing.reduction'")
                        .query(Long.class)
                        .single())
                .isEqualTo(audits + 1);
    }

    @Test
    void quotaWorkbookTotalsAssignedAndActualWithAFormula() throws IOException {
        Api.Response r = Api.demo(port, "hcm.editor")
                .get("/api/v1/staffing/quotas/export?scope=UBND.79.TPTD&year=2021&category=CIVIL_SERVANT&format=xlsx");
        assertThat(r.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            int header = 6;
            assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            // header, 12 offices of Thủ Đức, total
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 13);
            Cell assigned = sheet.getRow(header + 13).getCell(4);
            assertThat(assigned.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(assigned.getCellFormula()).isEqualTo("SUM(E8:E19)");
            assertThat(assigned.getNumericCellValue()).isEqualTo(237);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(assigned.getNumericCellValue()).isEqualTo(237);
            assertThat(sheet.getRow(header + 1).getCell(7).getCellStyle().getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
            assertThat(sheet.getRow(header + 1).getCell(3).getStringCellValue())
                    .isNotEqualTo("CIVIL_SERVANT")
                    .contains("ông chức");
        }
    }

    @Test
    void theQuotaPageExportHasTheTitleBlockOfEveryExport() throws IOException {
        vn.noivu.WebSession web = new vn.noivu.WebSession();
        web.login(port, "hcm.editor", vn.noivu.TestUsers.DEMO_PASSWORD);
        byte[] xlsx = web.download(port, "/staffing/quotas/export?scope=UBND.79.TPTD&year=2021&format=xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Biên chế được giao — ")
                    .contains("Thủ Đức");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .startsWith("Phạm vi: ")
                    .contains("Thủ Đức");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Thời điểm, thời kỳ: Năm 2021");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).startsWith("Nguồn: NoiVu");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
                    .startsWith("Xuất lúc: ")
                    .contains(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).startsWith("UBND.79.TPTD");
        }
    }

    @Test
    void reductionCsvLinesAreMachineReadable() {
        Api.Response r = Api.demo(port, "bnv.viewer")
                .get("/api/v1/staffing/reduction/export?scope=UBND.79.TPTD&baselineYear=2015&year=2021&format=csv");
        String csv = new String(r.bytes(), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith(
                        "\uFEFFscope,part_code,part_name,category,baseline_year,year,baseline,current,change,reduction_percent");
        assertThat(csv).contains("UBND.79.TPTD,,,CIVIL_SERVANT,2015,2021,294,237,-57,19.39");
        assertThat(csv).contains("UBND.79.TPTD,,,TOTAL,2015,2021,294,237,-57,19.39");
        assertThat(Api.demo(port, "bnv.viewer")
                        .get("/api/v1/staffing/reduction/export?format=pdf")
                        .status())
                .isEqualTo(422);
    }
}
