package vn.noivu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reporting.ReportingTestData.enc;
import static vn.noivu.reporting.ReportingTestData.put;
import static vn.noivu.reporting.ReportingTestData.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A report's signed PDF, verified on arrival against the trusted root the tests configure
 * (target/test-signature-roots.pem, written here from a CA made with Bouncy Castle): a good one is
 * valid with its signer and time; a copy with one byte changed is tampered; one signed under another
 * CA is untrusted; a PDF without signature is unsigned. The result is kept and shown on the page.
 */
@NoiVuIntegrationTest
class SignedReportsIntegrationTests {

    static final String FORM = "0602.N/BNV-TĐKT";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void aSignedPdfIsVerifiedAndATamperedOrForeignOneIsReportedSo() throws Exception {
        TestSigning.Ca root = TestSigning.Ca.create("NoiVu Test Root CA");
        Files.writeString(Path.of("target/test-signature-roots.pem"), root.pem());
        TestSigning.Signer signer = root.issue("Nguyen Van An");
        TestSigning.Signer stranger = TestSigning.Ca.create("Other CA").issue("Tran Thi Binh");

        Api editor = Api.demo(port, "hcm.editor");
        String path = report(FORM, "2025", "UBND.79");
        Api.Response none = editor.upload(path + "/attachments", file("early.pdf", TestSigning.pdf("x", "y")));
        assertThat(none.status()).as("nothing to attach to yet").isEqualTo(409);
        assertThat(put(editor, FORM, "2025", "UBND.79", "{\"01.1\": 5}", null).status())
                .isEqualTo(200);

        Calendar when = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        when.add(Calendar.HOUR, -2);
        when.set(Calendar.MILLISECOND, 0);
        byte[] signed = TestSigning.sign(
                TestSigning.pdf("NOIVU-REPORT-1234", "Bao cao thi dua khen thuong 2025"), signer, when);

        JsonNode valid = attach(editor, path, "bao-cao-ky-so.pdf", signed);
        assertThat(valid.get("verdict").asString()).as(valid.toString()).isEqualTo("VALID");
        assertThat(valid.get("signer").asString()).isEqualTo("Nguyen Van An");
        assertThat(valid.get("issuer").asString()).contains("NoiVu Test Root CA");
        assertThat(valid.get("integrity").asBoolean()).isTrue();
        assertThat(valid.get("coversWhole").asBoolean()).isTrue();
        assertThat(valid.get("trusted").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(valid.get("signedAt").asString()).toInstant())
                .isEqualTo(when.toInstant());

        byte[] tampered = TestSigning.replaced(signed, "NOIVU-REPORT-1234", "NOIVU-REPORT-9234");
        JsonNode changed = attach(editor, path, "bao-cao-sua.pdf", tampered);
        assertThat(changed.get("verdict").asString()).as(changed.toString()).isEqualTo("TAMPERED");
        assertThat(changed.get("integrity").asBoolean()).isFalse();

        byte[] foreign = TestSigning.sign(TestSigning.pdf("NOIVU-REPORT-5678", "Bao cao"), stranger, when);
        JsonNode untrusted = attach(editor, path, "bao-cao-ca-khac.pdf", foreign);
        assertThat(untrusted.get("verdict").asString()).as(untrusted.toString()).isEqualTo("UNTRUSTED");
        assertThat(untrusted.get("integrity").asBoolean()).isTrue();
        assertThat(untrusted.get("trusted").asBoolean()).isFalse();
        assertThat(untrusted.get("signer").asString()).isEqualTo("Tran Thi Binh");

        JsonNode unsigned = attach(editor, path, "ban-chup.pdf", TestSigning.pdf("scan", "Ban chup"));
        assertThat(unsigned.get("verdict").asString()).isEqualTo("UNSIGNED");

        // Kept: listed newest first, and the file comes back byte for byte.
        JsonNode list = editor.get(path + "/attachments").json();
        assertThat(list).hasSize(4);
        assertThat(list.get(3).get("verdict").asString()).isEqualTo("VALID");
        assertThat(editor.getAny(path + "/attachments/" + valid.get("id").asLong())
                        .bytes())
                .isEqualTo(signed);

        // Another province neither sees nor attaches.
        Api hanoi = Api.demo(port, "hanoi.editor");
        assertThat(hanoi.get(path + "/attachments").status()).isEqualTo(404);
        assertThat(hanoi.upload(path + "/attachments", file("x.pdf", signed)).status())
                .isIn(403, 404);
        Api viewer = Api.demo(port, "bnv.viewer");
        assertThat(viewer.get(path + "/attachments").json()).hasSize(4);
        assertThat(viewer.upload(path + "/attachments", file("x.pdf", signed)).status())
                .as("a viewer attaches nothing")
                .isEqualTo(403);

        // The report page shows each file's verification in words.
        WebSession web = new WebSession();
        web.login(port, "hcm.editor", TestUsers.DEMO_PASSWORD);
        WebSession.Page page = web.get(port, "/reporting/forms/" + enc(FORM) + "/2025/UBND.79");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("bao-cao-ky-so.pdf", "Nguyen Van An", "Chữ ký hợp lệ", "đã bị sửa", "không được tin cậy")
                .doesNotContain(">TAMPERED<", ">VALID<");
    }

    private JsonNode attach(Api api, String path, String name, byte[] bytes) throws Exception {
        Api.Response r = api.upload(path + "/attachments", file(name, bytes));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }
}
