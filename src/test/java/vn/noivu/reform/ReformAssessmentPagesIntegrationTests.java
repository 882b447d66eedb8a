package vn.noivu.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * The self-assessment and appraisal pages as their users work them: Hà Nội's editor scores and submits,
 * the Ministry's editor adjusts a score with a reason, its approver finalises, Hà Nội sees why; another
 * province does not even see Hà Nội's assessment and a viewer gets no form. (Year 2028, untouched by
 * the other tests.)
 */
@NoiVuIntegrationTest
class ReformAssessmentPagesIntegrationTests {

    private static final Pattern ID = Pattern.compile("/reform/assessments/(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private WebSession as(String user) {
        WebSession web = new WebSession();
        assertThat(web.login(port, user, TestUsers.DEMO_PASSWORD).status()).isEqualTo(302);
        return web;
    }

    @Test
    void aProvinceScoresAndSubmitsTheMinistryAdjustsAndFinalisesAndTheProvinceSeesWhy() throws IOException {
        Path file = dir.resolve("method-2028.csv");
        Files.writeString(file, """
                year,set,province_code,code,parent_code,name,max_points,kind,deadline
                2028,PROVINCES,,K1,,Công tác chỉ đạo điều hành CCHC,20,SELF_ASSESSED,31/12/2099
                2028,PROVINCES,,K1.1,K1,Kế hoạch cải cách hành chính năm,10,SELF_ASSESSED,31/12/2099
                2028,PROVINCES,,K1.2,K1,Kiểm tra công tác cải cách hành chính,10,APPRAISED,31/12/2099
                2028,PROVINCES,,K2,,Mức độ hài lòng của người dân,30,SURVEYED,31/12/2099
                """, StandardCharsets.UTF_8);
        var imported = Api.demo(port, "bnv.editor").upload("/api/v1/reform/imports", file, "kind", "method");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        // Hà Nội's editor reaches the list from the ranking page and opens its own assessment.
        WebSession hanoi = as("hanoi.editor");
        assertThat(hanoi.get(port, "/reform").body()).contains("href=\"/reform/assessments\"");
        assertThat(hanoi.get(port, "/reform/assessments").body()).contains("id=\"assessment-open\"");
        WebSession.Page opened =
                hanoi.postForm(port, "/reform/assessments", Map.of("year", "2028", "set", "PROVINCES"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        Matcher m = ID.matcher(opened.location());
        assertThat(m.find()).isTrue();
        String page = "/reform/assessments/" + m.group(1);

        WebSession.Page form = hanoi.get(port, page);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Tự đánh giá Chỉ số CCHC của Hà Nội năm 2028", "Đang tự đánh giá", "31/12/2099")
                .contains("Công tác chỉ đạo điều hành CCHC", "Mức độ hài lòng của người dân", "20,00")
                .contains("name=\"p.K1.1\"", "name=\"l.K1.1\"", "name=\"f.K1.2\"", "id=\"assessment-submit\"")
                .doesNotContain("name=\"a.K1.1\"", "id=\"assessment-finalise\"", ">null<");

        // Points above the maximum: shown on the page, naming the criterion and the reason.
        WebSession.Page over = hanoi.postForm(port, page + "/scores", Map.of("p.K1.2", "12", "p.K1.1", "ba"));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.body())
                .contains(
                        "Tiêu chí &quot;Kiểm tra công tác cải cách hành chính&quot;: Điểm tiêu chí K1.2 phải từ 0 đến 10")
                .contains("Tiêu chí &quot;Kế hoạch cải cách hành chính năm&quot;: điểm &quot;ba&quot; không phải số");

        WebSession.Page saved = hanoi.postForm(
                port,
                page + "/scores",
                Map.of(
                        "p.K1.1", "10",
                        "c.K1.1", "Ban hành ngày 05/01/2028",
                        "l.K1.1", "https://vanban.hanoi.gov.vn/kh-cchc-2028",
                        "p.K1.2", "9,5"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(hanoi.get(port, page).body())
                .contains("Đã lưu 2 tiêu chí.", "value=\"9,50\"", "https://vanban.hanoi.gov.vn/kh-cchc-2028")
                .contains("19,50 / 50,00 điểm");
        assertThat(hanoi.postForm(port, page + "/submit", Map.of()).status()).isEqualTo(302);
        WebSession.Page locked = hanoi.get(port, page);
        assertThat(locked.body())
                .contains("Đã nộp, chờ thẩm định", "Đã nộp bản tự đánh giá.")
                .doesNotContain("name=\"p.K1.1\"", "id=\"assessment-submit\"");
        // Locked also against a form replayed by hand.
        assertThat(hanoi.postForm(port, page + "/scores", Map.of("p.K1.1", "8")).body())
                .contains("Bản tự đánh giá đã nộp");

        // Another province does not see it; a viewer of Hà Nội sees it without any form.
        assertThat(as("hcm.editor").get(port, page).status()).isEqualTo(404);
        WebSession.Page viewed = as("hanoi.viewer").get(port, page);
        assertThat(viewed.status()).isEqualTo(200);
        assertThat(viewed.body())
                .contains("Hà Nội")
                .doesNotContain("name=\"p.", "name=\"a.", "<textarea", "type=\"file\"", "id=\"assessment-submit\"");
        assertThat(as("hanoi.viewer").get(port, "/reform/assessments").body())
                .contains("Hà Nội")
                .doesNotContain("id=\"assessment-open\"");

        // The Ministry's editor appraises: a change without a reason is refused naming the criterion.
        WebSession ministry = as("bnv.editor");
        WebSession.Page appraisal = ministry.get(port, page);
        assertThat(appraisal.body())
                .contains("name=\"a.K1.1\"", "name=\"r.K1.1\"", "id=\"assessment-evidence-request\"")
                .doesNotContain("id=\"assessment-finalise\"", "name=\"p.K1.1\"");
        // Asking for more evidence reopens it to Hà Nội, which sees what is asked, adds it and resubmits.
        assertThat(ministry.postForm(port, page + "/evidence-request", Map.of("criterion", "K1.2", "message", ""))
                        .body())
                .contains("Tiêu chí &quot;Kiểm tra công tác cải cách hành chính&quot;: Ghi rõ tài liệu cần bổ sung");
        assertThat(ministry.postForm(
                                port,
                                page + "/evidence-request",
                                Map.of("criterion", "K1.2", "message", "Bổ sung biên bản kiểm tra có chữ ký"))
                        .status())
                .isEqualTo(302);
        WebSession.Page reopened = hanoi.get(port, page);
        assertThat(reopened.body())
                .contains("Được yêu cầu bổ sung tài liệu", "Bổ sung biên bản kiểm tra có chữ ký", "name=\"l.K1.2\"");
        assertThat(hanoi.postForm(port, page + "/scores", Map.of("l.K1.2", "https://vanban.hanoi.gov.vn/bien-ban"))
                        .status())
                .isEqualTo(302);
        assertThat(hanoi.postForm(port, page + "/submit", Map.of()).status()).isEqualTo(302);
        ministry.get(port, page);

        WebSession.Page noReason = ministry.postForm(port, page + "/appraisal", Map.of("a.K1.1", "6"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body())
                .contains("Tiêu chí &quot;Kế hoạch cải cách hành chính năm&quot;: Điều chỉnh điểm phải ghi lý do");
        WebSession.Page adjusted = ministry.postForm(
                port,
                page + "/appraisal",
                Map.of("a.K1.1", "6", "r.K1.1", "Kế hoạch ban hành chậm so với quy định", "a.K1.2", "9,5"));
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(302);
        // Both appraisals audited; confirming the unit's points reads as such, never "null".
        assertThat(jdbc.sql("""
                        SELECT string_agg(detail, ' | ' ORDER BY entity_id) FROM platform.audit_log
                        WHERE entity = 'reform.assessment' AND entity_id IN (:a, :b) AND detail LIKE 'Thẩm định%'""")
                        .param("a", m.group(1) + "/K1.1")
                        .param("b", m.group(1) + "/K1.2")
                        .query(String.class)
                        .single())
                .isEqualTo(
                        "Thẩm định: Kế hoạch ban hành chậm so với quy định | Thẩm định: giữ nguyên điểm tự đánh giá");

        // Only an approver finalises: the editor gets no button, the leader does.
        WebSession leader = as("bnv.leader");
        assertThat(leader.get(port, page).body()).contains("id=\"assessment-finalise\"", "data-confirm=");
        assertThat(leader.postForm(port, page + "/finalise", Map.of()).status()).isEqualTo(302);
        assertThat(leader.get(port, "/reform/assessments").body()).contains("Đã chốt kết quả", "15,50");

        // Hà Nội sees the adjusted points and why.
        WebSession.Page seen = hanoi.get(port, page);
        assertThat(seen.body())
                .contains("Đã chốt kết quả", "Cơ quan đánh giá đã điều chỉnh điểm")
                .contains("6,00", "Kế hoạch ban hành chậm so với quy định", "15,50 / 50,00 điểm")
                .doesNotContain("name=\"p.", "name=\"a.", "<textarea", "id=\"assessment-finalise\"");
        assertThat(hanoi.get(port, "/reform/assessments").body()).contains("19,50", "15,50");
    }
}
