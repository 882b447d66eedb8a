package vn.noivu.platform.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * Writes {@link ReportTable}s as a download, in one of three forms:
 *
 * <ul>
 *   <li>{@code xlsx}: a title block (title, scope, dates, source, time of export), the header row
 *       (frozen, repeated on every printed page, A4 landscape), the rows, the totals row, then the rows
 *       outside the total under their label. Numbers are numbers with Excel's formats {@code #,##0} and
 *       {@code #,##0.00}, which Excel shows in the reader's separators: 16.473.600 and 6,44 in Vietnamese.
 *   <li>{@code csv}: for programs — comma, decimal point, ISO dates (RFC 4180, UTF-8 with BOM).
 *   <li>{@code csv-excel}: for Excel set to Vietnamese, which reads {@code ;} as the separator and the
 *       comma as the decimal sign — semicolons, decimal comma, dates dd/mm/yyyy, UTF-8 with BOM.
 * </ul>
 *
 * Every download is audited as an {@code EXPORT} of what it holds.
 */
@Component
public class TableExports {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** The formats a page offers, as the {@code format} request parameter names them. */
    public static final List<String> FORMATS = List.of("xlsx", "csv", "csv-excel");

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Spreadsheet row (0-based) of the header row; data starts on the next. */
    public static final int HEADER_ROW = 6;

    private final MessageSource messages;
    private final AuditLog audit;

    TableExports(MessageSource messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * The tables as a file to download, named {@code name} (without extension, made ASCII), audited as
     * an export of {@code entity}.
     */
    public ResponseEntity<byte[]> download(String format, String name, String entity, List<ReportTable> tables) {
        String f = format == null ? "xlsx" : format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new BusinessRuleException("format", "export.format.invalid", new Object[] {format});
        }
        byte[] body = switch (f) {
            case "xlsx" -> xlsx(tables);
            case "csv" -> csv(tables.get(0), false);
            default -> csv(tables.get(0), true);
        };
        int rows = tables.stream().mapToInt(t -> t.rows().size()).sum();
        audit.record(
                "EXPORT",
                entity,
                null,
                null,
                Map.of("format", f, "rows", rows),
                tables.get(0).title());
        String filename = slug(name) + (f.equals("xlsx") ? ".xlsx" : f.equals("csv") ? ".csv" : "-excel.csv");
        return ResponseEntity.ok()
                .contentType(f.equals("xlsx") ? XLSX : CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    public ResponseEntity<byte[]> download(String format, String name, String entity, ReportTable table) {
        return download(format, name, entity, List.of(table));
    }

    /** The tables as one workbook, a sheet each. */
    public byte[] xlsx(List<ReportTable> tables) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            List<String> used = new ArrayList<>();
            String exportedAt = now();
            for (ReportTable table : tables) {
                sheet(wb, st, table, sheetName(table.sheet(), used), exportedAt);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a table's rows one at a time, and answers its totals row ({@code null} for none). */
    @FunctionalInterface
    public interface RowStream {
        List<Object> write(java.util.function.Consumer<List<Object>> row);
    }

    /**
     * A table too long to hold in memory (a national quota list) as a workbook under the same title block
     * as every other export: {@code head} gives the title, scope, dates, source and columns (its rows and
     * total are ignored); {@code rows} writes the rows and answers the total. A {@link ReportTable.Sum} in
     * the total is a SUM formula over its column. Not audited here: the caller audits what it exported.
     *
     * @throws BusinessRuleException when there are more rows than {@code maxRows}
     */
    public byte[] xlsx(ReportTable head, int maxRows, RowStream rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet sheet = begin(wb, st, head, sheetName(head.sheet(), new ArrayList<>()), now());
            int[] r = {HEADER_ROW + 1};
            List<Object> total = rows.write(row -> {
                if (r[0] - HEADER_ROW > maxRows) {
                    throw new BusinessRuleException("format", "export.tooLarge", new Object[] {maxRows});
                }
                values(sheet.createRow(r[0]++), head, row, st, false, r[0] - 1);
            });
            if (total != null) {
                values(sheet.createRow(r[0]), head, total, st, true, r[0]);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String now() {
        return DATE_TIME.format(OffsetDateTime.now(VIETNAM));
    }

    private void sheet(SXSSFWorkbook wb, Styles st, ReportTable t, String name, String exportedAt) {
        Sheet sheet = begin(wb, st, t, name, exportedAt);
        int r = HEADER_ROW + 1;
        for (List<Object> row : t.rows()) {
            values(sheet.createRow(r++), t, row, st, false, r - 1);
        }
        if (t.total() != null) {
            values(sheet.createRow(r), t, t.total(), st, true, r);
            r++;
        }
        if (!t.outside().isEmpty()) {
            r++;
            text(sheet.createRow(r++), 0, t.outsideLabel(), st.bold);
            for (List<Object> row : t.outside()) {
                values(sheet.createRow(r++), t, row, st, false, r - 1);
            }
        }
        if (!t.notes().isEmpty()) {
            r++;
            for (String note : t.notes()) {
                text(sheet.createRow(r++), 0, note, st.italic);
            }
        }
    }

    /** The title block, the header row and the print settings; rows start below {@link #HEADER_ROW}. */
    private Sheet begin(SXSSFWorkbook wb, Styles st, ReportTable t, String name, String exportedAt) {
        Sheet sheet = wb.createSheet(name);
        int last = Math.max(0, t.columns().size() - 1);
        text(sheet.createRow(0), 0, t.title(), st.title);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        }
        text(sheet.createRow(1), 0, msg("export.scope", t.scope() == null ? "" : t.scope()), null);
        text(sheet.createRow(2), 0, msg("export.period", t.period() == null ? "" : t.period()), null);
        text(sheet.createRow(3), 0, msg("export.source", t.source() == null ? "NoiVu" : t.source()), st.italic);
        text(sheet.createRow(4), 0, msg("export.exportedAt", exportedAt), st.italic);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < t.columns().size(); c++) {
            text(header, c, t.columns().get(c).header(), st.header);
            sheet.setColumnWidth(c, Math.min(255, t.columns().get(c).width()) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, last));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        return sheet;
    }

    /** One row; {@code rowIndex} is its 0-based index (a total's SUM covers the data rows above it). */
    private static void values(Row row, ReportTable t, List<Object> values, Styles st, boolean total, int rowIndex) {
        for (int c = 0; c < values.size() && c < t.columns().size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            ReportTable.Kind kind = t.columns().get(c).kind();
            Cell cell = row.createCell(c);
            if (v instanceof ReportTable.Sum sum) {
                String column = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                int first = HEADER_ROW + 2;
                cell.setCellFormula(rowIndex < first ? "0" : "SUM(" + column + first + ":" + column + rowIndex + ")");
                cell.setCellValue(sum.value().doubleValue());
                cell.setCellStyle(
                        kind == ReportTable.Kind.DECIMAL
                                ? (total ? st.totalDecimal : st.decimal)
                                : (total ? st.totalInteger : st.integer));
            } else if (v instanceof Number n && kind != ReportTable.Kind.TEXT) {
                cell.setCellValue(
                        kind == ReportTable.Kind.DECIMAL
                                ? new BigDecimal(n.toString())
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .doubleValue()
                                : n.doubleValue());
                cell.setCellStyle(
                        kind == ReportTable.Kind.DECIMAL
                                ? (total ? st.totalDecimal : st.decimal)
                                : (total ? st.totalInteger : st.integer));
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(st.date);
            } else if (v instanceof OffsetDateTime odt) {
                cell.setCellValue(DATE_TIME.format(odt.atZoneSameInstant(VIETNAM)));
            } else {
                cell.setCellValue(SheetCells.fit(v.toString()));
                if (total) {
                    cell.setCellStyle(st.bold);
                }
            }
        }
    }

    /** The table as CSV: the header row, the rows, the total, then the rows outside it after their label. */
    public byte[] csv(ReportTable t, boolean excelVietnamese) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.withBom(out, excelVietnamese ? ';' : ',')) {
            csv.row(t.columns().stream().map(ReportTable.Column::header).toList());
            for (List<Object> row : t.rows()) {
                csv.row(csvValues(t, row, excelVietnamese));
            }
            if (t.total() != null) {
                csv.row(csvValues(t, t.total(), excelVietnamese));
            }
            if (!t.outside().isEmpty()) {
                csv.row(t.outsideLabel());
                for (List<Object> row : t.outside()) {
                    csv.row(csvValues(t, row, excelVietnamese));
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object[] csvValues(ReportTable t, List<Object> row, boolean vi) {
        Object[] cells = new Object[row.size()];
        for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c) instanceof ReportTable.Sum sum ? sum.value() : row.get(c);
            ReportTable.Kind kind = c < t.columns().size() ? t.columns().get(c).kind() : ReportTable.Kind.TEXT;
            if (v instanceof Number n && kind == ReportTable.Kind.DECIMAL) {
                String plain = new BigDecimal(n.toString())
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString();
                cells[c] = vi ? plain.replace('.', ',') : plain;
            } else if (v instanceof LocalDate d) {
                cells[c] = vi ? DATE.format(d) : d.toString();
            } else if (v instanceof OffsetDateTime odt) {
                cells[c] = vi ? DATE_TIME.format(odt.atZoneSameInstant(VIETNAM)) : odt.toString();
            } else {
                cells[c] = v;
            }
        }
        return cells;
    }

    /** A file name without diacritics or separators: "Hà Nội 2025" → "ha-noi-2025". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "bang" : s;
    }

    private static String sheetName(String wanted, List<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Bang" : wanted);
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value == null ? "" : SheetCells.fit(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle italic;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle totalInteger;
        final CellStyle totalDecimal;

        Styles(Workbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font italicFont = wb.createFont();
            italicFont.setItalic(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            italic = wb.createCellStyle();
            italic.setFont(italicFont);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            bold.setBorderTop(BorderStyle.THIN);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            totalInteger = wb.createCellStyle();
            totalInteger.cloneStyleFrom(integer);
            totalInteger.setFont(boldFont);
            totalInteger.setBorderTop(BorderStyle.THIN);
            totalDecimal = wb.createCellStyle();
            totalDecimal.cloneStyleFrom(decimal);
            totalDecimal.setFont(boldFont);
            totalDecimal.setBorderTop(BorderStyle.THIN);
        }
    }
}
