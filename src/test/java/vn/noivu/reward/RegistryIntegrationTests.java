package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reward.RewardTestData.person;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/** The registry in the personnel dossier (a fragment the dossier loads) and certificates printed to PDF. */
@NoiVuIntegrationTest
class RegistryIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theDossierShowsThePersonsAwardsAndACertificateIsPrintedInScopeOnly() throws Exception {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long personId = person(hanoi, "Vũ Thị Bằng Khen", "UBND.01.SNV");
        var award = hanoi.post("/api/v1/rewards/awards", """
                {"personId":%d,"title":"BANG_KHEN_BO_TINH","year":2026,"decisionNo":"321/QĐ-UBND",
                 "decisionDate":"2026-11-20","issuer":"Ủy ban nhân dân thành phố Hà Nội"}""".formatted(personId));
        assertThat(award.status()).as(award.body()).isEqualTo(201);
        long awardId = award.json().get("id").asLong();
        RewardTestData.award(hanoi, personId, "CSTD_CS", 2026);
        long titleId = hanoi.get("/api/v1/rewards/awards?personId=" + personId)
                .json()
                .valueStream()
                .filter(a -> a.get("title").asString().equals("CSTD_CS"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();

        var pdf = hanoi.get("/api/v1/rewards/awards/" + awardId + "/certificate.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        String text = new PdfTextExtractor(new PdfReader(pdf.bytes())).getTextFromPage(1);
        assertThat(text)
                .contains("BẰNG KHEN")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("321/QĐ-UBND")
                .contains("Sở Nội vụ");
        // A title is not a certificate of merit.
        assertThat(hanoi.get("/api/v1/rewards/awards/" + titleId + "/certificate.pdf")
                        .status())
                .isEqualTo(422);
        assertThat(Api.demo(port, "hcm.editor")
                        .get("/api/v1/rewards/awards/" + awardId + "/certificate.pdf")
                        .status())
                .isEqualTo(404);

        WebSession web = new WebSession();
        web.login(port, "hanoi.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(web.get(port, "/personnel/people/" + personId).body())
                .contains("hx-get=\"/rewards/people/" + personId + "/awards\"");
        var fragment = web.get(port, "/rewards/people/" + personId + "/awards");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body())
                .contains("Bằng khen của bộ, ban, ngành, tỉnh")
                .contains("Chiến sĩ thi đua cơ sở")
                .contains("/rewards/awards/" + awardId + "/certificate.pdf")
                .doesNotContain("<html");
        assertThat(web.get(port, "/rewards/awards/" + awardId + "/certificate.pdf")
                        .status())
                .isEqualTo(200);

        WebSession other = new WebSession();
        other.login(port, "hcm.editor", TestUsers.DEMO_PASSWORD);
        assertThat(other.get(port, "/rewards/people/" + personId + "/awards").body())
                .doesNotContain("321/QĐ-UBND");
        assertThat(other.get(port, "/rewards/awards/" + awardId + "/certificate.pdf")
                        .status())
                .isEqualTo(404);
    }
}
