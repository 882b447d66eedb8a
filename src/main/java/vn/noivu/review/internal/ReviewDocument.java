package vn.noivu.review.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.noivu.review.Review;
import vn.noivu.review.ReviewFigure;

/**
 * The review as an administrative report laid out under NĐ 30/2020/NĐ-CP (Appendix I): A4, margins
 * 20/15/20/30 mm, Times New Roman 13–14; the issuing body and the national title and motto side by side,
 * number and symbol, place and date, the type (BÁO CÁO) and summary, the body — per section the drafter's
 * narrative, the computed sentences and a table of the figures —, recipients and the signature block.
 */
@Component
public class ReviewDocument {

    private static final String FONT = "Times New Roman";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    public void write(Review r, Map<String, String> text, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            header(doc, r, text);
            title(doc, r);
            int n = 0;
            for (Review.Section s : r.sections()) {
                section(doc, ROMAN[n++ % ROMAN.length], s);
            }
            if (r.approval() != null && r.approval().liveDiffers()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
                run(
                        p,
                        "Ghi chú: số liệu trong báo cáo là số liệu tại thời điểm phê duyệt; "
                                + r.approval().differences().size()
                                + " chỉ tiêu đã thay đổi sau khi dữ liệu được cập nhật.",
                        13,
                        false,
                        true);
            }
            ending(doc, r, text);
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4: 210 mm in twentieths of a point
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(mm(20)));
        margin.setBottom(BigInteger.valueOf(mm(20)));
        margin.setLeft(BigInteger.valueOf(mm(30)));
        margin.setRight(BigInteger.valueOf(mm(15)));
    }

    private static long mm(int mm) {
        return Math.round(mm * 1440 / 25.4);
    }

    private static void header(XWPFDocument doc, Review r, Map<String, String> text) {
        XWPFTable t = doc.createTable(3, 2);
        t.removeBorders();
        t.setWidth("100%");
        String superior = r.scope() == null
                ? ""
                : "UBND "
                        + r.scopeName()
                                .replaceFirst("^(?i)ủy ban nhân dân ", "")
                                .toUpperCase();
        String body = r.scope() == null
                ? "BỘ NỘI VỤ"
                : r.provinceCode() != null ? "SỞ NỘI VỤ" : r.scopeName().toUpperCase();
        XWPFParagraph left = cell(t.getRow(0).getCell(0));
        if (!superior.isEmpty()) {
            run(left, superior, 13, false, false);
            left.createRun().addBreak();
        }
        run(left, body, 13, true, false);
        XWPFParagraph right = cell(t.getRow(0).getCell(1));
        run(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        right.createRun().addBreak();
        XWPFRun motto = run(right, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        motto.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        run(
                cell(t.getRow(1).getCell(0)),
                "Số: " + text.getOrDefault("number", "      /BC-" + (r.scope() == null ? "BNV" : "SNV")),
                13,
                false,
                false);
        LocalDate today = LocalDate.now();
        String place = text.getOrDefault("place", r.scope() == null ? "Hà Nội" : "………");
        run(
                cell(t.getRow(1).getCell(1)),
                place + ", ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm "
                        + today.getYear(),
                14,
                false,
                true);
    }

    private static void title(XWPFDocument doc, Review r) {
        XWPFParagraph type = paragraph(doc, ParagraphAlignment.CENTER);
        type.setSpacingBefore(240);
        run(type, "BÁO CÁO", 14, true, false);
        XWPFParagraph summary = paragraph(doc, ParagraphAlignment.CENTER);
        run(
                summary,
                "Tổng kết công tác năm " + r.year() + " của ngành Nội vụ"
                        + (r.scope() == null ? "" : " — " + r.scopeName())
                        + ", so sánh với năm " + r.baselineYear(),
                14,
                true,
                false);
        XWPFParagraph asOf = paragraph(doc, ParagraphAlignment.CENTER);
        run(asOf, "(Số liệu tính đến ngày " + Vn.date(r.asOf()) + ")", 13, false, true);
    }

    private static void section(XWPFDocument doc, String number, Review.Section s) {
        XWPFParagraph head = paragraph(doc, ParagraphAlignment.LEFT);
        head.setSpacingBefore(200);
        run(head, number + ". " + s.title().toUpperCase(), 14, true, false);
        if (s.narrative() != null) {
            for (String line : s.narrative().split("\\R+")) {
                run(paragraph(doc, ParagraphAlignment.BOTH), line, 14, false, false)
                        .getParagraph()
                        .setFirstLineIndent(567);
            }
        }
        if (!s.available()) {
            run(
                    paragraph(doc, ParagraphAlignment.BOTH),
                    "(Chưa có số liệu: phân hệ chưa được triển khai.)",
                    14,
                    false,
                    true);
            return;
        }
        if (s.figures().isEmpty()) {
            run(paragraph(doc, ParagraphAlignment.BOTH), "(Không có số liệu trong phạm vi báo cáo.)", 14, false, true);
            return;
        }
        for (ReviewFigure f : s.figures()) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
            p.setFirstLineIndent(567);
            run(p, "- " + f.sentence(), 14, false, false);
        }
        table(doc, s.figures());
    }

    private static void table(XWPFDocument doc, List<ReviewFigure> figures) {
        XWPFTable t = doc.createTable(figures.size() + 1, 5);
        t.setWidth("100%");
        String[] head = {"Chỉ tiêu", "Năm so sánh", "Số năm so sánh", "Số năm báo cáo", "Tỷ lệ giảm"};
        for (int i = 0; i < head.length; i++) {
            run(cell(t.getRow(0).getCell(i)), head[i], 13, true, false);
        }
        for (int i = 0; i < figures.size(); i++) {
            ReviewFigure f = figures.get(i);
            var row = t.getRow(i + 1);
            run(cell(row.getCell(0)), f.label(), 13, false, false);
            run(
                    cell(row.getCell(1)),
                    f.baselineYear() == null ? "" : String.valueOf(f.baselineYear()),
                    13,
                    false,
                    false);
            boolean pct = "%".equals(f.unit());
            run(cell(row.getCell(2)), pct || f.baseline() == null ? "" : Vn.number(f.baseline()), 13, false, false);
            run(cell(row.getCell(3)), pct ? "" : Vn.number(f.value()), 13, false, false);
            run(cell(row.getCell(4)), Vn.percent(f.changePercent()), 13, false, false);
        }
    }

    private static void ending(XWPFDocument doc, Review r, Map<String, String> text) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        XWPFParagraph left = cell(t.getRow(0).getCell(0));
        left.setAlignment(ParagraphAlignment.LEFT);
        run(left, "Nơi nhận:", 12, true, true);
        String recipients = text.getOrDefault(
                "recipients",
                r.scope() == null
                        ? "Thủ tướng Chính phủ;\nCác bộ, cơ quan ngang bộ;\nUBND các tỉnh, thành phố;\nLưu: VT."
                        : "Bộ Nội vụ;\nUBND tỉnh;\nLưu: VT.");
        for (String line : recipients.split("\\R+")) {
            left.createRun().addBreak();
            run(left, "- " + line, 11, false, false);
        }
        XWPFParagraph right = cell(t.getRow(0).getCell(1));
        run(right, text.getOrDefault("signerTitle", r.scope() == null ? "BỘ TRƯỞNG" : "GIÁM ĐỐC"), 14, true, false);
        right.createRun().addBreak();
        run(right, "(Ký, ghi rõ họ tên)", 14, false, true);
        for (int i = 0; i < 3; i++) {
            right.createRun().addBreak();
        }
        run(right, text.getOrDefault("signer", ""), 14, true, false);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(60);
        return p;
    }

    private static XWPFParagraph cell(XWPFTableCell c) {
        XWPFParagraph p = c.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
