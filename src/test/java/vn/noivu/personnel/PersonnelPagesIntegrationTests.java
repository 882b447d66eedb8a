package vn.noivu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;

/**
 * The personnel pages as a signed-in user: search, dossier, CV PDF and XLSX exports, each tried by a
 * user of another province (a province officer sees nothing of another province's people).
 */
@NoiVuIntegrationTest
class PersonnelPagesIntegrationTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A browser-like session: form login with CSRF, cookies kept. */
    final class Session {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        Session(String username) throws Exception {
            String page = get("/login").body();
            String form = "username=" + username + "&password="
                    + URLEncoder.encode(TestUsers.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(page);
            http.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> bytes(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> postForm(String path, String form) throws Exception {
            String token = csrf(get("/personnel").body());
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        Matcher h =
                Pattern.compile("&quot;X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;").matcher(html);
        return h.find() ? h.group(1) : "";
    }

    long hungId() {
        return Api.demo(port, "bnv.editor")
                .post("/api/v1/people/lookup", "{\"nationalId\":\"001065012345\"}")
                .json()
                .get("id")
                .asLong();
    }

    @Test
    void theDossierTimelineAndCvPdfAreShownInScopeOnly() throws Exception {
        long id = hungId();
        Session hanoi = new Session("hanoi.viewer");
        var page = hanoi.get("/personnel/people/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nguyễn Văn Hùng", "timeline", "Nâng bậc lương thường xuyên", "09/2026");
        assertThat(page.body()).doesNotContain("001065012345").contains("********2345");
        var pdf = hanoi.bytes("/personnel/people/" + id + "/cv.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "NGUYỄN VĂN HÙNG", "Sở Nội vụ");
        assertThat(text).doesNotContain("001065012345");
        // The export is audited (the PDF is written in a read-write transaction for that).
        var audited = vn.noivu.Api.as(port, "admin", vn.noivu.TestUsers.ADMIN_PASSWORD)
                .get("/api/v1/audit?actor=hanoi.viewer&action=EXPORT&entity=personnel.cv&entityId=" + id)
                .json();
        assertThat(audited.size()).isGreaterThanOrEqualTo(1);

        Session hcm = new Session("hcm.editor");
        assertThat(hcm.get("/personnel/people/" + id).statusCode()).isEqualTo(404);
        assertThat(hcm.bytes("/personnel/people/" + id + "/cv.pdf").statusCode())
                .isEqualTo(404);
        assertThat(hcm.get("/personnel?q=nguyen%20van%20hung").body()).doesNotContain("/personnel/people/" + id + "\"");
        assertThat(hanoi.get("/personnel?q=nguyen%20van%20hung").body()).contains("/personnel/people/" + id + "\"");
        // Look-up by ID number is a POST; another province gets "not found".
        var found = new Session("hanoi.editor").postForm("/personnel/lookup", "nationalId=001065012345");
        assertThat(found.uri().getPath()).isEqualTo("/personnel/people/" + id);
        var notFound = hcm.postForm("/personnel/lookup", "nationalId=001065012345");
        assertThat(notFound.uri().getPath()).isEqualTo("/personnel");
    }

    @Test
    void listsExportToXlsxThatReadsBackAndStaysInScope() throws Exception {
        Session hanoi = new Session("hanoi.editor");
        List<List<String>> people = sheet(
                hanoi.bytes("/personnel/people.xlsx?q=nguyen%20van%20hung").body());
        assertThat(people.get(0)).contains("Họ và tên", "Ngạch / chức danh");
        assertThat(people).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Nguyễn Văn Hùng"));
        Session hcm = new Session("hcm.editor");
        List<List<String>> hcmPeople =
                sheet(hcm.bytes("/personnel/people.xlsx?q=nguyen%20van%20hung").body());
        assertThat(hcmPeople).noneSatisfy(r -> assertThat(r.get(3)).startsWith("UBND.01"));

        List<List<String>> due = sheet(hanoi.bytes("/personnel/due.xlsx?kind=retirement&from=2026-09-01&to=2026-09-30")
                .body());
        assertThat(due).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Nguyễn Văn Hùng"));
        assertThat(sheet(hcm.bytes("/personnel/due.xlsx?kind=retirement&from=2026-09-01&to=2026-09-30")
                        .body()))
                .noneSatisfy(r -> assertThat(r.get(0)).isEqualTo("Nguyễn Văn Hùng"));
        assertThat(hcm.bytes("/personnel/due.xlsx?kind=retirement&scope=01&from=2026-09-01&to=2026-09-30")
                        .statusCode())
                .isEqualTo(404);

        List<List<String>> headcount =
                sheet(hanoi.bytes("/personnel/headcount.xlsx?by=province").body());
        assertThat(headcount.subList(1, headcount.size()))
                .allSatisfy(r -> assertThat(r.get(2)).isEqualTo("01"));
        assertThat(hanoi.get("/personnel/headcount").body()).contains("headcount-table");
        assertThat(hanoi.get("/personnel/due?kind=step-increase").statusCode()).isEqualTo(200);
        assertThat(hanoi.get("/personnel/import").body()).contains("data-upload-progress");
    }

    @Test
    void aValueLongerThanASpreadsheetCellIsShortenedInsteadOfFailingTheExport() throws Exception {
        // Stored before names were limited (or by another way in): 100,000 characters.
        String name = "Zzdài " + "Quá Dài ".repeat(12_500);
        long nameId = jdbc.sql("INSERT INTO personnel.person_name (full_name, fold) VALUES (:n, platform.fold(:n))"
                        + " RETURNING id")
                .param("n", name)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO personnel.person (national_id, full_name, name_id, birth_date, sex, org_code)
                        VALUES ('001090777001', :n, :id, DATE '1990-01-01', 'M', 'UBND.01.SNV')""").param("n", name).param("id", nameId).update();
        Session hanoi = new Session("hanoi.editor");
        HttpResponse<byte[]> export = hanoi.bytes("/personnel/people.xlsx?q=zzdai");
        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> people = sheet(export.body());
        assertThat(people).hasSize(2);
        assertThat(people.get(1).get(0))
                .hasSize(32_767)
                .startsWith("Zzdài Quá Dài")
                .endsWith("…");
    }

    static List<List<String>> sheet(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(
                            cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
