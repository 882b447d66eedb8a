package vn.noivu.staffing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.noivu.platform.exports.CsvWriter;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.exports.TableExports;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.staffing.CategoryReduction;
import vn.noivu.staffing.Reduction;
import vn.noivu.staffing.ScopeReduction;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingCategory;
import vn.noivu.staffing.StaffingScope;

/**
 * Reduction reports and quota lists as XLSX workbooks (bold headers, thousands and percentage formats,
 * a totals row) or CSV (UTF-8 with BOM, machine column names), always in the caller's scope; every
 * export is audited.
 */
@Component
public class StaffingExports {

    /** XLSX holds at most 1,048,576 rows; larger lists are offered as CSV. */
    static final int XLSX_MAX_ROWS = 1_000_000;

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Staffing staffing;
    private final Categories categories;
    private final MessageSource messages;
    private final TableExports tables;

    StaffingExports(Staffing staffing, Categories categories, MessageSource messages, TableExports tables) {
        this.staffing = staffing;
        this.categories = categories;
        this.messages = messages;
        this.tables = tables;
    }

    public ResponseEntity<byte[]> reduction(String scope, Integer baselineYear, Integer year, String format) {
        boolean xlsx = format(format);
        Reduction r = staffing.reduction(scope, baselineYear, year);
        List<ScopeReduction> parts = staffing.reductionByPart(scope, r.baselineYear(), r.year());
        StaffingScope s = staffing.scope(scope);
        staffing.auditExport("staffing.reduction", s, format, "năm " + r.year() + " so với năm " + r.baselineYear());
        String name = "giam-bien-che-" + (s.code() == null ? "toan-quoc" : s.code()) + "-" + r.baselineYear() + "-"
                + r.year();
        return xlsx
                ? file(reductionWorkbook(r, parts), name + ".xlsx", XLSX)
                : file(reductionCsv(r, parts), name + ".csv", CSV);
    }

    public ResponseEntity<byte[]> quotas(String scope, Integer year, String category, String format) {
        boolean xlsx = format(format);
        StaffingScope s = staffing.scope(scope);
        String name = "bien-che-" + (s.code() == null ? "toan-quoc" : s.code()) + (year == null ? "" : "-" + year);
        if (xlsx) {
            Map<String, String> names = categoryNames();
            String scopeName = s.code() == null || s.name() == null ? msg("staffing.scope.national") : s.name();
            String period =
                    (year == null ? msg("staffing.export.allYears") : msg("staffing.export.year", String.valueOf(year)))
                            + (category == null ? "" : " — " + names.getOrDefault(category, category));
            ReportTable head = ReportTable.builder(msg("staffing.export.quotasTitle", scopeName))
                    .sheet(msg("staffing.export.quotasSheet"))
                    .scope(scopeName)
                    .period(period)
                    .source(msg("export.source.staffing"))
                    .column(Column.text(msg("staffing.col.orgCode"), 22))
                    .column(Column.text(msg("staffing.col.orgName"), 48))
                    .column(Column.text(msg("staffing.col.year"), 8))
                    .column(Column.text(msg("staffing.col.category"), 44))
                    .column(Column.integer(msg("staffing.col.assigned")))
                    .column(Column.integer(msg("staffing.col.actual")))
                    .column(Column.text(msg("staffing.col.legalBasis"), 40))
                    .column(Column.date(msg("staffing.col.decisionDate")))
                    .column(Column.text(msg("staffing.col.issuer"), 36))
                    .build();
            byte[] body = tables.xlsx(head, XLSX_MAX_ROWS, row -> {
                long[] sums = new long[2];
                staffing.exportQuotas(scope, year, category, "xlsx", q -> {
                    sums[0] += q.assigned();
                    sums[1] += q.actual() == null ? 0 : q.actual();
                    row.accept(java.util.Arrays.asList(
                            q.orgCode(),
                            q.orgName(),
                            String.valueOf(q.year()),
                            names.getOrDefault(q.category(), q.category()),
                            q.assigned(),
                            q.actual(),
                            q.legalBasis(),
                            q.decisionDate(),
                            q.decisionIssuer()));
                });
                return java.util.Arrays.asList(
                        msg("staffing.export.total"),
                        null,
                        null,
                        null,
                        new ReportTable.Sum(sums[0]),
                        new ReportTable.Sum(sums[1]),
                        null,
                        null,
                        null);
            });
            return file(body, name + ".xlsx", XLSX);
        }
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.withBom(out)) {
            List<String> cols = new ArrayList<>(QuotaImport.COLUMNS);
            cols.add(QuotaImport.DECISION_DATE);
            cols.add(QuotaImport.DECISION_ISSUER);
            cols.add(1, "org_name");
            csv.row(cols);
            staffing.exportQuotas(
                    scope,
                    year,
                    category,
                    "csv",
                    q -> csv.row(
                            q.orgCode(),
                            q.orgName(),
                            q.year(),
                            q.category(),
                            q.assigned(),
                            q.actual(),
                            q.legalBasis(),
                            q.decisionDate(),
                            q.decisionIssuer()));
        }
        return file(out.toString().getBytes(StandardCharsets.UTF_8), name + ".csv", CSV);
    }

    byte[] reductionWorkbook(Reduction r, List<ScopeReduction> parts) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles st = new Styles(wb);
            Map<String, String> names = categoryNames();
            Sheet sheet = wb.createSheet(msg("staffing.export.reductionSheet"));
            Row title = sheet.createRow(0);
            text(
                    title,
                    0,
                    msg(
                            "staffing.export.title",
                            r.scopeName() == null ? msg("staffing.scope.national") : r.scopeName(),
                            String.valueOf(r.baselineYear()),
                            String.valueOf(r.year())));
            title.getCell(0).setCellStyle(st.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            header(
                    sheet.createRow(2),
                    new String[] {
                        msg("staffing.col.category"),
                        msg("staffing.col.code"),
                        msg("staffing.col.baselineOf", String.valueOf(r.baselineYear())),
                        msg("staffing.col.currentOf", String.valueOf(r.year())),
                        msg("staffing.col.change"),
                        msg("staffing.col.reductionPercent")
                    },
                    st);
            int i = 3;
            for (CategoryReduction c : r.categories()) {
                figures(
                        sheet.createRow(i++),
                        names.getOrDefault(c.category(), c.category()),
                        c.category(),
                        c,
                        st,
                        false);
            }
            figures(sheet.createRow(i), msg("staffing.export.totalQuota"), "", r.total(), st, true);
            Row note = sheet.createRow(i + 2);
            text(note, 0, msg("staffing.export.note"));
            int[] widths = {52, 24, 16, 16, 14, 16};
            for (int k = 0; k < widths.length; k++) {
                sheet.setColumnWidth(k, widths[k] * 256);
            }

            Sheet bySheet = wb.createSheet(msg("staffing.export.partsSheet"));
            List<StaffingCategory> cats = categories.ofYear(r.year());
            List<String> head = new ArrayList<>(List.of(
                    msg("staffing.col.code"),
                    msg("staffing.col.orgName"),
                    msg("staffing.col.baselineOf", String.valueOf(r.baselineYear())),
                    msg("staffing.col.currentOf", String.valueOf(r.year())),
                    msg("staffing.col.change"),
                    msg("staffing.col.reductionPercent")));
            for (StaffingCategory c : cats) {
                head.add(label(c) + " " + r.baselineYear());
                head.add(label(c) + " " + r.year());
            }
            header(bySheet.createRow(0), head.toArray(String[]::new), st);
            bySheet.createFreezePane(2, 1);
            int row = 1;
            long[] totals = new long[2 + cats.size() * 2];
            for (ScopeReduction p : parts) {
                Row x = bySheet.createRow(row++);
                text(x, 0, p.code());
                text(x, 1, p.name());
                number(x, 2, p.total().baseline(), st.integer);
                number(x, 3, p.total().current(), st.integer);
                number(x, 4, p.total().change(), st.integer);
                percent(x, 5, p.total().reductionPercent(), st.percent);
                totals[0] += p.total().baseline();
                totals[1] += p.total().current();
                int col = 6;
                for (int k = 0; k < cats.size(); k++) {
                    CategoryReduction c = p.category(cats.get(k).code());
                    long b = c == null ? 0 : c.baseline();
                    long cur = c == null ? 0 : c.current();
                    number(x, col++, b, st.integer);
                    number(x, col++, cur, st.integer);
                    totals[2 + 2 * k] += b;
                    totals[3 + 2 * k] += cur;
                }
            }
            Row t = bySheet.createRow(row);
            text(t, 1, msg("staffing.export.total"));
            t.getCell(1).setCellStyle(st.bold);
            number(t, 2, totals[0], st.totalInteger);
            number(t, 3, totals[1], st.totalInteger);
            number(t, 4, totals[1] - totals[0], st.totalInteger);
            percent(t, 5, Percentages.reduction(totals[0], totals[1]), st.totalPercent);
            for (int k = 0; k < cats.size() * 2; k++) {
                number(t, 6 + k, totals[2 + k], st.totalInteger);
            }
            bySheet.setColumnWidth(0, 22 * 256);
            bySheet.setColumnWidth(1, 48 * 256);
            for (int k = 2; k < head.size(); k++) {
                bySheet.setColumnWidth(k, 16 * 256);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] reductionCsv(Reduction r, List<ScopeReduction> parts) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.withBom(out)) {
            csv.row(
                    "scope",
                    "part_code",
                    "part_name",
                    "category",
                    "baseline_year",
                    "year",
                    "baseline",
                    "current",
                    "change",
                    "reduction_percent");
            String scope = r.scope() == null ? "" : r.scope();
            for (CategoryReduction c : r.categories()) {
                line(csv, scope, "", "", c.category(), r, c);
            }
            line(csv, scope, "", "", "TOTAL", r, r.total());
            for (ScopeReduction p : parts) {
                for (CategoryReduction c : p.categories()) {
                    line(csv, scope, p.code(), p.name(), c.category(), r, c);
                }
                line(csv, scope, p.code(), p.name(), "TOTAL", r, p.total());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(
            CsvWriter csv, String scope, String code, String name, String cat, Reduction r, CategoryReduction c) {
        csv.row(
                scope,
                code,
                name,
                cat,
                r.baselineYear(),
                r.year(),
                c.baseline(),
                c.current(),
                c.change(),
                c.reductionPercent() == null ? "" : c.reductionPercent().toPlainString());
    }

    private void figures(Row row, String label, String code, CategoryReduction c, Styles st, boolean total) {
        text(row, 0, label);
        text(row, 1, code);
        number(row, 2, c.baseline(), total ? st.totalInteger : st.integer);
        number(row, 3, c.current(), total ? st.totalInteger : st.integer);
        number(row, 4, c.change(), total ? st.totalInteger : st.integer);
        percent(row, 5, c.reductionPercent(), total ? st.totalPercent : st.percent);
        if (total) {
            row.getCell(0).setCellStyle(st.bold);
        }
    }

    private Map<String, String> categoryNames() {
        return categories.all().stream().collect(Collectors.toMap(StaffingCategory::code, this::label, (a, b) -> b));
    }

    private String label(StaffingCategory c) {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? c.nameEn() : c.name();
    }

    private static boolean format(String format) {
        if ("xlsx".equalsIgnoreCase(format)) {
            return true;
        }
        if ("csv".equalsIgnoreCase(format)) {
            return false;
        }
        throw new BusinessRuleException("format", "staffing.export.format", new Object[] {format});
    }

    private static ResponseEntity<byte[]> file(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    private static byte[] bytes(SXSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    private static void header(Row row, String[] headers, Styles st) {
        for (int i = 0; i < headers.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(st.header);
        }
    }

    private static void text(Row row, int col, String value) {
        if (value != null) {
            row.createCell(col).setCellValue(vn.noivu.platform.exports.SheetCells.fit(value));
        }
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void percent(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
    }

    /** A formula with its value already computed, so readers that do not recalculate see the total. */
    private static void formula(Row row, int col, String formula, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private String msg(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    /** The few cell styles a staffing workbook uses. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle integer;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle totalInteger;
        final CellStyle totalPercent;

        Styles(Workbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            Function<String, Short> fmt = f -> wb.createDataFormat().getFormat(f);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            integer = wb.createCellStyle();
            integer.setDataFormat(fmt.apply("#,##0"));
            percent = wb.createCellStyle();
            percent.setDataFormat(fmt.apply("0.00"));
            date = wb.createCellStyle();
            date.setDataFormat(fmt.apply("dd/mm/yyyy"));
            totalInteger = wb.createCellStyle();
            totalInteger.cloneStyleFrom(integer);
            totalInteger.setFont(boldFont);
            totalInteger.setBorderTop(BorderStyle.THIN);
            totalPercent = wb.createCellStyle();
            totalPercent.cloneStyleFrom(percent);
            totalPercent.setFont(boldFont);
            totalPercent.setBorderTop(BorderStyle.THIN);
        }
    }
}
