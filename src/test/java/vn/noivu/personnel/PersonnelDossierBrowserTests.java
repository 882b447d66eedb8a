package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/**
 * The dossier's event form in a real browser: an editor records unpaid leave as time that does not
 * count toward the step, and the dossier shows the period in words and the next step moved later.
 */
@NoiVuIntegrationTest
class PersonnelDossierBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anEditorRecordsUnpaidLeaveOnTheDossierAndTheNextStepMovesLater() {
        Api api = Api.demo(port, "hanoi.editor");
        var p = api.post("/api/v1/people", """
                {"nationalId":"001088799001","fullName":"Tạ Văn Trình Duyệt","birthDate":"1988-04-05","sex":"M",
                 "orgCode":"UBND.01.SNV"}""");
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        long id = p.json().get("id").asLong();
        var r = api.post("/api/v1/people/" + id + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"2023-01-05","orgCode":"UBND.01.SNV","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"01.003","salaryStep":1,"decisionNo":"1/QĐ","decisionDate":"2023-01-05","issuer":"Sở Nội vụ"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        WebDriver driver = BrowserSupport.chromium();
        try {
            BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
            driver.get("http://localhost:" + port + "/personnel/people/" + id);
            assertThat(driver.findElement(By.id("next-step-due")).getText()).contains("05/01/2026");
            new Select(driver.findElement(By.id("ev-kind"))).selectByValue("NON_COUNTING_PERIOD");
            // Date inputs are typed in the browser's own format; set their ISO value as the picker does.
            setDate(driver, "ev-date", "2024-06-03");
            setDate(driver, "ev-period-to", "2024-08-16");
            setDate(driver, "ev-decision-date", "2024-05-30");
            new Select(driver.findElement(By.id("ev-reason"))).selectByVisibleText("Nghỉ việc riêng không hưởng lương");
            driver.findElement(By.id("ev-decision")).sendKeys("15/QĐ-SNV");
            driver.findElement(By.id("ev-issuer")).sendKeys("Sở Nội vụ");
            driver.findElement(By.cssSelector("#event-form button[type=submit]"))
                    .click();

            WebElement events = new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events .non-counting")));
            assertThat(events.getText()).isEqualTo("03/06/2024 → 16/08/2024: Nghỉ việc riêng không hưởng lương");
            // 2 months (the odd 10 working days count for nothing): due 05/03/2026.
            assertThat(driver.findElement(By.id("next-step-due")).getText()).contains("05/03/2026");
            assertThat(driver.findElements(By.id("event-problem"))).isEmpty();
        } finally {
            driver.quit();
        }
    }

    private static void setDate(WebDriver driver, String id, String iso) {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }
}
