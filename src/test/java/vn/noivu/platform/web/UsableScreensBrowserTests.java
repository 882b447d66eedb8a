package vn.noivu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.Api;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/**
 * NoiVu used without a manual: a personnel officer records a career event by picking names (no code
 * typed), a viewer is offered no write form, a session that ends on a filtered page comes back to it
 * after login, and on a phone (390 px) no page scrolls sideways outside a table's frame.
 */
@NoiVuIntegrationTest
class UsableScreensBrowserTests {

    private static final AtomicInteger SERIAL = new AtomicInteger(700_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = BrowserSupport.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    long newPersonInHanoi() {
        String id = String.format("0010%02d%06d", 96, SERIAL.incrementAndGet());
        var created = Api.demo(port, "hanoi.editor").post("/api/v1/people", """
                {"nationalId":"%s","fullName":"Lê Văn Chọn","birthDate":"1996-03-04","sex":"M","orgCode":"UBND.01.SNV"}""".formatted(id));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** Types words (no code) into a picker and clicks the option with {@code code}. */
    void pick(String fieldId, String words, String code) {
        WebElement text = driver.findElement(By.id(fieldId));
        text.clear();
        text.sendKeys(words);
        By option = By.cssSelector("#" + fieldId + " ~ .picker-options li[data-code='" + code + "']");
        // The options are redrawn as the answers to each keystroke arrive: find and click the latest.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(option).click();
            return true;
        });
        assertThat(driver.findElement(By.id(fieldId + "-code")).getAttribute("value"))
                .isEqualTo(code);
    }

    void setDate(String fieldId, String isoDate) {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", fieldId, isoDate);
    }

    @Test
    void aPersonnelOfficerRecordsACareerEventWithoutTypingACode() {
        long person = newPersonInHanoi();
        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        driver.get(url("/personnel/people/" + person));
        new Select(driver.findElement(By.id("ev-kind"))).selectByValue("RECRUITMENT");
        setDate("ev-date", "2024-01-02");
        pick("ev-org", "so noi vu", "UBND.01.SNV");
        pick("ev-category", "cong chuc", "CIVIL_SERVANT");
        pick("ev-rank", "chuyen vien", "01.003");
        driver.findElement(By.id("ev-step")).sendKeys("1");
        driver.findElement(By.id("ev-decision")).sendKeys("12/QĐ-SNV");
        setDate("ev-decision-date", "2023-12-28");
        driver.findElement(By.id("ev-issuer")).sendKeys("Sở Nội vụ thành phố Hà Nội");
        driver.findElement(By.cssSelector("#event-form button[type=submit]")).click();

        WebElement events = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        assertThat(events.getText()).contains("Chuyên viên (01.003)");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Sở Nội vụ");
    }

    @Test
    void aPlanIsProposedWithItsUnitsPickedByNameAndItsPreviewShowsTheDifference() {
        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        driver.get(url("/organizations/plans"));
        driver.findElement(By.id("org-plan-form-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-plan-new")));
        driver.findElement(By.id("pf-title")).sendKeys("Đổi tên Sở Nội vụ (thử)");
        driver.findElement(By.id("pf-basis")).sendKeys("9/TTr-SNV");
        new Select(driver.findElement(By.id("pf-kind0"))).selectByValue("RENAME");
        setDate("pf-date0", "2036-05-01");
        pick("pf-units0-0", "so noi vu", "UBND.01.SNV");
        driver.findElement(By.id("pf-newName0")).sendKeys("Sở Nội vụ và Đào tạo");
        driver.findElement(By.id("org-plan-new-submit")).click();

        WebElement difference = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-plan-difference")));
        assertThat(driver.getCurrentUrl()).matches(".*/organizations/plans/[0-9]+$");
        assertThat(difference.getText())
                .contains("Đổi tên")
                .contains("Sở Nội vụ thành phố Hà Nội")
                .contains("Sở Nội vụ và Đào tạo")
                .doesNotContain("UBND.01.SNV");
    }

    @Test
    void aViewerIsOfferedNoWriteForm() {
        long person = newPersonInHanoi();
        BrowserSupport.login(driver, port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        for (String page :
                List.of("/personnel/people/" + person, "/staffing/targets", "/personnel", "/organizations")) {
            driver.get(url(page));
            assertThat(driver.findElements(
                            By.cssSelector("form[method=post]:not([action$='/logout']):not([action$='/lookup'])")))
                    .as(page)
                    .isEmpty();
        }
    }

    @Test
    void aSessionThatEndsOnAFilteredPageReturnsThereAfterLogin() {
        BrowserSupport.login(driver, port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        String filtered = "/staffing?baselineYear=2015&year=2021";
        driver.get(url(filtered));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staffing-report")));

        // The session ends on the server (expired, or an administrator ended it).
        String session = driver.manage().getCookieNamed("SESSION").getValue();
        String sessionId =
                new String(java.util.Base64.getDecoder().decode(session), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jdbc.sql("DELETE FROM platform.spring_session WHERE session_id = :id")
                        .param("id", sessionId)
                        .update())
                .isEqualTo(1);

        // The user changes a filter: htmx asks for the report and is sent to the login page in the whole window.
        new Select(driver.findElement(By.name("year"))).selectByValue("2024");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElements(By.id("staffing-report"))).isEmpty();

        driver.findElement(By.id("username")).sendKeys("bnv.viewer");
        driver.findElement(By.id("password")).sendKeys(TestUsers.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(driver.getCurrentUrl()).contains(filtered);
        assertThat(driver.findElement(By.id("staffing-report")).isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneNoPageScrollsSidewaysOutsideATableFrame() {
        BrowserSupport.login(driver, port, "bnv.admin", TestUsers.DEMO_PASSWORD);
        driver.manage().window().setSize(new Dimension(390, 844));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.get(url("/"));
        long width = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertThat(width).isLessThanOrEqualTo(400);

        // The menu folds behind its button and unfolds on a tap.
        WebElement nav = driver.findElement(By.id("mainnav"));
        assertThat(nav.isDisplayed()).isFalse();
        driver.findElement(By.cssSelector(".menu-toggle")).click();
        assertThat(nav.isDisplayed()).isTrue();
        List<String> pages = new ArrayList<>();
        for (WebElement link : nav.findElements(By.tagName("a"))) {
            pages.add(link.getAttribute("href"));
        }
        pages.addAll(List.of(
                url("/personnel/people/" + anyHanoiPerson()),
                url("/personnel/due"),
                url("/personnel/headcount?by=province"),
                url("/staffing/quotas"),
                url("/staffing/figure?scope=UBND.01&baselineYear=2015&year=2025&category=CIVIL_SERVANT"),
                url("/admin-units/changes"),
                url("/admin-units/01?asOf=2025-06-30"),
                url("/admin-units/changes/units?from=2025-06-30&to=2025-07-01&level=commune&which=abolished"),
                url("/organizations/changes"),
                url("/organizations/units/UBND.01"),
                url("/organizations/changes/units?from=2015-01-01&to=2026-01-01&measure=abolished"),
                url("/organizations/plans"),
                url("/organizations/plans/new"),
                url("/reform/assessments"),
                url("/rewards/movements"),
                url("/admin/audit")));

        List<String> sideways = new ArrayList<>();
        for (String page : pages) {
            driver.get(page);
            long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            long inner = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            if (scroll > inner + 1) {
                Object culprit = js.executeScript("""
                        var w = document.documentElement.clientWidth, out = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                          var r = e.getBoundingClientRect();
                          if (r.right > w + 1 && !e.closest('table') && out.length < 3) {
                            out.push(e.tagName + '.' + e.className + '#' + e.id);
                          }
                        });
                        return out.join(', ');""");
                sideways.add(page + " (" + scroll + " px: " + culprit + ")");
            }
        }
        assertThat(sideways).isEmpty();
    }

    long anyHanoiPerson() {
        return jdbc.sql("""
                        SELECT p.id FROM personnel.person p JOIN organization.api_unit u ON u.code = p.org_code
                        WHERE u.path LIKE (SELECT min(path) FROM organization.api_unit
                                           WHERE type = 'PROVINCIAL_PEOPLES_COMMITTEE' AND province_code = '01') || '%'
                        ORDER BY p.id LIMIT 1""").query(Long.class).single();
    }
}
