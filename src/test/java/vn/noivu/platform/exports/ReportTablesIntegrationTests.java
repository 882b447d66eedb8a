package vn.noivu.platform.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/** Every report page offers its table as a workbook and as CSV, with the figures the page shows. */
@NoiVuIntegrationTest
class ReportTablesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void everyReportPageExportsItsTable() throws IOException {
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        for (String page : new String[] {
            "/staffing?baselineYear=2015&year=2025",
            "/admin-units?asOf=2025-07-01",
            "/admin-units/changes?from=2025-06-30&to=2025-07-01",
            "/organizations",
            "/organizations/changes?from=2015-01-01",
            "/personnel?category=CIVIL_SERVANT",
            "/personnel/due?kind=retirement&from=2026-01-01&to=2026-12-31",
            "/personnel/headcount?by=province"
        }) {
            String html = web.get(port, page).body();
            assertThat(html).as(page).contains("class=\"export-xlsx\"");
            byte[] xlsx = web.download(port, page + (page.contains("?") ? "&" : "?") + "format=xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                        .as(page)
                        .startsWith("Phạm vi: ");
                assertThat(sheet.getRow(TableExports.HEADER_ROW).getCell(0).getStringCellValue())
                        .as(page)
                        .isNotBlank();
            }
            String csv = new String(
                    web.download(port, page + (page.contains("?") ? "&" : "?") + "format=csv-excel"),
                    StandardCharsets.UTF_8);
            assertThat(csv).as(page).startsWith("\uFEFF").contains(";");
        }
    }

    @Test
    void theAuditLogLeavesWithItsFilter() throws IOException {
        WebSession web = new WebSession();
        web.login(port, "bnv.admin", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/admin/audit?action=LOGIN_SUCCESS").body()).contains("class=\"export-xlsx\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(
                new ByteArrayInputStream(web.download(port, "/admin/audit?action=LOGIN_SUCCESS&format=xlsx")))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThan(TableExports.HEADER_ROW);
            assertThat(sheet.getRow(TableExports.HEADER_ROW + 1).getCell(1).getStringCellValue())
                    .isNotBlank();
        }
    }

    @Test
    void theStaffingWorkbookHoldsTheFiguresOfThePageWithSupportContractsOutsideTheTotal() throws IOException {
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        String page =
                web.get(port, "/staffing?baselineYear=2015&year=2025&lang=vi").body();
        Matcher m = Pattern.compile(
                        "id=\"reduction-total\">\\s*<td>.*?</td>\\s*<td class=\"num\">([^<]*)</td>\\s*<td class=\"num\">([^<]*)</td>",
                        Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        String total = m.group(2);
        byte[] xlsx = web.download(port, "/staffing?baselineYear=2015&year=2025&format=xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
            Row totalRow = null;
            Row outsideLabel = null;
            for (Row r : sheet) {
                if (r.getCell(0) == null) {
                    continue;
                }
                String label = r.getCell(0).getStringCellValue();
                if (label.equals("Tổng các loại tính vào biên chế")) {
                    totalRow = r;
                }
                if (label.startsWith("Ngoài tổng biên chế")) {
                    outsideLabel = r;
                }
            }
            assertThat(totalRow).isNotNull();
            assertThat(f.formatCellValue(totalRow.getCell(2))).isEqualTo(total);
            assertThat(outsideLabel).isNotNull();
            assertThat(outsideLabel.getRowNum()).isGreaterThan(totalRow.getRowNum());
            assertThat(sheet.getRow(outsideLabel.getRowNum() + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Hợp đồng lao động làm công việc hỗ trợ, phục vụ");
        }
    }

    @Test
    void theAdministrativeUnitChangesOpenOnTheLastReformAndExplainIt() {
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/admin-units/changes?lang=vi").body();
        assertThat(page).contains("value=\"2025-06-30\"").contains("value=\"2025-07-01\"");
        assertThat(page).contains("id=\"reform-picker\"");
        Matcher province = Pattern.compile("id=\"reform-province\">([^<]*)<").matcher(page);
        assertThat(province.find()).isTrue();
        assertThat(province.group(1))
                .isEqualTo("Cấp tỉnh: 63 → 34 — 23 đơn vị hình thành từ 52 đơn vị, 11 đơn vị giữ nguyên.");
        int start = page.indexOf("id=\"ended-not-dissolved\"");
        assertThat(start).isPositive();
        // 696 districts ended on 1/7/2025, 691 of them dissolved: the five island districts without communes
        String explained = page.substring(start, page.indexOf("</div>", start));
        assertThat(explained)
                .contains("696 đơn vị chấm dứt, 691 có bản ghi giải thể")
                .contains("Huyện Bạch Long Vĩ")
                .contains("Huyện Cồn Cỏ")
                .contains("Huyện Hoàng Sa")
                .contains("Huyện Lý Sơn")
                .contains("Huyện Côn Đảo");
        assertThat(web.get(port, "/admin-units?asOf=2001-01-01&lang=vi").body()).contains("id=\"before-coverage\"");
    }

    @Test
    void aProvinceScopeDoesNotRankTheProvinceAmongItsOwnParts() {
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/staffing?scope=UBND.01&baselineYear=2015&year=2025&lang=vi")
                .body();
        // The headline says 11,12 %; the posts of the people's committee itself (292 → 0) are a part of
        // the province, labelled as such, not "Hà Nội" ranked first at 100 %.
        assertThat(page).contains("11,12 %").doesNotContain("id=\"province-ranking\"");
        assertThat(page).contains("Ủy ban nhân dân thành phố Hà Nội — biên chế giao trực tiếp cho cơ quan");
    }
}
