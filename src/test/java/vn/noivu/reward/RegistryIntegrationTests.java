package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.reward.RewardTestData.person;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/** The registry in the personnel dossier (a fragment the dossier loads) and certificates printed to PDF. */
@NoiVuIntegrationTest
class RegistryIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private static long awardId(Api api, String query, String title) {
        return api.get("/api/v1/rewards/awards?" + query)
                .json()
                .valueStream()
                .filter(a -> a.get("title").asString().equals(title))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private static String certificate(Api api, long awardId) throws Exception {
        var pdf = api.get("/api/v1/rewards/awards/" + awardId + "/certificate.pdf");
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        return new PdfTextExtractor(new PdfReader(pdf.bytes())).getTextFromPage(1);
    }

    @Test
    void theCertificateOfAnImportedAwardNamesThePersonTheUnitAndTheFormNotTheirCodes() throws Exception {
        Api hanoi = Api.demo(port, "hanoi.editor");
        long personId = person(hanoi, "Hoàng Thị Lịch Sử", "UBND.01.SNV");
        // History without nominations: a person's Bằng khen and Labour Order, the department's Giấy khen.
        Path file = dir.resolve("lich-su-khen-thuong.csv");
        Files.writeString(file, """
                person_id,org_code,title,year,decision_no,decision_date,issuer
                %d,,BANG_KHEN_BO_TINH,2020,88/QĐ-UBND,15/12/2020,Ủy ban nhân dân thành phố Hà Nội
                %d,,HC_LAO_DONG_3,2021,1234/QĐ-CTN,2021-08-30,Chủ tịch nước
                ,UBND.01.SNV,GIAY_KHEN,2019,45/QĐ-SNV,2019-12-20,Sở Nội vụ thành phố Hà Nội
                """.formatted(personId, personId), StandardCharsets.UTF_8);
        var imported = hanoi.upload("/api/v1/rewards/imports", file, "kind", "awards");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("rows").asInt()).isEqualTo(3);

        String person = certificate(hanoi, awardId(hanoi, "personId=" + personId, "BANG_KHEN_BO_TINH"));
        assertThat(person)
                .contains("BẰNG KHEN")
                .contains("Hoàng Thị Lịch Sử")
                .contains("Sở Nội vụ thành phố Hà Nội")
                .contains("Bằng khen của bộ, ban, ngành, tỉnh")
                .contains("88/QĐ-UBND")
                .doesNotContain("Cán bộ mã")
                .doesNotContain(String.valueOf(personId))
                .doesNotContain("BANG_KHEN")
                .doesNotContain("UBND.01");
        String unit = certificate(hanoi, awardId(hanoi, "orgCode=UBND.01.SNV", "GIAY_KHEN"));
        assertThat(unit)
                .contains("GIẤY KHEN")
                .contains("Sở Nội vụ thành phố Hà Nội")
                .doesNotContain("GIAY_KHEN")
                .doesNotContain("UBND.01.SNV");

        // The order is in the registry with the President's decision; it is not a certificate of merit.
        JsonNode order = hanoi.get("/api/v1/rewards/awards?personId=" + personId)
                .json()
                .valueStream()
                .filter(a -> a.get("title").asString().equals("HC_LAO_DONG_3"))
                .findFirst()
                .orElseThrow();
        assertThat(order.get("decisionNo").asString()).isEqualTo("1234/QĐ-CTN");
        assertThat(hanoi.get("/api/v1/rewards/awards/" + order.get("id").asLong() + "/certificate.pdf")
                        .status())
                .isEqualTo(422);
    }

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
