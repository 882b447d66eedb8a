package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/** Hostile or careless values get a 4xx naming what is wrong, never a 500. */
@NoiVuIntegrationTest
class BadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anUnknownLanguageIsIgnoredOnEveryPageEvenBeforeSigningIn() {
        for (String lang : new String[] {"xx!!", "fr", "en_US_x_y", "_", "e%20n", "%00"}) {
            WebSession web = new WebSession();
            WebSession.Page page = web.get(port, "/login?lang=" + lang);
            assertThat(page.status()).as(lang).isEqualTo(200);
            assertThat(page.body()).as(lang).contains("Đăng nhập");
        }
        WebSession english = new WebSession();
        english.get(port, "/login?lang=en");
        assertThat(english.get(port, "/login?lang=zz").body()).contains("Sign in");
    }

    @Test
    void hugePagesAreClampedNotAnError() {
        Api viewer = Api.demo(port, "bnv.viewer");
        assertThat(viewer.get("/api/v1/staffing/quotas?page=2147483647&size=2147483647")
                        .status())
                .isEqualTo(200);
        assertThat(viewer.get("/api/v1/admin-units/search?q=ha&limit=-5").status())
                .isEqualTo(200);
        assertThat(Api.as(port, "admin", TestUsers.ADMIN_PASSWORD)
                        .get("/api/v1/audit?pageNumber=2147483647&size=2147483647")
                        .status())
                .isEqualTo(200);
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(
                                port,
                                "/admin-units/changes/units?from=2020-01-01&to=2026-01-01&level=commune&which=created"
                                        + "&page=2147483647")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAbsurdDateIsRefusedWithItsFieldNamed() {
        Api editor = Api.demo(port, "hanoi.editor");
        Api.Response body = editor.post("/api/v1/organizations/restructurings", """
                {"kind":"RENAME","effectiveDate":"+999999999-12-31","predecessors":["UBND.01"],
                 "successors":[{"code":"UBND.01","name":"X"}],"legalBasis":"1/QĐ"}""");
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveDate");

        Api.Response param = editor.get("/api/v1/organizations?asOf=%2B999999999-12-31");
        assertThat(param.status()).isEqualTo(400);
        assertThat(param.body()).contains("asOf");
    }

    @Test
    void anAwardWithoutADateIsRefusedWithTheFieldNamed() {
        Api editor = Api.demo(port, "hanoi.editor");
        long person = editor.get("/api/v1/people?q=")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        Api.Response r = editor.post("/api/v1/people/" + person + "/awards", "{\"title\":\"Bằng khen\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("awardDate").doesNotContain("Bằng khen");
    }
}
