package vn.noivu.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/**
 * A personnel officer's import as it looks in a browser: the template link beside each form, the
 * "processing" state while the server works (button disabled, spinner shown), then the outcome with its
 * errors table and the line in the module's history.
 */
@NoiVuIntegrationTest
class ImportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

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
    void everyImportPageOffersItsTemplatesAndItsHistory() {
        BrowserSupport.login(driver, port, "bnv.editor", TestUsers.DEMO_PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        for (String page :
                new String[] {"/admin-units/imports", "/organizations/imports", "/personnel/import", "/staffing/quotas"
                }) {
            driver.get("http://localhost:" + port + page + "?lang=vi");
            assertThat(driver.findElements(By.cssSelector(".import-templates a.template-link")))
                    .as(page)
                    .isNotEmpty();
            assertThat(driver.findElement(By.cssSelector(".import-templates")).getText())
                    .contains("Tải mẫu");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".import-history a.export-link")));
            assertThat(driver.findElement(By.cssSelector(".import-history-panel h2"))
                            .getText())
                    .isEqualTo("Lịch sử nhập dữ liệu");
        }
    }

    @Test
    void whileTheServerWorksTheButtonIsDisabledAndASpinnerShowsThenTheOutcome() throws Exception {
        String name = "dang-xu-ly-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        Path file = Files.createTempDirectory("imports").resolve(name);
        Files.writeString(
                file,
                "org_code,year,category,assigned,actual,legal_basis\nUBND.01.STP,2030,Biên chế công chức,-4,,QĐ\n");
        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        driver.get("http://localhost:" + port + "/staffing/quotas?lang=vi");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement button = driver.findElement(By.cssSelector("#quota-import-form button[type=submit]"));
        WebElement busy = driver.findElement(By.cssSelector("#quota-import-form .import-busy"));
        assertThat(button.isEnabled()).isTrue();
        assertThat(busy.isDisplayed()).isFalse();

        // The import's last step writes its line in the history: holding that table keeps the server
        // working on the upload for as long as the test needs to look at the page.
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (Statement s = hold.createStatement()) {
                s.execute("LOCK TABLE platform.import_history IN EXCLUSIVE MODE");
            }
            driver.findElement(By.cssSelector("#quota-import-form input[type=file]"))
                    .sendKeys(file.toString());
            button.click();
            wait.until(d -> !button.isEnabled());
            wait.until(d -> busy.isDisplayed());
            assertThat(busy.getText()).contains("Đang xử lý tệp");
            assertThat(driver.findElements(By.cssSelector("#import-result .import-refused")))
                    .isEmpty();
            Files.createDirectories(Path.of("target"));
            Files.write(
                    Path.of("target/import-processing.png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            hold.commit();
        }

        WebElement refused = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import-result .import-refused")));
        assertThat(refused.getText()).contains(name).contains("bị từ chối").contains("1 lỗi");
        WebElement errors = driver.findElement(By.cssSelector("#import-result table.import-errors"));
        assertThat(errors.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .containsExactly("Dòng", "Cột/Trường", "Giá trị", "Lý do");
        assertThat(errors.findElement(By.cssSelector("tbody tr")).getText())
                .contains("2")
                .contains("assigned")
                .contains("-4")
                .contains("Số biên chế không được âm");
        wait.until(d -> button.isEnabled());
        // htmx fades its indicator out (an opacity transition), so it may still show for a moment.
        wait.until(d -> !busy.isDisplayed());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".import-history"), name));
        assertThat(driver.findElement(By.cssSelector(".import-history")).getText())
                .contains("Bị từ chối (1 lỗi)")
                .contains("hanoi.editor");
        Files.write(Path.of("target/import-refused.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
