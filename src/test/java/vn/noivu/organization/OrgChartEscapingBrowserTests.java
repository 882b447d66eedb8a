package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.BrowserSupport;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/** A unit name is text wherever the org chart shows it: markup in a name is never run as HTML. */
@NoiVuIntegrationTest
class OrgChartEscapingBrowserTests {

    static final String PAYLOAD = "\"><img src=x onerror=alert(1)>";

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
    void aUnitNameWithMarkupShowsAsTextInTheChartTooltip() {
        String code = OrgTestData.code("UBND.01");
        String json = """
                {"kind":"ESTABLISH","effectiveDate":"2036-01-01","predecessors":[],
                 "successors":[{"code":"%s","name":"%s","type":"PROVINCIAL_DEPARTMENT","parentCode":"UBND.01"}],
                 "legalBasis":"99/QĐ-TEST"}""".formatted(code, PAYLOAD.replace("\"", "\\\""));
        Api.Response created = Api.demo(port, "hanoi.editor").post("/api/v1/organizations/restructurings", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        BrowserSupport.login(driver, port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        driver.get("http://localhost:" + port + "/organizations/chart?asOf=2036-06-01&scope=" + code);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#org-chart canvas")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // Hover the unit's node as a user would, through ECharts' own action (the chart is a canvas).
        Object shown = js.executeScript("""
                var chart = echarts.getInstanceByDom(document.getElementById('org-chart'));
                var data = chart.getModel().getSeriesByIndex(0).getData();
                for (var i = 0; i < data.count(); i++) {
                  if (data.getName(i) === arguments[0]) {
                    chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: i});
                    return true;
                  }
                }
                return false;""", PAYLOAD);
        assertThat(shown).isEqualTo(true);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> ((String) js.executeScript("return document.getElementById('org-chart').textContent;"))
                        .contains(code));

        String chartText = (String) js.executeScript("return document.getElementById('org-chart').textContent;");
        assertThat(chartText).contains(PAYLOAD);
        assertThat(driver.findElements(By.cssSelector("#org-chart img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    }
}
