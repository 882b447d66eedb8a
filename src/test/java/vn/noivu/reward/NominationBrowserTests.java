package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import vn.noivu.platform.web.Formats;

/**
 * A nomination walked through its pages in headless Chromium: the province's civil servant proposes a
 * colleague with the dossier, records the council's secret ballot and puts it on notice; the public page,
 * open without login, shows the nominee with nothing personal; after the notice the nomination is
 * appraised, a leader of the Ministry decides it, and the award is in the person's registry.
 */
@NoiVuIntegrationTest
class NominationBrowserTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Formats fmt;

    @TempDir
    Path dir;

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String username) {
        driver.manage().deleteAllCookies();
        BrowserSupport.login(driver, port, username, TestUsers.DEMO_PASSWORD);
    }

    private void type(String form, String field, String value) {
        WebElement input = driver.findElement(By.cssSelector("#" + form + " [name=" + field + "]"));
        input.clear();
        input.sendKeys(value);
    }

    /** A date input takes its ISO value directly (typing follows the browser's locale). */
    private void date(String form, String field, LocalDate value) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        driver.findElement(By.cssSelector("#" + form + " [name=" + field + "]")),
                        value.toString());
    }

    private void submit(String form) {
        driver.findElement(By.cssSelector("#" + form + " button[type=submit]")).click();
    }

    private void statusIs(String label) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nomination-status"), label));
    }

    @Test
    void aNominationGoesFromProposalThroughBallotNoticeAppraisalAndDecisionIntoTheRegistry() throws Exception {
        // The nominee's dossier holds an ID number, a birth date and an address: none may reach the public.
        Api api = Api.demo(port, "hanoi.editor");
        String nationalId =
                String.format("001187%06d", Math.abs(UUID.randomUUID().hashCode() % 1_000_000));
        var created = api.post("/api/v1/people", """
                {"nationalId":"%s","fullName":"Đinh Thị Công Khai","birthDate":"1987-09-23","sex":"F",
                 "orgCode":"UBND.01.SNV","permanentAddress":"Số 12 phố Lý Thường Kiệt, Hoàn Kiếm"}""".formatted(nationalId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long personId = created.json().get("id").asLong();
        var recruited = api.post("/api/v1/people/" + personId + "/events", """
                {"kind":"RECRUITMENT","effectiveDate":"2016-02-01","orgCode":"UBND.01.SNV","staffCategory":"CIVIL_SERVANT",
                 "rankCode":"01.003","salaryStep":1,"positionCode":"CM-TH",
                 "decisionNo":"1/QĐ-SNV","decisionDate":"2016-02-01","issuer":"Sở Nội vụ"}""");
        assertThat(recruited.status()).as(recruited.body()).isEqualTo(201);

        // The proposal.
        signInAs("hanoi.editor");
        driver.get(url("/rewards/nominations?lang=vi"));
        type("nomination-form", "personId", String.valueOf(personId));
        type("nomination-form", "nomineeName", "Đinh Thị Công Khai");
        new Select(driver.findElement(By.cssSelector("#nomination-form [name=title]")))
                .selectByVisibleText("Chiến sĩ thi đua cơ sở");
        type("nomination-form", "year", "2026");
        type("nomination-form", "summary", "Số hóa toàn bộ hồ sơ thi đua của Sở.");
        submit("nomination-form");
        statusIs("Đề nghị");
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/rewards/nominations/(\\d+).*", "$1"));
        assertThat(driver.findElement(By.id("nomination-unit")).getText()).isEqualTo("Sở Nội vụ thành phố Hà Nội");

        // The dossier: tờ trình, báo cáo thành tích, biên bản bình xét.
        for (String kind : new String[] {"PROPOSAL", "ACHIEVEMENT_REPORT", "REVIEW_MINUTES"}) {
            Path file = dir.resolve(kind.toLowerCase() + ".pdf");
            Files.writeString(file, "%PDF-1.4 " + kind);
            new Select(driver.findElement(By.cssSelector("#attach-form [name=kind]"))).selectByValue(kind);
            driver.findElement(By.cssSelector("#attach-form input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            submit("attach-form");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("attachments"), file.getFileName().toString()));
        }

        // The council's secret ballot: 9 of 10 members, 80 % needed for CSTĐ cơ sở.
        submit("review-form");
        statusIs("Hội đồng xét");
        type("vote-form", "members", "10");
        type("vote-form", "present", "9");
        type("vote-form", "votesFor", "9");
        submit("vote-form");
        statusIs("Hội đồng đã thông qua");

        // Public notice from today, three days.
        date("notice-form", "from", TODAY);
        type("notice-form", "days", "3");
        submit("notice-form");
        statusIs("Đang công khai");

        // Anyone, without login, reads the notice and comments; nothing personal is shown.
        driver.manage().deleteAllCookies();
        driver.get(url("/public/rewards?lang=vi"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='public-notice']//tr[td[contains(., 'Đinh Thị Công Khai')]]")));
        assertThat(row.getText())
                .contains("Sở Nội vụ thành phố Hà Nội")
                .contains("Chiến sĩ thi đua cơ sở")
                .contains("Số hóa toàn bộ hồ sơ thi đua của Sở.")
                .contains(fmt.date(TODAY.plusDays(2)));
        String page = driver.getPageSource();
        assertThat(page)
                .doesNotContain(nationalId)
                .doesNotContain("23/09/1987")
                .doesNotContain("1987-09-23")
                .doesNotContain("Lý Thường Kiệt")
                .doesNotContain("CSTD_CS")
                .doesNotContain("UBND.01.SNV");
        row.findElement(By.name("author")).sendKeys("Một người dân");
        row.findElement(By.name("body")).sendKeys("Tôi đồng ý với đề nghị này.");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-sent")));

        // The notice period passes (moved into the past: a test cannot wait three days), and the
        // nominee leaves the public page.
        jdbc.sql("""
                        UPDATE reward.nomination SET notice_from = notice_from - 10, notice_until = notice_until - 10
                        WHERE id = :id""").param("id", id).update();
        driver.get(url("/public/rewards?lang=vi"));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Đinh Thị Công Khai");

        // The standing body appraises, having read the public's comment.
        signInAs("hanoi.editor");
        driver.get(url("/rewards/nominations/" + id + "?lang=vi"));
        assertThat(driver.findElement(By.id("comments")).getText()).contains("Tôi đồng ý với đề nghị này.");
        type("appraisal-form", "opinion", "Hồ sơ đầy đủ, đúng tiêu chuẩn.");
        driver.findElement(By.cssSelector("#appraisal-form button[value=true]")).click();
        statusIs("Đã thẩm định");

        // A leader of the Ministry decides (neither the preparer nor the appraiser).
        signInAs("bnv.leader");
        driver.get(url("/rewards/nominations/" + id + "?lang=vi"));
        new Select(driver.findElement(By.cssSelector("#decision-form [name=outcome]"))).selectByValue("APPROVED");
        type("decision-form", "decisionNo", "321/QĐ-UBND");
        date("decision-form", "decisionDate", TODAY);
        type("decision-form", "signer", "Chủ tịch UBND thành phố");
        submit("decision-form");
        statusIs("Đã quyết định khen thưởng");
        assertThat(driver.findElement(By.id("decision")).getText())
                .contains("321/QĐ-UBND")
                .contains(fmt.date(TODAY))
                .contains("Chiến sĩ thi đua cơ sở");

        // The award is in the person's registry, shown in the dossier.
        signInAs("hanoi.viewer");
        driver.get(url("/personnel/people/" + personId + "?lang=vi"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "321/QĐ-UBND"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Chiến sĩ thi đua cơ sở");
    }
}
