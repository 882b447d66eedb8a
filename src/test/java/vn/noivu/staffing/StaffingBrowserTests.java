package vn.noivu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

@NoiVuIntegrationTest
class StaffingBrowserTests {

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
    void aNationalUserDrillsFromACountryFigureToEachUnitsQuotaAndDecision() throws Exception {
        BrowserSupport.login(driver, port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        driver.get("http://localhost:" + port + "/staffing?baselineYear=2021&year=2026&lang=vi");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // The charts are drawn by staffing.js (no inline script), the ranking lists the provinces.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-staffing-chart][data-drawn]")));
        assertThat(driver.findElements(By.cssSelector("[data-staffing-chart][data-drawn] canvas")))
                .isNotEmpty();
        assertThat(driver.findElement(By.id("province-ranking")).getText())
                .contains("Hồ Chí Minh")
                .contains("Hà Nội");
        Files.createDirectories(Path.of("target"));
        Files.write(
                Path.of("target/staffing-overview.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        // Country figure → the province → the units with their decisions.
        driver.findElement(By.cssSelector("#reduction-table tr[data-category=CIVIL_SERVANT] td:nth-child(2) a"))
                .click();
        WebElement parts = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figure-parts")));
        parts.findElement(By.partialLinkText("Hồ Chí Minh")).click();
        WebElement units = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figure-quotas")));
        assertThat(units.getText())
                .contains("UBND.74.SNV")
                .contains("Quyết định DEMO-2021/QĐ-UBND.74 giao biên chế năm 2021")
                .contains("UBND tỉnh Bình Dương");
        // 3,203 civil servants + 152 commune officials of 2021 (docs/staffing-comparability.md)
        assertThat(driver.findElement(By.id("figure-value")).getText()).isEqualTo("3.355");
    }

    @Test
    void aProvinceEditorImportsAFileAndSeesEachErrorWithItsRow() throws Exception {
        Path file = Files.createTempFile("quotas", ".csv");
        Files.writeString(
                file,
                "org_code,year,category,assigned,actual,legal_basis\n"
                        + "UBND.01.STP,2030,CIVIL_SERVANT,-4,,QĐ 7/QĐ-UBND\n"
                        + "UBND.79.SNV,2030,CIVIL_SERVANT,4,,QĐ 7/QĐ-UBND\n");
        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        driver.get("http://localhost:" + port + "/staffing/quotas?lang=vi");
        driver.findElement(By.cssSelector("#quota-import input[type=file]")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("#quota-import button[type=submit]")).click();
        WebElement result = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-result .import-errors")));
        assertThat(result.getText())
                .contains("Số biên chế không được âm")
                .contains("Không có đơn vị mã \"UBND.79.SNV\" trong phạm vi quản lý của bạn.");
        assertThat(driver.findElement(By.cssSelector("#import-result .alert.error"))
                        .getText())
                .contains("2 lỗi");
    }
}
