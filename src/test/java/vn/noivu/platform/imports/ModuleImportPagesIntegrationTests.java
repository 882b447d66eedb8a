package vn.noivu.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * The import pages of rewards, the reform index and report forms, as an officer uses them: the template
 * to download, the form for those allowed only, the outcome with its errors under real headers, and the
 * import landing in the module's history (who, which file, rows, outcome).
 */
@NoiVuIntegrationTest
class ModuleImportPagesIntegrationTests {

    @LocalServerPort
    int port;

    static WebSession as(int port, String user) {
        WebSession web = new WebSession();
        web.login(port, user, TestUsers.DEMO_PASSWORD);
        return web;
    }

    static String unique(String name) {
        return name + "-" + System.nanoTime() + ".csv";
    }

    @Test
    void anAwardFileIsUploadedOnTheRewardsPageAndItsRefusalLandsInTheHistory() {
        WebSession editor = as(port, "hanoi.editor");
        String page = editor.get(port, "/rewards/imports?lang=vi").body();
        assertThat(page)
                .contains("id=\"import-form\"")
                .contains("/imports/templates/reward/awards")
                .contains("/imports/templates/reward/initiatives")
                .contains("hx-disabled-elt")
                .contains("import-busy")
                .contains("/imports/history?module=reward");
        assertThat(editor.get(port, "/rewards/nominations").body()).contains("/rewards/imports");

        String file = unique("khen-thuong");
        WebSession.Page refused = editor.upload(
                port,
                "/rewards/imports?kind=awards",
                file,
                "person_id,org_code,title,year,decision_no,decision_date,issuer\n"
                        + "999999999,,Chiến sĩ thi đua cơ sở,2025,1/QĐ-UBND,2025-12-01,UBND\n");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"import-refused\"")
                .contains("id=\"import-errors\"")
                .contains("<th class=\"num\">Dòng</th>")
                .contains("Cột/Trường")
                .contains("Lý do")
                .contains(file);
        String history = editor.get(port, "/imports/history?module=reward").body();
        assertThat(history).contains(file).contains("Bị từ chối").contains("hanoi.editor");

        String viewer = as(port, "hanoi.viewer").get(port, "/rewards/imports").body();
        assertThat(viewer).doesNotContain("id=\"import-form\"").contains("id=\"import-not-allowed\"");
        assertThat(viewer).contains("/imports/history?module=reward");
    }

    @Test
    void theReformPageOffersItsThreeKindsByNameAndRecordsEachUpload() {
        WebSession ministry = as(port, "bnv.editor");
        String page = ministry.get(port, "/reform/imports?lang=vi").body();
        assertThat(page)
                .contains("id=\"import-kind\"")
                .contains("value=\"method\"")
                .contains("value=\"scores\"")
                .contains("value=\"published\"")
                .contains("Bảng kết quả đã công bố")
                .contains("/imports/templates/reform/method");
        assertThat(ministry.get(port, "/reform").body()).contains("/reform/imports");

        String file = unique("phuong-phap");
        WebSession.Page refused = ministry.upload(
                port,
                "/reform/imports?kind=method",
                file,
                "year,set,province_code,code,parent_code,name,max_points,kind\n"
                        + "1999,PROVINCES,,A1,,Tiêu chí thử,10,SELF_ASSESSED\n");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"import-errors\"").contains("1999");
        assertThat(ministry.get(port, "/imports/history?module=reform").body())
                .contains(file)
                .contains("bnv.editor");

        assertThat(as(port, "bnv.viewer").get(port, "/reform/imports").body()).doesNotContain("id=\"import-form\"");
    }

    @Test
    void aFormDefinitionIsIssuedOnThePageByTheMinistryOnlyAndBothOutcomesLandInTheHistory() throws IOException {
        assertThat(as(port, "hanoi.editor").get(port, "/reporting/imports").body())
                .doesNotContain("id=\"import-form\"")
                .contains("id=\"import-not-allowed\"");

        WebSession ministry = as(port, "bnv.editor");
        String page = ministry.get(port, "/reporting/imports?lang=vi").body();
        assertThat(page)
                .contains("id=\"import-form\"")
                .contains("accept=\".json\"")
                .contains("/reporting/imports/sample.json");
        assertThat(ministry.get(port, "/reporting").body()).contains("/reporting/imports");
        String sample = new String(ministry.download(port, "/reporting/imports/sample.json"), StandardCharsets.UTF_8);
        assertThat(sample).contains("\"code\"");

        String code = "TEST-" + System.nanoTime() + ".N/NV";
        String definition = new ClassPathResource("reporting/forms/bc-01.json")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("\"BC-01.N/NV\"", "\"" + code + "\"")
                .replace("\"validFrom\": \"2025-01-01\"", "\"validFrom\": \"2041-01-01\"");
        assertThat(definition).contains(code).contains("2041-01-01");
        String good = "bieu-" + System.nanoTime() + ".json";
        WebSession.Page applied = ministry.upload(port, "/reporting/imports", good, definition);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.body()).contains("id=\"import-applied\"").contains(good);

        String bad = "hong-" + System.nanoTime() + ".json";
        WebSession.Page refused = ministry.upload(port, "/reporting/imports", bad, "{\"code\": \"\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"import-errors\"").contains("Cột/Trường");

        String history = ministry.get(port, "/imports/history?module=reporting").body();
        assertThat(history)
                .contains(good)
                .contains(bad)
                .contains("Định nghĩa biểu mẫu báo cáo")
                .contains("Đã nhập")
                .contains("Bị từ chối");
    }
}
