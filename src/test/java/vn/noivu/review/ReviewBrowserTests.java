package vn.noivu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.organization.OrgTypeChange;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.security.UserScope;

/** The review page as a drafter uses it: figures in Vietnamese, every section supplied, a draft saved. */
@NoiVuIntegrationTest
class ReviewBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

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
    void aDrafterReadsTheCountrysFiguresFollowsOneAndSavesTheNarrativeOfAProvince() {
        BrowserSupport.login(driver, port, "bnv.editor", TestUsers.DEMO_PASSWORD);
        driver.get("http://localhost:" + port + "/review?year=2021&baselineYear=2015&lang=vi");
        String staffing = driver.findElement(By.id("section-staffing")).getText();
        assertThat(staffing)
                .contains("Biên chế công chức năm 2021: 6.644 biên chế, giảm 728 biên chế (9,88 %) so với năm 2015.")
                .contains("Tỷ lệ giảm cao nhất")
                .contains("9,88 %")
                .contains("Nghị quyết 39-NQ/TW");
        // Organisations per type, as the organisation module counts them (done-when: in the page too).
        OrgTypeChange all =
                organizations
                        .changesByType(LocalDate.of(2015, 12, 31), LocalDate.of(2021, 12, 31), UserScope.NATIONAL)
                        .stream()
                        .filter(c -> c.type() == null)
                        .findFirst()
                        .orElseThrow();
        assertThat(driver.findElement(By.id("section-apparatus")).getText())
                .contains("Tổng số cơ quan, tổ chức: "
                        + String.format(java.util.Locale.GERMANY, "%,d", all.after())
                        + " cơ quan, tổ chức (31/12/2021)");
        // Every section is supplied now: none says "chưa có"; the document also comes as PDF.
        assertThat(driver.findElement(By.id("section-reform")).getText()).doesNotContain("Chưa có");
        assertThat(driver.findElement(By.id("section-rewards")).getText()).doesNotContain("Chưa có");
        assertThat(driver.findElement(By.id("section-reporting")).getText()).doesNotContain("Chưa có");
        assertThat(driver.findElements(By.id("review-missing"))).isEmpty();
        assertThat(driver.findElement(By.id("review-document-pdf")).getAttribute("href"))
                .contains("format=pdf");
        assertThat(driver.findElement(By.id("review")).getText()).doesNotContain("null");

        // The figure's drill-down is the staffing report of the same years.
        driver.findElement(By.cssSelector("#section-staffing tr[data-key='staffing.CIVIL_SERVANT.2015'] a"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("reduction-table")));
        assertThat(driver.getCurrentUrl())
                .contains("/staffing?")
                .contains("baselineYear=2015")
                .contains("year=2021");

        driver.get("http://localhost:" + port + "/review?scope=79&year=2021&baselineYear=2017&lang=vi");
        assertThat(driver.findElement(By.cssSelector("#section-staffing")).getText())
                .contains("Xếp thứ");
        driver.findElement(By.name("narrative.staffing")).sendKeys("Thành phố hoàn thành chỉ tiêu tinh giản.");
        driver.findElement(By.cssSelector("#review-draft-form button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("review"), "Đã lưu dự thảo phiên bản 1"));
        assertThat(driver.findElement(By.id("section-staffing")).getText())
                .contains("Thành phố hoàn thành chỉ tiêu tinh giản.");
        assertThat(driver.findElement(By.id("review-drafts")).getText()).contains("bnv.editor");
    }
}
