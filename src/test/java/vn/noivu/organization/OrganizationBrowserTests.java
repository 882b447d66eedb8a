package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/** The pages that matter, as a Hà Nội user clicks through them in a real browser. */
@NoiVuIntegrationTest
class OrganizationBrowserTests {

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
    void aProvinceUserBrowsesTheTreeTheOrgChartAUnitAndImportsAFileWithProgress() throws Exception {
        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        driver.get("http://localhost:" + port + "/organizations?asOf=2020-06-30");
        assertThat(driver.findElement(By.id("org-counts")).getText()).contains("UBND cấp huyện");
        assertThat(driver.findElement(By.id("org-tree")).getText()).doesNotContain("Hồ Chí Minh");

        driver.get("http://localhost:" + port + "/organizations/chart?asOf=2020-06-30");
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#org-chart canvas")));

        driver.get("http://localhost:" + port + "/organizations/units/UBND.01.SLDTBXH.LDVL");
        assertThat(driver.findElement(By.id("org-history")).getText())
                .contains("01/03/2025")
                .contains("Sở Nội vụ thành phố Hà Nội");

        driver.get("http://localhost:" + port + "/organizations/imports");
        Path file = Files.createTempFile("units", ".csv");
        Files.writeString(file, """
                code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis
                %s,,PROVINCIAL_DEPARTMENT,UBND.01,,2030-01-01,,1/QĐ
                """.formatted(OrgTestData.code("UBND.01")));
        driver.findElement(By.id("org-import-file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("#org-import-form button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("org-import-errors")));
        assertThat(driver.findElement(By.id("org-import-errors")).getText())
                .contains("name")
                .contains("Bắt buộc nhập.");
    }
}
