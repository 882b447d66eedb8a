package vn.noivu.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.noivu.reporting.internal.FormDefinition.Column;

/**
 * A report or a consolidation as an XLSX sheet in the form's printed layout: the header block (Biểu
 * số, Đơn vị báo cáo, Đơn vị nhận báo cáo, Ngày nhận báo cáo), the title and period, the table with
 * column A (indicator), B (Mã số) and the numbered columns under their merged group headers, then the
 * signature block (Người lập biểu; Thủ trưởng đơn vị).
 */
@Component
public class ReportWorkbook {

    /** Spreadsheet row (0-based) of the first indicator row, so tests and readers know where data starts. */
    static final int HEADER_ROWS = 12;

    private final Texts texts;

    ReportWorkbook(Texts texts) {
        this.texts = texts;
    }

    /** What goes into the header block: the reporting unit's name and the day the report arrived, if any. */
    public record Heading(String reportingUnit, LocalDate receivedOn, String note) {}

    public void write(FormPeriod fp, Heading heading, Map<String, ?> values, OutputStream out) throws IOException {
        write(fp, heading, values, java.util.List.of(), out);
    }

    /**
     * As {@link #write(FormPeriod, Heading, Map, OutputStream)}, with notes (the sources of pre-filled
     * figures) on a second sheet, so the first stays the form as printed and imports back.
     */
    public void write(
            FormPeriod fp, Heading heading, Map<String, ?> values, java.util.List<String> notes, OutputStream out)
            throws IOException {
        FormDefinition form = fp.form();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(form.code().replaceAll("[\\\\/?*\\[\\]:]", "-"));
            int last = form.columns().size() + 1;
            line(sheet, 0, texts.get("reporting.xlsx.formCode") + ": " + form.code(), st.bold);
            line(sheet, 1, texts.get("reporting.xlsx.legalBasis") + ": " + form.legalBasis(), st.italic);
            line(sheet, 2, texts.get("reporting.xlsx.reportingUnit") + ": " + heading.reportingUnit(), null);
            line(sheet, 3, texts.get("reporting.xlsx.receivingUnit") + ": " + nullToDash(form.receivingUnit()), null);
            line(
                    sheet,
                    4,
                    heading.receivedOn() != null
                            ? texts.get("reporting.xlsx.receivedOn") + ": " + Reports.Formats.date(heading.receivedOn())
                            : texts.get("reporting.xlsx.deadline") + ": " + Reports.Formats.date(fp.deadline()),
                    null);
            Cell title = line(sheet, 6, form.title().toUpperCase(java.util.Locale.ROOT), st.title);
            sheet.addMergedRegion(new CellRangeAddress(6, 6, 0, last));
            title.setCellStyle(st.title);
            Cell period = line(
                    sheet,
                    7,
                    texts.get(
                            "reporting.xlsx.period",
                            fp.period().code(),
                            Reports.Formats.date(fp.period().start()),
                            Reports.Formats.date(fp.period().end())),
                    st.centered);
            sheet.addMergedRegion(new CellRangeAddress(7, 7, 0, last));
            period.setCellStyle(st.centered);
            String unit = form.unitOfMeasure() == null
                    ? ""
                    : texts.get("reporting.xlsx.unitOfMeasure") + ": " + form.unitOfMeasure();
            String note = heading.note() == null ? "" : heading.note();
            line(sheet, 8, (unit + (unit.isEmpty() || note.isEmpty() ? "" : " · ") + note), st.italic);
            tableHeader(sheet, form, st);
            int r = HEADER_ROWS;
            for (FormDefinition.Row row : form.rows()) {
                Row x = sheet.createRow(r++);
                cell(x, 0, "  ".repeat(row.level()) + row.label(), row.level() == 0 ? st.boxBold : st.box);
                cell(x, 1, row.code(), st.boxCentered);
                int c = 2;
                for (Column column : form.columns()) {
                    Object v = values.get(row.code() + "." + column.code());
                    Cell cell = x.createCell(c++);
                    cell.setCellStyle(st.number);
                    if (v instanceof Number n) {
                        cell.setCellValue(new BigDecimal(n.toString()).doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                        cell.setCellStyle(st.box);
                    }
                }
            }
            r += 1;
            Row place = sheet.createRow(r++);
            cell(place, last - 1, texts.get("reporting.xlsx.placeDate"), st.italic);
            Row sign = sheet.createRow(r++);
            cell(sign, 0, texts.get("reporting.xlsx.preparer"), st.bold);
            cell(sign, last - 1, texts.get("reporting.xlsx.head"), st.bold);
            Row hint = sheet.createRow(r);
            cell(hint, 0, texts.get("reporting.xlsx.preparer.hint"), st.italic);
            cell(hint, last - 1, texts.get("reporting.xlsx.head.hint"), st.italic);
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 8 * 256);
            for (int c = 2; c <= last; c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            if (!notes.isEmpty()) {
                Sheet sources = wb.createSheet(texts.get("reporting.xlsx.notesSheet"));
                line(sources, 0, texts.get("reporting.pdf.notes"), st.bold);
                for (int i = 0; i < notes.size(); i++) {
                    line(sources, i + 1, notes.get(i), null);
                }
                sources.setColumnWidth(0, 120 * 256);
            }
            wb.write(out);
        }
    }

    /** Two header rows: merged group headers over their columns, then the column labels; then A, B, 1, 2, … */
    private void tableHeader(Sheet sheet, FormDefinition form, Styles st) {
        Row groups = sheet.createRow(9);
        Row labels = sheet.createRow(10);
        Row numbers = sheet.createRow(11);
        cell(groups, 0, texts.get("reporting.xlsx.indicator"), st.header);
        cell(labels, 0, "", st.header);
        sheet.addMergedRegion(new CellRangeAddress(9, 10, 0, 0));
        cell(groups, 1, texts.get("reporting.xlsx.rowCode"), st.header);
        cell(labels, 1, "", st.header);
        sheet.addMergedRegion(new CellRangeAddress(9, 10, 1, 1));
        cell(numbers, 0, "A", st.header);
        cell(numbers, 1, "B", st.header);
        int c = 2;
        int i = 0;
        var columns = form.columns();
        while (i < columns.size()) {
            Column column = columns.get(i);
            int j = i;
            while (column.group() != null
                    && j + 1 < columns.size()
                    && column.group().equals(columns.get(j + 1).group())) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                cell(numbers, c + k - i, columns.get(k).code(), st.header);
                cell(labels, c + k - i, columns.get(k).label(), st.header);
                cell(groups, c + k - i, column.group() == null ? columns.get(k).label() : column.group(), st.header);
            }
            if (column.group() == null) {
                sheet.addMergedRegion(new CellRangeAddress(9, 10, c, c));
            } else if (j > i) {
                sheet.addMergedRegion(new CellRangeAddress(9, 9, c, c + j - i));
            }
            c += j - i + 1;
            i = j + 1;
        }
    }

    private static Cell line(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return cell(row, 0, text, style);
    }

    private static Cell cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle centered;
        final CellStyle header;
        final CellStyle box;
        final CellStyle boxBold;
        final CellStyle boxCentered;
        final CellStyle number;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font italicFont = wb.createFont();
            italicFont.setItalic(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            italic = wb.createCellStyle();
            italic.setFont(italicFont);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            centered = wb.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);
            box = boxed(wb);
            boxBold = boxed(wb);
            boxBold.setFont(boldFont);
            boxCentered = boxed(wb);
            boxCentered.setAlignment(HorizontalAlignment.CENTER);
            header = boxed(wb);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            number = boxed(wb);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
        }

        private static CellStyle boxed(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
