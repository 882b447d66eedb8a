package vn.noivu.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/** The ranking page in headless Chromium: menu, table with names and Vietnamese numbers, chart, regions. */
@NoiVuIntegrationTest
class ReformBrowserTests {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

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
    void aViewerOpensTheRankingFromTheMenuAndSeesTheTableTheChartAndTheRegions() throws Exception {
        // The published PAR Index 2023 of three provinces, enough to rank (years of other tests untouched).
        Path file = dir.resolve("par-2023.csv");
        Files.writeString(file, """
                year,unit_code,index
                2023,22,92.18
                2023,31,91.87
                2023,01,91.43
                """);
        assertThat(Api.demo(port, "bnv.editor")
                        .upload("/api/v1/reform/imports", file, "kind", "published")
                        .status())
                .isEqualTo(200);

        BrowserSupport.login(driver, port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        driver.get("http://localhost:" + port + "/?lang=vi");
        driver.findElement(By.linkText("Chỉ số CCHC")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("year"))))
                .selectByVisibleText("2023");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "2023"));

        String table = driver.findElement(By.id("reform-ranking")).getText();
        assertThat(table)
                .contains("Quảng Ninh")
                .contains("92,18 %")
                .contains("Đồng bằng sông Hồng")
                .contains("1/3");
        assertThat(driver.findElement(By.cssSelector("#reform-ranking tbody tr:first-child"))
                        .getText())
                .startsWith("1 Quảng Ninh");
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-reform-chart][data-drawn] canvas")));
        assertThat(driver.findElement(By.id("reform-regions")).getText())
                .contains("Đồng bằng sông Hồng — Bình quân vùng");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/reform-ranking.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        // A province's page: its index over the years.
        driver.findElement(By.linkText("Hải Phòng")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reform-trend")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Chỉ số CCHC của Hải Phòng");
        assertThat(driver.findElement(By.id("reform-trend")).getText()).contains("91,87 %");
    }

    @Test
    void aProvinceEditorEntersAScoreWithAFileAndSubmitsAfterConfirming() throws Exception {
        // Its own year (2029), so no other test's assessment is touched.
        Path method = dir.resolve("method-2029.csv");
        Files.writeString(method, """
                year,set,province_code,code,parent_code,name,max_points,kind,deadline
                2029,PROVINCES,,P1,,Tuyên truyền cải cách hành chính,10,SELF_ASSESSED,31/12/2099
                """);
        assertThat(Api.demo(port, "bnv.editor")
                        .upload("/api/v1/reform/imports", method, "kind", "method")
                        .status())
                .isEqualTo(200);
        Path minutes = dir.resolve("bao-cao-tuyen-truyen.pdf");
        Files.writeString(minutes, "%PDF-1.4 báo cáo");

        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        driver.get("http://localhost:" + port + "/reform?lang=vi");
        driver.findElement(By.linkText("Tự đánh giá, thẩm định")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        var year =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assessment-open [name=year]")));
        year.clear();
        year.sendKeys("2029");
        driver.findElement(By.cssSelector("#assessment-open button[type=submit]"))
                .click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("p.P1"))).sendKeys("8,5");
        driver.findElement(By.name("c.P1")).sendKeys("Đã tổ chức 12 hội nghị");
        driver.findElement(By.name("f.P1")).sendKeys(minutes.toString());
        driver.findElement(By.cssSelector("#assessment-scores button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessment-notice"), "Đã lưu 1 tiêu chí"));
        assertThat(driver.findElement(By.id("assessment-criteria")).getText()).contains("bao-cao-tuyen-truyen.pdf");

        driver.findElement(By.cssSelector("#assessment-submit button")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("assessment-status"), "Đã nộp, chờ thẩm định"));
        assertThat(driver.findElement(By.id("assessment-criteria")).getText())
                .contains("8,50", "Đã tổ chức 12 hội nghị");
        assertThat(driver.findElements(By.name("p.P1"))).isEmpty();
    }
}
