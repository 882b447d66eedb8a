package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.F0601;
import static vn.noivu.reporting.ReportingTestData.accepted;
import static vn.noivu.reporting.ReportingTestData.enc;
import static vn.noivu.reporting.ReportingTestData.put;
import static vn.noivu.reporting.ReportingTestData.report;
import static vn.noivu.reporting.ReportingTestData.submitted;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A report and a consolidation as PDF in the form's layout, read back as text: the header block, the
 * figures in the Vietnamese way, the signature block; and a pre-filled cell's source shown by its name
 * (never its code) on the grid and in the exports.
 */
@NoiVuIntegrationTest
class ReportPdfIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aReportAndTheConsolidationPrintToPdfWithTheirFigures() throws Exception {
        Api editor = Api.demo(port, "bnv.editor");
        Api leader = Api.demo(port, "bnv.leader");
        // Row 01 = 6k (k + 2k + 3k), every rule of the form holds (as in ReportsIntegrationTests).
        int k = 12345;
        String values = """
                {"01.1": %1$d, "01.2": %2$d, "01.3": %3$d, "01.4": %4$d,
                 "02.1": %2$d, "02.2": %2$d, "03.1": %3$d, "03.3": %3$d, "05.1": %4$d, "05.4": %4$d,
                 "07.1": %1$d, "07.2": %2$d, "07.3": %3$d, "07.4": %4$d,
                 "12.1": %1$d, "12.2": %2$d, "12.3": %3$d, "12.4": %4$d}""".formatted(6 * k, k, 2 * k, 3 * k);
        submitted(editor, F0601, "2025", "UBND.79", values, null);
        accepted(leader, F0601, "2025", "UBND.79");
        submitted(editor, F0601, "2025", "UBND.01", values, null);
        accepted(leader, F0601, "2025", "UBND.01");

        Api.Response pdf = editor.getAny(report(F0601, "2025", "UBND.79") + "/export?format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = text(pdf.bytes());
        assertThat(text)
                .contains("Biểu số: " + F0601, "Đơn vị báo cáo:", "Đơn vị nhận báo cáo:", "Ngày nhận báo cáo:")
                .contains("74.070", "12.345", "24.690", "37.035")
                .contains("Người lập biểu", "Thủ trưởng đơn vị");

        Api.Response national =
                leader.getAny("/api/v1/reporting/consolidation/export?form=" + enc(F0601) + "&period=2025&format=pdf");
        assertThat(national.status()).isEqualTo(200);
        assertThat(text(national.bytes()))
                .contains("Toàn quốc", "Tổng hợp 2 báo cáo")
                .contains("148.140", "24.690", "74.070");
        Api.Response city = leader.getAny(
                "/api/v1/reporting/consolidation/export?form=" + enc(F0601) + "&period=2025&scope=79&format=pdf");
        assertThat(text(city.bytes())).contains("74.070").doesNotContain("148.140");

        WebSession web = new WebSession();
        web.login(port, "bnv.leader", TestUsers.DEMO_PASSWORD);
        byte[] page = web.bytes(port, "/reporting/forms/" + enc(F0601) + "/2025/consolidation.pdf");
        assertThat(text(page)).contains("148.140");
    }

    @Test
    void aPrefilledCellsSourceIsShownByNameInTheGridAndTheExports() throws Exception {
        String form = "DVHC-TC-01.N/NV";
        Api editor = Api.demo(port, "hcm.editor");
        Api.Response created = put(editor, form, "2025", "UBND.79", "{}", null);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().get("prefill").get("02.1").get("source").asString())
                .as("the API keeps the source's code")
                .isEqualTo("adminunit.communes");

        WebSession web = new WebSession();
        web.login(port, "hcm.editor", TestUsers.DEMO_PASSWORD);
        WebSession.Page grid = web.get(port, "/reporting/forms/" + enc(form) + "/2025/UBND.79");
        assertThat(grid.body())
                .contains("Số đơn vị hành chính cấp xã", "Số sở và cơ quan tương đương")
                .doesNotContain("adminunit.communes", "organization.provincial-departments");

        String pdf = text(editor.getAny(report(form, "2025", "UBND.79") + "/export?format=pdf")
                .bytes());
        assertThat(pdf).contains("Số đơn vị hành chính cấp xã").doesNotContain("adminunit.communes");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                editor.getAny(report(form, "2025", "UBND.79") + "/export").bytes()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            StringBuilder notes = new StringBuilder();
            wb.getSheetAt(1)
                    .forEach(
                            r -> notes.append(r.getCell(0).getStringCellValue()).append('\n'));
            assertThat(notes.toString()).contains("Số đơn vị hành chính cấp xã").doesNotContain("adminunit.");
        }
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder out = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                out.append(extractor.getTextFromPage(p)).append('\n');
            }
            return out.toString();
        } finally {
            reader.close();
        }
    }
}
