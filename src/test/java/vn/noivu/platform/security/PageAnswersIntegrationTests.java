package vn.noivu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * How pages answer when the user may not go on: a missing record or page and a refused action keep the
 * menu; a refused htmx action shows its message instead of being dropped; an htmx request after the
 * session ended sends the whole window to the login page, never a login form inside a report; the header
 * names the user's scope.
 */
@NoiVuIntegrationTest
class PageAnswersIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void notFoundAndForbiddenPagesKeepTheMenu() {
        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);

        WebSession.Page missingRecord = viewer.get(port, "/personnel/people/987654321");
        assertThat(missingRecord.status()).isEqualTo(404);
        assertThat(missingRecord.body()).contains("class=\"mainnav\"", "hanoi.viewer");

        WebSession.Page missingPage = viewer.get(port, "/no-such-page");
        assertThat(missingPage.status()).isEqualTo(404);
        assertThat(missingPage.body()).contains("class=\"mainnav\"", "hanoi.viewer");

        viewer.get(port, "/staffing/targets");
        WebSession.Page refused = viewer.postForm(port, "/staffing/targets", Map.of("name", "x"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("class=\"mainnav\"", "Không có quyền");
    }

    @Test
    void theHeaderNamesTheScope() {
        WebSession editor = new WebSession();
        editor.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD);
        String header = editor.get(port, "/").body();
        assertThat(header).contains("Hà Nội").doesNotContain("Phạm vi 01");
    }

    @Test
    void aRefusedHtmxActionIsAnsweredWithItsMessage() throws Exception {
        WebSession viewer = new WebSession();
        viewer.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        viewer.get(port, "/personnel");
        WebSession.Page refused = viewer.upload(port, "/personnel/import", "people.csv", "a;b\n");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers().firstValue("HX-Retarget")).hasValue("#page-message");
        assertThat(refused.body()).contains("alert error").doesNotContain("<html");
    }

    @Test
    void anHtmxRequestWithoutSessionSendsTheWindowToLoginAndBackToThePage() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = "/admin-units/changes?from=2025-06-30&to=2025-07-01";
        HttpResponse<String> fragment = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/admin-units/changes/units?level=province"))
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost:" + port + page)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
        assertThat(fragment.body()).doesNotContain("password");

        // Signing in (same cookies) returns to the page the user was on, filters included.
        String login = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=hanoi.viewer&password="
                                + java.net.URLEncoder.encode(
                                        TestUsers.DEMO_PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                                + "&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(page);
    }

    @Test
    void staticFilesAreVersionedCachedAndCompressed() throws Exception {
        WebSession viewer = new WebSession();
        viewer.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        String page = viewer.get(port, "/staffing").body();
        java.util.regex.Matcher script = java.util.regex.Pattern.compile(
                        "src=\"(/webjars/echarts/[^\"]*echarts\\.min-[0-9a-f]{32}\\.js)\"")
                .matcher(page);
        assertThat(script.find()).as("a content-hashed ECharts URL").isTrue();
        HttpResponse<byte[]> echarts = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + script.group(1)))
                                .header("Accept-Encoding", "gzip")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(echarts.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000")
                .doesNotContain("no-store");
        assertThat(echarts.body().length).isLessThan(500_000);
    }

    @Test
    void aForeignAddressIsNeverWhereLoginReturns() {
        assertThat(HtmxAwareEntryPoints.samePageOf("https://evil.example/x?y=1"))
                .isEqualTo("/x?y=1");
        assertThat(HtmxAwareEntryPoints.samePageOf("//evil.example/x")).isEqualTo("/x");
        assertThat(HtmxAwareEntryPoints.samePageOf("/login?error")).isNull();
    }
}
