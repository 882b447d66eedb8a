package vn.noivu.review.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.review.Review;
import vn.noivu.review.ReviewFigure;

/**
 * The review as a PDF laid out as its DOCX ({@link ReviewDocument}) under NĐ 30/2020/NĐ-CP: A4,
 * margins 20/15/20/30 mm, the issuing body beside the national title and motto, number and place and
 * date, "BÁO CÁO" and its summary, per section the narrative, the sentences and a table of figures,
 * then recipients and the signature block. Liberation Serif (metric-compatible with Times New Roman,
 * with the Vietnamese glyphs; the same fonts as the certificates and form 2C) is embedded.
 */
@Component
public class ReviewPdf {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final BaseFont regular = font("liberation/LiberationSerif-Regular.ttf");
    private final BaseFont bold = font("liberation/LiberationSerif-Bold.ttf");
    private final BaseFont italic = font("liberation/LiberationSerif-Italic.ttf");

    public void write(Review r, Map<String, String> text, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, mm(30), mm(15), mm(20), mm(20));
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Báo cáo tổng kết năm " + r.year() + " — " + r.scopeName());
            doc.open();
            header(doc, r, text);
            title(doc, r);
            int n = 0;
            for (Review.Section s : r.sections()) {
                section(doc, ROMAN[n++ % ROMAN.length], s);
            }
            if (r.approval() != null && r.approval().liveDiffers()) {
                doc.add(paragraph(
                        "Ghi chú: số liệu trong báo cáo là số liệu tại thời điểm phê duyệt; "
                                + r.approval().differences().size()
                                + " chỉ tiêu đã thay đổi sau khi dữ liệu được cập nhật.",
                        new Font(italic, 13),
                        Element.ALIGN_JUSTIFIED));
            }
            ending(doc, r, text);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("could not write the review's PDF", e);
        }
    }

    private void header(Document doc, Review r, Map<String, String> text) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {40, 60});
        t.setWidthPercentage(100);
        String superior = r.scope() == null
                ? ""
                : "UBND "
                        + r.scopeName()
                                .replaceFirst("^(?i)ủy ban nhân dân ", "")
                                .toUpperCase(VI);
        String body = r.scope() == null
                ? "BỘ NỘI VỤ"
                : r.provinceCode() != null ? "SỞ NỘI VỤ" : r.scopeName().toUpperCase(VI);
        Phrase left = new Phrase();
        if (!superior.isEmpty()) {
            left.add(new Chunk(superior + "\n", new Font(regular, 13)));
        }
        left.add(new Chunk(body, new Font(bold, 13)));
        t.addCell(cell(left, Element.ALIGN_CENTER));
        Phrase right = new Phrase();
        right.add(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", new Font(bold, 13)));
        right.add(new Chunk("Độc lập - Tự do - Hạnh phúc", new Font(bold, 14, Font.UNDERLINE)));
        t.addCell(cell(right, Element.ALIGN_CENTER));
        String number = text.getOrDefault("number", "      /BC-" + (r.scope() == null ? "BNV" : "SNV"));
        t.addCell(cell(new Phrase("Số: " + number, new Font(regular, 13)), Element.ALIGN_CENTER));
        LocalDate today = LocalDate.now();
        String place = text.getOrDefault("place", r.scope() == null ? "Hà Nội" : "………");
        t.addCell(cell(
                new Phrase(
                        place + ", ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm "
                                + today.getYear(),
                        new Font(italic, 14)),
                Element.ALIGN_CENTER));
        doc.add(t);
    }

    private void title(Document doc, Review r) throws DocumentException {
        Paragraph type = paragraph("BÁO CÁO", new Font(bold, 14), Element.ALIGN_CENTER);
        type.setSpacingBefore(12);
        doc.add(type);
        doc.add(paragraph(
                "Tổng kết công tác năm " + r.year() + " của ngành Nội vụ"
                        + (r.scope() == null ? "" : " — " + r.scopeName())
                        + ", so sánh với năm " + r.baselineYear(),
                new Font(bold, 14),
                Element.ALIGN_CENTER));
        doc.add(paragraph(
                "(Số liệu tính đến ngày " + Vn.date(r.asOf()) + ")", new Font(italic, 13), Element.ALIGN_CENTER));
    }

    private void section(Document doc, String number, Review.Section s) throws DocumentException {
        Paragraph head = paragraph(number + ". " + s.title().toUpperCase(VI), new Font(bold, 14), Element.ALIGN_LEFT);
        head.setSpacingBefore(10);
        doc.add(head);
        if (s.narrative() != null) {
            for (String line : s.narrative().split("\\R+")) {
                doc.add(indented(line, new Font(regular, 14)));
            }
        }
        if (!s.available()) {
            doc.add(paragraph(
                    "(Chưa có số liệu: phân hệ chưa được triển khai.)", new Font(italic, 14), Element.ALIGN_JUSTIFIED));
            return;
        }
        if (s.figures().isEmpty()) {
            doc.add(paragraph(
                    "(Không có số liệu trong phạm vi báo cáo.)", new Font(italic, 14), Element.ALIGN_JUSTIFIED));
            return;
        }
        for (ReviewFigure f : s.figures()) {
            doc.add(indented("- " + f.sentence(), new Font(regular, 14)));
        }
        table(doc, s.figures());
    }

    private void table(Document doc, List<ReviewFigure> figures) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {40, 12, 16, 16, 16});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        Font head = new Font(bold, 12);
        Font body = new Font(regular, 12);
        for (String h : new String[] {"Chỉ tiêu", "Năm so sánh", "Số năm so sánh", "Số năm báo cáo", "Tỷ lệ giảm"}) {
            t.addCell(bordered(new Phrase(h, head), Element.ALIGN_CENTER));
        }
        for (ReviewFigure f : figures) {
            boolean pct = "%".equals(f.unit());
            t.addCell(bordered(new Phrase(f.label(), body), Element.ALIGN_LEFT));
            t.addCell(bordered(
                    new Phrase(f.baselineYear() == null ? "" : String.valueOf(f.baselineYear()), body),
                    Element.ALIGN_CENTER));
            t.addCell(bordered(
                    new Phrase(pct || f.baseline() == null ? "" : Vn.number(f.baseline()), body), Element.ALIGN_RIGHT));
            t.addCell(bordered(
                    new Phrase(pct ? Vn.percent(f.value()) : Vn.number(f.value()), body), Element.ALIGN_RIGHT));
            t.addCell(bordered(new Phrase(Vn.percent(f.changePercent()), body), Element.ALIGN_RIGHT));
        }
        doc.add(t);
    }

    private void ending(Document doc, Review r, Map<String, String> text) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {50, 50});
        t.setWidthPercentage(100);
        t.setSpacingBefore(16);
        t.setKeepTogether(true);
        Phrase left = new Phrase();
        left.add(new Chunk("Nơi nhận:", new Font(bold, 12, Font.ITALIC)));
        String recipients = text.getOrDefault(
                "recipients",
                r.scope() == null
                        ? "Thủ tướng Chính phủ;\nCác bộ, cơ quan ngang bộ;\nUBND các tỉnh, thành phố;\nLưu: VT."
                        : "Bộ Nội vụ;\nUBND tỉnh;\nLưu: VT.");
        for (String line : recipients.split("\\R+")) {
            left.add(new Chunk("\n- " + line, new Font(regular, 11)));
        }
        t.addCell(cell(left, Element.ALIGN_LEFT));
        Phrase right = new Phrase();
        right.add(new Chunk(
                text.getOrDefault("signerTitle", r.scope() == null ? "BỘ TRƯỞNG" : "GIÁM ĐỐC") + "\n",
                new Font(bold, 14)));
        right.add(new Chunk("(Ký, ghi rõ họ tên)\n\n\n\n", new Font(italic, 14)));
        right.add(new Chunk(text.getOrDefault("signer", ""), new Font(bold, 14)));
        t.addCell(cell(right, Element.ALIGN_CENTER));
        doc.add(t);
    }

    private static Paragraph paragraph(String text, Font font, int align) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(align);
        p.setSpacingAfter(3);
        return p;
    }

    /** A body paragraph: justified, first line indented 1 cm as the DOCX's. */
    private static Paragraph indented(String text, Font font) {
        Paragraph p = paragraph(text, font, Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(mm(10));
        return p;
    }

    private static PdfPCell cell(Phrase content, int align) {
        PdfPCell c = new PdfPCell(content);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPaddingBottom(6);
        return c;
    }

    private static PdfPCell bordered(Phrase content, int align) {
        PdfPCell c = new PdfPCell(content);
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        return c;
    }

    private static float mm(int mm) {
        return mm * 72f / 25.4f;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ReviewPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("could not load the font " + resource, e);
        }
    }
}
