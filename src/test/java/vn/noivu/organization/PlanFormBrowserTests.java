package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/**
 * A restructuring plan built on the form as an officer would: five changes added with the button (one
 * removed again), a split of one unit into three new ones among them, the preview read by names, and
 * the plan approved and applied by another person after confirming.
 */
@NoiVuIntegrationTest
class PlanFormBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = BrowserSupport.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Types words into a picker and clicks the option with {@code code}. */
    void pick(String fieldId, String words, String code) {
        WebElement text = driver.findElement(By.id(fieldId));
        text.clear();
        text.sendKeys(words);
        By option = By.cssSelector("#" + fieldId + " ~ .picker-options li[data-code='" + code + "']");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
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

    void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    void kind(String key, String kind) {
        new Select(driver.findElement(By.id("pf-kind" + key))).selectByValue(kind);
    }

    /** Adds a change with the button and answers its key. */
    String addChange() {
        int before =
                driver.findElements(By.cssSelector("#pf-changes .plan-change")).size();
        driver.findElement(By.id("pf-add-change")).click();
        List<WebElement> changes = driver.findElements(By.cssSelector("#pf-changes .plan-change"));
        assertThat(changes).hasSize(before + 1);
        return changes.get(changes.size() - 1).getAttribute("data-key");
    }

    /** A unit established through the API (in the past, so that the picker finds it by its name). */
    void unit(Api api, String code, String name) {
        Api.Response r = api.post(
                "/api/v1/organizations/restructurings",
                OrgTestData.establish("2024-01-01", code, name, "PROVINCIAL_DEPARTMENT", "UBND.01", null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void aPlanOfFiveChangesWithASplitIsBuiltPreviewedByNameAndApplied() {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Api editor = Api.demo(port, "hanoi.editor");
        String split = OrgTestData.code("UBND.01");
        String renamed = OrgTestData.code("UBND.01");
        String dissolved = OrgTestData.code("UBND.01");
        unit(editor, split, "Trung tâm Chia Tách " + tag);
        unit(editor, renamed, "Trung tâm Đổi Tên " + tag);
        unit(editor, dissolved, "Trung tâm Giải Thể " + tag);
        String established = OrgTestData.code("UBND.01");
        String[] parts = {split + ".A", split + ".B", split + ".C"};

        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        driver.get(url("/organizations/plans/new"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-plan-new")));
        type("pf-title", "Đề án sắp xếp " + tag);
        type("pf-basis", "17/TTr-SNV");

        // 1. a new department
        kind("0", "ESTABLISH");
        setDate("pf-date0", "2036-07-01");
        type("pf-newCode0", established);
        type("pf-newName0", "Sở Thành Lập " + tag);
        new Select(driver.findElement(By.id("pf-newType0"))).selectByValue("PROVINCIAL_DEPARTMENT");
        pick("pf-newParent0", "UBND.01", "UBND.01");

        // 2. a split into three new units: the third line added with the button
        String s = addChange();
        assertThat(driver.findElement(By.id("pf-add-split" + s)).isDisplayed()).isFalse();
        kind(s, "SPLIT");
        assertThat(driver.findElement(By.id("pf-add-split" + s)).isDisplayed()).isTrue();
        setDate("pf-date" + s, "2036-07-01");
        pick("pf-units" + s + "-0", "chia tach " + tag, split);
        driver.findElement(By.id("pf-add-split" + s)).click();
        for (int i = 0; i < parts.length; i++) {
            type("pf-splitCode" + s + "-" + i, parts[i]);
            type("pf-splitName" + s + "-" + i, "Trung tâm Phần " + (char) ('A' + i) + " " + tag);
        }

        // 3. a change added by mistake, removed again
        String mistake = addChange();
        kind(mistake, "DISSOLVE");
        driver.findElement(By.cssSelector("#pf-change" + mistake + " [data-plan-remove-change]"))
                .click();
        assertThat(driver.findElements(By.id("pf-change" + mistake))).isEmpty();

        // 4. a rename, 5. a dissolution
        String r = addChange();
        kind(r, "RENAME");
        setDate("pf-date" + r, "2036-07-01");
        pick("pf-units" + r + "-0", "doi ten " + tag, renamed);
        type("pf-newName" + r, "Trung tâm Tên Mới " + tag);
        String d = addChange();
        kind(d, "DISSOLVE");
        setDate("pf-date" + d, "2036-07-01");
        pick("pf-units" + d + "-0", "giai the " + tag, dissolved);
        // 6. one more new unit, under the one established by change 1
        String e = addChange();
        kind(e, "ESTABLISH");
        setDate("pf-date" + e, "2036-08-01");
        type("pf-newCode" + e, established + ".P1");
        type("pf-newName" + e, "Phòng Thử " + tag);
        new Select(driver.findElement(By.id("pf-newType" + e))).selectByValue("DEPARTMENT_UNIT");
        driver.findElement(By.id("pf-newParent" + e)).sendKeys(established);
        assertThat(driver.findElements(By.cssSelector(".plan-change-number")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("1", "2", "3", "4", "5");
        driver.findElement(By.id("org-plan-new-submit")).click();

        // The preview: every change by name, the split unit before and its three parts after.
        WebElement difference = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("org-plan-difference")));
        String planUrl = driver.getCurrentUrl();
        assertThat(planUrl).matches(".*/organizations/plans/[0-9]+$");
        assertThat(driver.findElement(By.id("org-plan-difference-summary")).getText())
                .contains("Thành lập: 2")
                .contains("Chia, tách: 1")
                .contains("Đổi tên: 1")
                .contains("Giải thể: 1");
        String text = difference.getText();
        assertThat(text)
                .contains("Trung tâm Chia Tách " + tag)
                .contains("Trung tâm Phần A " + tag)
                .contains("Trung tâm Phần B " + tag)
                .contains("Trung tâm Phần C " + tag)
                .contains("Trung tâm Tên Mới " + tag)
                .contains("Trung tâm Giải Thể " + tag)
                .contains("Sở Thành Lập " + tag)
                .contains("Phòng Thử " + tag)
                .doesNotContain(split)
                .doesNotContain(established);
        WebElement splitRow = difference.findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("Chia, tách"))
                .findFirst()
                .orElseThrow();
        assertThat(splitRow.findElements(By.cssSelector("td:nth-child(4) li"))).hasSize(3);
        assertThat(organizations.exists(parts[0])).isFalse();

        // Another person approves it, after the confirmation, and the plan is applied.
        driver.manage().deleteAllCookies();
        BrowserSupport.login(driver, port, "bnv.leader", TestUsers.DEMO_PASSWORD);
        driver.get(planUrl);
        driver.findElement(By.cssSelector("#org-plan-approve button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("org-plan-status"), "Đã phê duyệt"));
        LocalDate after = LocalDate.of(2036, 9, 1);
        for (String part : parts) {
            assertThat(organizations.find(part, after)).as(part).isPresent();
        }
        assertThat(organizations.find(split, after)).isEmpty();
        assertThat(organizations.find(dissolved, after)).isEmpty();
        assertThat(organizations.find(renamed, after).orElseThrow().name()).isEqualTo("Trung tâm Tên Mới " + tag);
        assertThat(organizations.find(established + ".P1", after)).isPresent();
    }
}
