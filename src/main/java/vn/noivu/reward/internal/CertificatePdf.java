package vn.noivu.reward.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.PersonFacts;
import vn.noivu.personnel.Personnel;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * A certificate of merit (Giấy khen, Bằng khen) of a recorded award, printed to PDF with the same
 * library and fonts as the personnel module's form 2C: national motto, issuer, the form's name, to
 * whom, for what year, the decision's number and date, and the signer. Names, never codes: the
 * person's full name from the personnel dossier (the nomination's spelling only if the dossier is gone),
 * the unit's and the form's names — so an imported award prints like a nominated one.
 */
@Component
public class CertificatePdf {

    static final Set<String> FORMS = Set.of("GIAY_KHEN", "BANG_KHEN_BO_TINH", "BANG_KHEN_TTG");
    static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";

    private final JdbcClient jdbc;
    private final Personnel personnel;

    CertificatePdf(JdbcClient jdbc, Personnel personnel) {
        this.jdbc = jdbc;
        this.personnel = personnel;
    }

    private record Row(
            long id,
            Long personId,
            String orgCode,
            String titleCode,
            String titleName,
            int year,
            String decisionNo,
            LocalDate decisionDate,
            String issuer,
            String nomineeName,
            String summary,
            String unitName,
            LocalDate revokedOn) {}

    /** Writes the certificate of an award in the user's scope; 404 outside it, 422 for a title. */
    @Transactional(readOnly = true)
    public void write(long awardId, OutputStream out) {
        Row r = jdbc.sql("""
                        SELECT a.id, a.person_id, a.org_code, a.title_code,
                               (SELECT c.name FROM reward.catalogue c WHERE c.code = a.title_code
                                ORDER BY c.valid_from DESC LIMIT 1) AS title_name,
                               a.year, a.decision_no, a.decision_date, a.issuer, n.nominee_name, n.summary,
                               coalesce(u.name, a.org_code) AS unit_name, a.revoked_on
                        FROM reward.award a
                        LEFT JOIN reward.nomination n ON n.award_id = a.id
                        LEFT JOIN organization.api_unit u ON u.path = a.scope_path
                        WHERE a.id = :id AND a.scope_path LIKE :scope""")
                .param("id", awardId)
                .param("scope", CurrentUser.scope().likePattern())
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("award", awardId));
        if (!FORMS.contains(r.titleCode())) {
            throw new BusinessRuleException("title", "reward.certificate.notAForm", new Object[] {r.titleName()});
        }
        if (r.revokedOn() != null) {
            throw new BusinessRuleException("title", "reward.certificate.revoked", new Object[] {r.decisionNo()});
        }
        Font normal = new Font(font(FONT), 13);
        Font bold = new Font(font(FONT_BOLD), 13);
        Font big = new Font(font(FONT_BOLD), 30, Font.NORMAL, new java.awt.Color(0xB0, 0x10, 0x10));
        Font name = new Font(font(FONT_BOLD), 20);
        Document doc = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(r.titleName() + " " + r.decisionNo());
            doc.open();
            doc.add(centred(r.issuer().toUpperCase(java.util.Locale.forLanguageTag("vi")), bold));
            doc.add(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold));
            doc.add(centred("Độc lập - Tự do - Hạnh phúc", bold));
            doc.add(centred(" ", normal));
            doc.add(centred(r.titleCode().equals("GIAY_KHEN") ? "GIẤY KHEN" : "BẰNG KHEN", big));
            doc.add(centred(r.titleName(), normal));
            doc.add(centred(" ", normal));
            doc.add(centred("Tặng", normal));
            String who = r.orgCode() != null ? r.unitName() : personName(r);
            doc.add(centred(who, name));
            if (r.personId() != null && r.unitName() != null) {
                doc.add(centred(r.unitName(), normal));
            }
            doc.add(centred(
                    r.summary() != null
                            ? "Đã có thành tích: " + r.summary()
                            : "Đã có thành tích xuất sắc trong năm " + r.year(),
                    normal));
            doc.add(centred(" ", normal));
            doc.add(centred(
                    "Quyết định số " + r.decisionNo() + " ngày "
                            + r.decisionDate().getDayOfMonth() + " tháng "
                            + r.decisionDate().getMonthValue() + " năm "
                            + r.decisionDate().getYear(),
                    normal));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the certificate of award " + awardId, e);
        }
    }

    private String personName(Row r) {
        return personnel.personFacts(java.util.List.of(r.personId())).stream()
                .map(PersonFacts::fullName)
                .findFirst()
                .or(() -> java.util.Optional.ofNullable(r.nomineeName()))
                .orElse("Cán bộ mã " + r.personId());
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(4);
        return p;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
