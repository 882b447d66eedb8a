package vn.noivu.platform.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * The lists reached by clicking a figure, and a unit's children, leave with the user: each page offers
 * its list as a workbook with a title block, and the workbook read back holds the rows and totals the
 * page shows — one list per module, and the scope still holds for the files.
 */
@NoiVuIntegrationTest
class DrillDownExportsIntegrationTests {

    private static final DataFormatter VI = new DataFormatter(Locale.forLanguageTag("vi"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommunesEndedByThe2025ReformLeaveWhole() throws IOException {
        WebSession web = viewer("bnv.viewer");
        String list = "/admin-units/changes/units?from=2025-06-30&to=2025-07-01&level=commune&which=abolished";
        String page = web.get(port, list + "&lang=vi").body();
        assertThat(page).contains("class=\"export-xlsx\"");
        int ended = jdbc.sql("""
                        SELECT count(DISTINCT unit_id) FROM adminunit.unit_version
                        WHERE level = 'commune' AND valid_from <= DATE '2025-06-30'
                          AND (valid_to IS NULL OR valid_to > DATE '2025-06-30')
                          AND unit_id NOT IN (SELECT unit_id FROM adminunit.unit_version
                                              WHERE valid_from <= DATE '2025-07-01'
                                                AND (valid_to IS NULL OR valid_to > DATE '2025-07-01'))""").query(Integer.class).single();
        assertThat(ended).as("the demo's reform ended communes").isGreaterThan(100);
        try (XSSFWorkbook wb = workbook(web, list + "&format=xlsx&lang=vi")) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).startsWith("Đơn vị Cấp xã chấm dứt");
            assertThat(text(sheet, 1, 0)).isEqualTo("Phạm vi: Toàn quốc");
            // every ended commune, not the page's first hundred, then the count
            assertThat(dataRows(sheet)).hasSize(ended + 1);
            List<List<String>> shown = rows(page, "changed-units");
            Row first = sheet.getRow(TableExports.HEADER_ROW + 1);
            assertThat(VI.formatCellValue(first.getCell(0)))
                    .isEqualTo(shown.get(0).get(0));
            assertThat(VI.formatCellValue(first.getCell(1)))
                    .isEqualTo(shown.get(0).get(1));
            // the kind and the successors by name, as on the page
            assertThat(VI.formatCellValue(first.getCell(4)))
                    .isEqualTo(shown.get(0).get(4));
            assertThat(VI.formatCellValue(first.getCell(5)))
                    .isEqualTo(shown.get(0).get(5))
                    .matches(".*\\p{L}{3,}.*");
        }
    }

    @Test
    void aProvincePageListsItsChildrenByLevelWithCountsAndExportsThem() throws IOException {
        WebSession web = viewer("bnv.viewer");
        String unit = "/admin-units/01?asOf=2025-06-30";
        String page = web.get(port, unit + "&lang=vi").body();
        List<List<String>> shown = rows(page, "unit-children");
        int districts = jdbc.sql("""
                        SELECT count(*) FROM adminunit.unit_version WHERE parent_code = '01'
                          AND valid_from <= DATE '2025-06-30' AND (valid_to IS NULL OR valid_to > DATE '2025-06-30')""").query(Integer.class).single();
        assertThat(shown).hasSize(districts).isNotEmpty();
        assertThat(page).contains("id=\"unit-children-counts\"").contains("Cấp huyện: ");
        try (XSSFWorkbook wb = workbook(web, unit + "&format=xlsx&lang=vi")) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).startsWith("Đơn vị trực thuộc Thành phố Hà Nội ngày 30/06/2025");
            Row first = sheet.getRow(TableExports.HEADER_ROW + 1);
            assertThat(shown.get(0).get(0)).startsWith(VI.formatCellValue(first.getCell(0)));
            // how many units hang under each child, as the page says
            assertThat(VI.formatCellValue(first.getCell(4)))
                    .isEqualTo(shown.get(0).get(3));
            Row total = sheet.getRow(TableExports.HEADER_ROW + 1 + districts);
            assertThat(VI.formatCellValue(total.getCell(0))).isEqualTo("Tổng cộng");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(districts);
        }
    }

    @Test
    void theOrganisationsBehindAFigureLeaveWithTheirNames() throws IOException {
        WebSession web = viewer("hanoi.viewer");
        String list = "/organizations/changes/units?from=2015-01-01&to=2026-01-01&measure=abolished";
        String page = web.get(port, list + "&lang=vi").body();
        List<List<String>> shown = rows(page, "org-change-units");
        assertThat(shown).isNotEmpty();
        try (XSSFWorkbook wb = workbook(web, list + "&format=xlsx&lang=vi")) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 1, 0)).startsWith("Phạm vi: ").contains("Hà Nội");
            assertThat(dataRows(sheet)).hasSize(shown.size() + 1);
            Row first = sheet.getRow(TableExports.HEADER_ROW + 1);
            assertThat(VI.formatCellValue(first.getCell(0)))
                    .isEqualTo(shown.get(0).get(1));
            assertThat(VI.formatCellValue(first.getCell(1)))
                    .isEqualTo(shown.get(0).get(2));
            assertThat(VI.formatCellValue(first.getCell(2)))
                    .isEqualTo(shown.get(0).get(0));
        }
        // another province's units do not leave through the file either
        assertThat(web.get(port, list + "&scope=UBND.79&format=xlsx").status()).isEqualTo(404);
    }

    @Test
    void anOrganisationPageListsItsSubUnitsWithTheirQuotaAndPeople() throws IOException {
        WebSession web = viewer("hanoi.viewer");
        String unit = "/organizations/units/UBND.01";
        String page = web.get(port, unit + "?lang=vi").body();
        assertThat(page).contains("Biên chế được giao năm").contains("Số CBCCVC đang công tác");
        List<List<String>> shown = rows(page, "org-children");
        assertThat(shown).isNotEmpty();
        List<String> totals = footer(page, "org-children");
        try (XSSFWorkbook wb = workbook(web, unit + "?format=xlsx&lang=vi")) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, TableExports.HEADER_ROW, 3)).startsWith("Biên chế được giao năm");
            assertThat(text(sheet, TableExports.HEADER_ROW, 4)).isEqualTo("Số CBCCVC đang công tác");
            Row total = sheet.getRow(TableExports.HEADER_ROW + 1 + shown.size());
            assertThat(VI.formatCellValue(total.getCell(3))).isEqualTo(totals.get(2));
            assertThat(VI.formatCellValue(total.getCell(4))).isEqualTo(totals.get(3));
            assertThat(total.getCell(3).getNumericCellValue()).isPositive();
            assertThat(total.getCell(4).getNumericCellValue()).isPositive();
        }
        assertThat(web.get(port, "/organizations/units/UBND.79?format=xlsx").status())
                .isEqualTo(404);
    }

    @Test
    void aStaffingFigureLeavesWithEveryQuotaBehindIt() throws IOException {
        WebSession web = viewer("hanoi.viewer");
        String figure =
                "/staffing/figure?scope=UBND.01&baselineYear=2015&year=2025&category=CIVIL_SERVANT&side=current";
        String page = web.get(port, figure + "&lang=vi").body();
        long partsCurrent = rows(page, "figure-parts").stream()
                .mapToLong(r -> Long.parseLong(r.get(2).replace(".", "")))
                .sum();
        String quotasCounted = footer(page, "figure-quotas").get(2);
        try (XSSFWorkbook wb = workbook(web, figure + "&format=xlsx&lang=vi")) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet parts = wb.getSheetAt(0);
            assertThat(text(parts, 1, 0)).isEqualTo("Phạm vi: Ủy ban nhân dân thành phố Hà Nội");
            assertThat(lastRow(parts).getCell(2).getNumericCellValue()).isEqualTo(partsCurrent);
            Sheet quotas = wb.getSheetAt(1);
            assertThat(VI.formatCellValue(lastRow(quotas).getCell(3))).isEqualTo(quotasCounted);
            assertThat(lastRow(quotas).getCell(3).getNumericCellValue()).isPositive();
        }
        assertThat(web.get(port, figure.replace("UBND.01", "UBND.79") + "&format=xlsx")
                        .status())
                .isIn(403, 404);
    }

    @Test
    void theHeadcountByProvinceNamesEachProvinceOnThePageAndInTheWorkbook() throws IOException {
        WebSession web = viewer("bnv.viewer");
        String list = "/personnel/headcount?by=province&asOf=2026-01-01";
        String page = web.get(port, list + "&lang=vi").body();
        List<List<String>> shown = rows(page, "headcount-table");
        assertThat(shown).isNotEmpty();
        // a province by its name with the GSO code beside it, never a bare "01"
        assertThat(shown).allSatisfy(r -> assertThat(r.get(0)).matches("(Trung ương|.*\\p{L}{2,}.*)"));
        try (XSSFWorkbook wb = workbook(web, list + "&format=xlsx&lang=vi")) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(dataRows(sheet)).hasSize(shown.size() + 1);
            Row first = sheet.getRow(TableExports.HEADER_ROW + 1);
            assertThat(shown.get(0).get(0)).contains(VI.formatCellValue(first.getCell(0)));
            assertThat(VI.formatCellValue(first.getCell(1)))
                    .isEqualTo(shown.get(0).get(1));
            assertThat(VI.formatCellValue(first.getCell(2)))
                    .isEqualTo(shown.get(0).get(2));
        }
    }

    private WebSession viewer(String username) {
        WebSession web = new WebSession();
        assertThat(web.login(port, username, TestUsers.DEMO_PASSWORD).status()).isEqualTo(302);
        return web;
    }

    private XSSFWorkbook workbook(WebSession web, String path) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(web.download(port, path)));
    }

    private static String text(Sheet sheet, int row, int col) {
        return VI.formatCellValue(sheet.getRow(row).getCell(col));
    }

    /** Rows below the header up to the first empty one: the data and the totals row. */
    private static List<Row> dataRows(Sheet sheet) {
        List<Row> out = new ArrayList<>();
        for (int r = TableExports.HEADER_ROW + 1; sheet.getRow(r) != null; r++) {
            out.add(sheet.getRow(r));
        }
        return out;
    }

    private static Row lastRow(Sheet sheet) {
        List<Row> rows = dataRows(sheet);
        return rows.get(rows.size() - 1);
    }

    /** The cells of a page's table body, each as the text a person reads. */
    static List<List<String>> rows(String html, String tableId) {
        return cells(section(html, tableId, "tbody"));
    }

    static List<String> footer(String html, String tableId) {
        return cells(section(html, tableId, "tfoot")).get(0);
    }

    private static String section(String html, String tableId, String part) {
        int table = html.indexOf("id=\"" + tableId + "\"");
        assertThat(table).as(tableId).isPositive();
        int start = html.indexOf("<" + part + ">", table);
        return html.substring(start, html.indexOf("</" + part + ">", start));
    }

    private static List<List<String>> cells(String body) {
        List<List<String>> rows = new ArrayList<>();
        Matcher tr = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(body);
        while (tr.find()) {
            List<String> row = new ArrayList<>();
            Matcher td = Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(tr.group(1));
            while (td.find()) {
                row.add(td.group(1)
                        .replaceAll("(?s)<[^>]*>", " ")
                        .replace("&amp;", "&")
                        .replaceAll("\\s+", " ")
                        .strip());
            }
            rows.add(row);
        }
        return rows;
    }
}
