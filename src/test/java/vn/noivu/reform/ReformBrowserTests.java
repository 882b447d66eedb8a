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
}
