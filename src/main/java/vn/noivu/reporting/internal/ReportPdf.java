package vn.noivu.reporting.internal;

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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.reporting.internal.FormDefinition.Column;

/**
 * A report or a consolidation as PDF in the form's printed layout, the same content as the XLSX
 * ({@link ReportWorkbook}): the header block (Biểu số, Đơn vị báo cáo, Đơn vị nhận báo cáo, Ngày nhận
 * báo cáo), title and period, the table under its merged column headers, the notes (pre-filled
 * figures and their sources), and the signature block. Liberation fonts (SIL OFL), as the CV and
 * certificates use, print Vietnamese; numbers in the Vietnamese way (16.473.600; 6,44).
 */
@Component
public class ReportPdf {

    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";
    private static final String FONT_ITALIC = "liberation/LiberationSerif-Italic.ttf";

    private final Texts texts;

    ReportPdf(Texts texts) {
        this.texts = texts;
    }

    public void write(
            FormPeriod fp, ReportWorkbook.Heading heading, Map<String, ?> values, List<String> notes, OutputStream out)
            throws IOException {
        FormDefinition form = fp.form();
        Font normal = new Font(font(FONT), 10);
        Font bold = new Font(font(FONT_BOLD), 10);
        Font italic = new Font(font(FONT_ITALIC), 10);
        Font title = new Font(font(FONT_BOLD), 13);
        Font small = new Font(font(FONT), 8.5f);
        Font smallBold = new Font(font(FONT_BOLD), 8.5f);
        // Wide forms (the award forms have 14 columns) print landscape, as the circular's appendix does.
        Document doc = new Document(form.columns().size() > 6 ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(form.code() + " — " + form.title());
            doc.open();
            doc.add(new Paragraph(texts.get("reporting.xlsx.formCode") + ": " + form.code(), bold));
            if (form.legalBasis() != null) {
                doc.add(new Paragraph(texts.get("reporting.xlsx.legalBasis") + ": " + form.legalBasis(), italic));
            }
            doc.add(new Paragraph(texts.get("reporting.xlsx.reportingUnit") + ": " + heading.reportingUnit(), normal));
            doc.add(new Paragraph(
                    texts.get("reporting.xlsx.receivingUnit") + ": "
                            + (form.receivingUnit() == null ? "—" : form.receivingUnit()),
                    normal));
            doc.add(new Paragraph(
                    heading.receivedOn() != null
                            ? texts.get("reporting.xlsx.receivedOn") + ": " + Reports.Formats.date(heading.receivedOn())
                            : texts.get("reporting.xlsx.deadline") + ": " + Reports.Formats.date(fp.deadline()),
                    normal));
            Paragraph t = new Paragraph(form.title().toUpperCase(Locale.forLanguageTag("vi")), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingBefore(10);
            doc.add(t);
            Paragraph p = new Paragraph(
                    texts.get(
                            "reporting.xlsx.period",
                            fp.period().code(),
                            Reports.Formats.date(fp.period().start()),
                            Reports.Formats.date(fp.period().end())),
                    normal);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
            String unit = form.unitOfMeasure() == null
                    ? ""
                    : texts.get("reporting.xlsx.unitOfMeasure") + ": " + form.unitOfMeasure();
            String note = heading.note() == null ? "" : heading.note();
            Paragraph u = new Paragraph(unit + (unit.isEmpty() || note.isEmpty() ? "" : " · ") + note, italic);
            u.setAlignment(Element.ALIGN_RIGHT);
            u.setSpacingAfter(6);
            doc.add(u);
            doc.add(table(form, values, small, smallBold));
            if (notes != null && !notes.isEmpty()) {
                Paragraph n = new Paragraph(texts.get("reporting.pdf.notes"), bold);
                n.setSpacingBefore(8);
                doc.add(n);
                for (String line : notes) {
                    doc.add(new Paragraph("– " + line, small));
                }
            }
            doc.add(signatures(normal, bold, italic));
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("could not write the PDF of " + form.code(), e);
        }
    }

    private PdfPTable table(FormDefinition form, Map<String, ?> values, Font font, Font bold) throws DocumentException {
        List<Column> columns = form.columns();
        PdfPTable table = new PdfPTable(columns.size() + 2);
        float[] widths = new float[columns.size() + 2];
        widths[0] = Math.max(6f, 2.2f * columns.size() / 2f + 5f);
        widths[1] = 1.2f;
        for (int i = 0; i < columns.size(); i++) {
            widths[i + 2] = 1.8f;
        }
        table.setWidths(widths);
        table.setWidthPercentage(100);
        boolean groups = columns.stream().anyMatch(c -> c.group() != null);
        int headerRows = groups ? 2 : 1;
        table.addCell(header(texts.get("reporting.xlsx.indicator"), bold, 1, headerRows));
        table.addCell(header(texts.get("reporting.xlsx.rowCode"), bold, 1, headerRows));
        int i = 0;
        while (i < columns.size()) {
            Column c = columns.get(i);
            int j = i;
            while (c.group() != null
                    && j + 1 < columns.size()
                    && c.group().equals(columns.get(j + 1).group())) {
                j++;
            }
            if (c.group() == null) {
                table.addCell(header(c.label(), bold, 1, headerRows));
            } else {
                table.addCell(header(c.group(), bold, j - i + 1, 1));
            }
            i = j + 1;
        }
        if (groups) {
            for (Column c : columns) {
                if (c.group() != null) {
                    table.addCell(header(c.label(), bold, 1, 1));
                }
            }
        }
        table.addCell(header("A", bold, 1, 1));
        table.addCell(header("B", bold, 1, 1));
        for (Column c : columns) {
            table.addCell(header(c.code(), bold, 1, 1));
        }
        // Header rows: 3 when there are groups (group, label, numbering), else 2.
        table.setHeaderRows(headerRows + 1);
        for (FormDefinition.Row row : form.rows()) {
            PdfPCell label = new PdfPCell(new Phrase(row.label(), row.level() == 0 ? bold : font));
            label.setPaddingLeft(3 + 8 * row.level());
            table.addCell(label);
            PdfPCell code = new PdfPCell(new Phrase(row.code(), font));
            code.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(code);
            for (Column c : columns) {
                Object v = values.get(row.code() + "." + c.code());
                PdfPCell cell = new PdfPCell(new Phrase(text(v), font));
                cell.setHorizontalAlignment(v instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                table.addCell(cell);
            }
        }
        return table;
    }

    private PdfPTable signatures(Font normal, Font bold, Font italic) {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        t.addCell(plain(new Phrase("", normal)));
        t.addCell(plain(new Phrase(texts.get("reporting.xlsx.placeDate"), italic)));
        t.addCell(plain(new Phrase(texts.get("reporting.xlsx.preparer"), bold)));
        t.addCell(plain(new Phrase(texts.get("reporting.xlsx.head"), bold)));
        t.addCell(plain(new Phrase(texts.get("reporting.xlsx.preparer.hint"), italic)));
        t.addCell(plain(new Phrase(texts.get("reporting.xlsx.head.hint"), italic)));
        t.setKeepTogether(true);
        return t;
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    private static PdfPCell header(String text, Font font, int colspan, int rowspan) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setGrayFill(0.92f);
        return c;
    }

    /** A figure in the Vietnamese way (1.234.567; 6,44), a text as it is. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.GERMANY));
            return f.format(new BigDecimal(n.toString()));
        }
        return v.toString();
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }
}
