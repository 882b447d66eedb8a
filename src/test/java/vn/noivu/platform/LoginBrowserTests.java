package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

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

@NoiVuIntegrationTest
class LoginBrowserTests {

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
    void aUserLogsInThroughTheLoginPageAndSeesTheDashboard() {
        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        assertThat(driver.findElement(By.id("dashboard")).getText()).contains("Tổng quan");
        assertThat(driver.findElement(By.id("current-user")).getText())
                .contains("Chuyên viên Sở Nội vụ Hà Nội")
                // The scope by its name, not its code.
                .endsWith("· Hà Nội");
        driver.findElement(By.linkText("EN")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard"), "Overview"));
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(driver.findElement(By.cssSelector(".alert.notice")).getText())
                .isNotBlank();
    }

    @Test
    void anAdministratorCreatesAUserOnTheAdminPage() {
        BrowserSupport.login(driver, port, "admin", TestUsers.ADMIN_PASSWORD);
        driver.get("http://localhost:" + port + "/admin/users?lang=vi");
        driver.findElement(By.id("nu-username")).sendKeys("browser.made");
        driver.findElement(By.id("nu-fullName")).sendKeys("Trần Thị Bích");
        driver.findElement(By.id("nu-password")).sendKeys("browser-password");
        driver.findElement(By.id("nu-scope")).sendKeys("79");
        driver.findElement(By.cssSelector("#new-user-form button[type=submit]")).click();
        assertThat(driver.findElement(By.cssSelector(".alert.notice")).getText())
                .contains("Đã tạo người dùng");
        assertThat(driver.findElement(By.id("user-browser.made")).getText())
                .contains("Trần Thị Bích")
                .contains("79");
    }
}
