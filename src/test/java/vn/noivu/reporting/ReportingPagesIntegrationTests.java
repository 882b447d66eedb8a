package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.enc;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/** The reporting pages as a province's editor uses them: names not codes, the grid, saving and submitting. */
@NoiVuIntegrationTest
class ReportingPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aProvinceEditorFillsAndSubmitsAReportInTheFormsLayout() {
        WebSession web = new WebSession();
        assertThat(web.login(port, "hanoi.editor", TestUsers.DEMO_PASSWORD).status())
                .isEqualTo(302);

        WebSession.Page forms = web.get(port, "/reporting");
        assertThat(forms.status()).isEqualTo(200);
        assertThat(forms.body())
                .contains("Số phong trào thi đua", "Năm thi đua")
                .doesNotContain("EMULATION_YEAR", ">null<");

        WebSession.Page period = web.get(port, "/reporting/forms/" + enc("0604.N/BNV-TĐKT") + "?period=2025");
        assertThat(period.status()).isEqualTo(200);
        assertThat(period.body()).contains("Chưa báo cáo", "Phải báo cáo").doesNotContain(">MISSING<", ">null<");

        String grid = "/reporting/forms/" + enc("0604.N/BNV-TĐKT") + "/2025/UBND.01";
        WebSession.Page page = web.get(port, grid);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"c.01.1\"", "Ban thuộc Sở Nội vụ", "Mã số");

        WebSession.Page wrong = web.postForm(port, grid, Map.of("c.01.1", "ba", "action", "save"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Ô 01.1 (Tổng số / Số lượng) phải là số");

        // The cells NoiVu pre-fills (bodies doing emulation work) take a reason when typed otherwise.
        WebSession.Page blocked = web.postForm(
                port,
                grid,
                Map.of(
                        "c.01.1",
                        "4",
                        "c.04.1",
                        "1",
                        "c.05.1",
                        "2",
                        "r.01.1",
                        "Báo cáo giấy",
                        "r.05.1",
                        "Báo cáo giấy",
                        "action",
                        "submit"));
        assertThat(blocked.body()).contains("Tổng số bằng tổng các loại tổ chức", "Đang nhập");

        WebSession.Page sent = web.postForm(
                port,
                grid,
                Map.of(
                        "c.01.1",
                        "3",
                        "c.04.1",
                        "1",
                        "c.05.1",
                        "2",
                        "r.01.1",
                        "Báo cáo giấy",
                        "r.05.1",
                        "Báo cáo giấy",
                        "action",
                        "submit"));
        assertThat(sent.body()).contains("Đã gửi, chờ xem xét").doesNotContain("name=\"c.01.1\"");

        assertThat(web.get(port, grid + "/xlsx").status()).isEqualTo(200);
    }
}
