package vn.noivu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.platform.exports.TableExports;

/**
 * A Ministry analyst preparing the annual review: from the home page to each conference table, and
 * from there to a workbook that holds the figures the page shows.
 */
@NoiVuIntegrationTest
class ConferenceFiguresBrowserTests {

    @LocalServerPort
    int port;

    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = BrowserSupport.chromium();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void anAnalystReachesEachConferenceTableFromTheHomePageAndExportsItsFigures() throws Exception {
        BrowserSupport.login(driver, port, "bnv.viewer", TestUsers.DEMO_PASSWORD);

        // Staffing reduction since 2015 by category.
        home();
        String homeTotal2015 =
                rowCells(driver.findElement(By.id("home-staffing-2015")), "Tổng các loại tính vào biên chế");
        driver.findElement(By.cssSelector("#home-staffing-2015 h2 a")).click();
        List<String> total = texts(driver.findElements(By.cssSelector("#reduction-total td")));
        assertThat(total.get(1)).isNotBlank();
        assertThat(homeTotal2015).contains(total.get(1)).contains(total.get(2));
        Sheet staffing = workbook().getSheetAt(0);
        Row staffingTotal = row(staffing, "Tổng các loại tính vào biên chế");
        assertThat(number(staffingTotal.getCell(1))).isEqualTo(total.get(1));
        assertThat(number(staffingTotal.getCell(2))).isEqualTo(total.get(2));
        assertThat(number(staffingTotal.getCell(3))).isEqualTo(total.get(3));
        List<String> civil =
                texts(driver.findElements(By.cssSelector("#reduction-table tr[data-category=CIVIL_SERVANT] td")));
        Row civilRow = row(staffing, "   Biên chế công chức");
        assertThat(number(civilRow.getCell(1))).isEqualTo(civil.get(1));
        assertThat(number(civilRow.getCell(2))).isEqualTo(civil.get(2));

        // Organisations reduced by type since 2015.
        home();
        driver.findElement(By.cssSelector("#home-organizations h2 a")).click();
        List<String> orgTotal = texts(driver.findElements(By.cssSelector("#org-changes tfoot td")));
        Sheet organizations = workbook().getSheetAt(0);
        Row orgRow = row(organizations, "Tổng cộng");
        assertThat(number(orgRow.getCell(1))).isEqualTo(orgTotal.get(1));
        assertThat(number(orgRow.getCell(9))).isEqualTo(orgTotal.get(9));
        assertThat(orgTotal.get(1)).isNotEqualTo("0");

        // Provinces and communes before and after 1/7/2025.
        home();
        driver.findElement(By.cssSelector("#home-admin-units h2 a")).click();
        assertThat(driver.getCurrentUrl()).contains("from=2025-06-30").contains("to=2025-07-01");
        List<String> provinces = texts(driver.findElements(By.cssSelector("#delta-province td")));
        List<String> communes = texts(driver.findElements(By.cssSelector("#delta-commune td")));
        assertThat(provinces.subList(1, 3)).containsExactly("63", "34");
        Sheet units = workbook().getSheetAt(0);
        Row p = row(units, "Cấp tỉnh");
        Row c = row(units, "Cấp xã");
        assertThat(number(p.getCell(1))).isEqualTo(provinces.get(1));
        assertThat(number(p.getCell(2))).isEqualTo(provinces.get(2));
        assertThat(number(c.getCell(1))).isEqualTo(communes.get(1));
        assertThat(number(c.getCell(2))).isEqualTo(communes.get(2));
    }

    private void home() {
        driver.get("http://localhost:" + port + "/?lang=vi");
    }

    /** The page's XLSX, fetched with the browser's session as its export link would. */
    private XSSFWorkbook workbook() throws Exception {
        String href = driver.findElement(By.cssSelector(".export-links a.export-xlsx"))
                .getAttribute("href");
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(TableExports.XLSX.toString());
        return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
    }

    private static Row row(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell first = r.getCell(0);
            if (r.getRowNum() > TableExports.HEADER_ROW
                    && first != null
                    && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    /** A number cell as the page writes it in Vietnamese (2.998; −375). */
    private static String number(Cell cell) {
        long v = Math.round(cell.getNumericCellValue());
        String digits = String.format(java.util.Locale.ROOT, "%,d", Math.abs(v)).replace(',', '.');
        return (v < 0 ? "-" : "") + digits;
    }

    private static String rowCells(WebElement table, String label) {
        return table.findElements(By.cssSelector("tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static List<String> texts(List<WebElement> cells) {
        return cells.stream().map(e -> e.getText().trim()).toList();
    }
}
