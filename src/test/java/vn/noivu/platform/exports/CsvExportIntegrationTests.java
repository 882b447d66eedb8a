package vn.noivu.platform.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/** A value imported as a spreadsheet formula comes back from a CSV export as text, never as a formula. */
@NoiVuIntegrationTest
class CsvExportIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void aQuotaExportNeutralisesFormulasInTextCells() throws Exception {
        Path file = dir.resolve("formula.csv");
        Files.writeString(
                file,
                "org_code,year,category,assigned,actual,legal_basis\n"
                        + "UBND.01.SCT,2030,CIVIL_SERVANT,40,38,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\n"
                        + "UBND.01.STC,2030,CIVIL_SERVANT,40,38,@SUM(1+1)\n",
                StandardCharsets.UTF_8);
        Api.Response imported = Api.demo(port, "hanoi.editor").upload("/api/v1/staffing/imports", file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        String csv = Api.demo(port, "hanoi.viewer")
                .getAny("/api/v1/staffing/quotas/export?scope=UBND.01&year=2030&format=csv")
                .body();
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                .contains(",'@SUM(1+1)")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",@SUM");
    }
}
