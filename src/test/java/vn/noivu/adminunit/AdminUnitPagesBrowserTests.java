package vn.noivu.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/** The pages that matter, as a provincial viewer (one browser for the class) and a national editor use them. */
@NoiVuIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUnitPagesBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void signIn() {
        browser = BrowserSupport.chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        BrowserSupport.login(browser, port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
    }

    @AfterAll
    void close() {
        browser.quit();
    }

    @Test
    void theTreeShowsCountsAndLoadsChildrenOnlyWhenAUnitIsOpened() {
        browser.get(url("/admin-units?asOf=2025-06-30"));
        assertThat(browser.findElement(By.cssSelector("#count-province .figure-value"))
                        .getText())
                .isEqualTo("63");
        assertThat(browser.findElement(By.cssSelector("#count-commune .figure-value"))
                        .getText())
                .isEqualTo("10.035");
        // Only the 63 provinces are on the page; no commune is rendered before it is asked for.
        assertThat(browser.findElements(By.cssSelector("#adminunit-root li"))).hasSize(63);
        WebElement hanoi = browser.findElement(By.id("node-01"));
        hanoi.findElement(By.tagName("summary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("node-001")));
        assertThat(browser.findElement(By.id("node-001")).getText()).contains("Quận Ba Đình");
        browser.findElement(By.cssSelector("#node-001 summary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("node-00001")));
        assertThat(browser.findElement(By.id("node-00001")).getText()).contains("Phường Phúc Xá");
    }

    @Test
    void searchFindsHanoiWithoutDiacriticsAndTheUnitPageShowsItsLineage() {
        browser.get(url("/admin-units?asOf=2025-07-01"));
        browser.findElement(By.id("search-q")).sendKeys("hanoi");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-table tbody tr")));
        assertThat(browser.findElement(By.cssSelector("#search-table tbody tr")).getText())
                .contains("Thành phố Hà Nội");

        browser.get(url("/admin-units/00004?asOf=2025-07-01"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Phường Ba Đình");
        assertThat(browser.findElements(By.cssSelector("#unit-predecessors li")))
                .hasSize(10);
        assertThat(browser.findElement(By.id("unit-changes")).getText())
                .contains("Sáp nhập")
                .contains("1656/NQ-UBTVQH15");
    }

    @Test
    void whatChangedAcrossTheReformDrillsDownToUnitsAndDecisions() {
        browser.get(url("/admin-units/changes?from=2025-06-30&to=2025-07-01"));
        WebElement provinces = browser.findElement(By.id("delta-province"));
        assertThat(provinces.getText()).contains("63").contains("34").contains("-29");
        provinces.findElement(By.cssSelector("a.created")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("changed-units")));
        assertThat(browser.findElements(By.cssSelector("#changed-units tbody tr")))
                .hasSize(23);
        assertThat(browser.findElement(By.id("changed-units")).getText())
                .contains("Tỉnh Lào Cai")
                .contains("202/2025/QH15");
    }

    @Test
    void aProvincialViewerSeesNoImportForm() {
        browser.get(url("/admin-units/imports"));
        assertThat(browser.findElements(By.id("import-form"))).isEmpty();
        assertThat(browser.findElement(By.id("import-batches")).getText()).contains("units-2021.csv");
    }

    @Test
    void aNationalEditorUploadsAFileAndSeesItsErrorsByRowAndColumn() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bad-snapshot", ".csv");
        java.nio.file.Files.writeString(
                file,
                "code,name,full_name,level,type,parent_code\n"
                        + "01,Hà Nội,Thành phố Hà Nội,province,Thành phố Trung ương,\n"
                        + "00004,Ba Đình,Phường Ba Đình,commune,Phường,02\n");
        WebDriver editor = BrowserSupport.chromium();
        try {
            BrowserSupport.login(editor, port, "bnv.editor", TestUsers.DEMO_PASSWORD);
            editor.get(url("/admin-units/imports"));
            new org.openqa.selenium.support.ui.Select(editor.findElement(By.id("kind"))).selectByValue("snapshot");
            editor.findElement(By.id("effectiveDate")).sendKeys("01012031");
            editor.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            editor.findElement(By.cssSelector("#import-form button[type=submit]"))
                    .click();
            new WebDriverWait(editor, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
            assertThat(editor.findElement(By.id("import-refused")).getText()).contains("bị từ chối");
            assertThat(editor.findElement(By.id("import-errors")).getText())
                    .contains("parent_code")
                    .contains("Không có đơn vị cấp trên mã 02");
        } finally {
            editor.quit();
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
