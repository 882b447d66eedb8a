package vn.noivu.reform.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.noivu.platform.exports.CsvWriter;
import vn.noivu.platform.exports.SheetCells;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.Method;

/**
 * Writes a page's table as XLSX, streamed to the response: a heading row, then the rows as the page
 * shows them (names, not codes; numbers as numbers with two decimals).
 */
@Component
public class ReformExports {

    /** The columns of a method file, as the import reads them (docs/reform-imports.md). */
    public static final List<String> METHOD_COLUMNS = List.of(
            "year",
            "set",
            "province_code",
            "code",
            "parent_code",
            "name",
            "max_points",
            "kind",
            "group_a_min",
            "group_b_min",
            "deadline");

    /** A method as the rows of its import file, so that an exported method imports again unchanged. */
    public static List<List<Object>> methodRows(Method m) {
        List<List<Object>> rows = new ArrayList<>();
        for (Criterion c : m.criteria()) {
            rows.add(java.util.Arrays.asList(
                    m.year(),
                    m.set().name(),
                    m.ownerCode(),
                    c.code(),
                    c.parentCode(),
                    c.name(),
                    c.maxPoints(),
                    c.kind().name(),
                    m.groupAMin(),
                    m.groupBMin(),
                    m.deadline() == null
                            ? null
                            : m.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        }
        return rows;
    }

    /** A method file as CSV (UTF-8 with BOM). */
    public void methodCsv(Method m, OutputStream out) throws IOException {
        java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.withBom(writer);
        csv.row(METHOD_COLUMNS);
        methodRows(m).forEach(csv::row);
        writer.flush();
    }

    /** Writes a table as XLSX, with a title row above the headers unless {@code title} is null. */
    public void write(String sheetName, String title, List<String> headers, List<List<Object>> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet(SheetCells.fit(sheetName));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            int r = 0;
            if (title != null) {
                Cell t = sheet.createRow(r++).createCell(0);
                t.setCellValue(SheetCells.fit(title));
                t.setCellStyle(bold);
            }
            Row head = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(SheetCells.fit(headers.get(i)));
                c.setCellStyle(bold);
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof BigDecimal d) {
                        c.setCellValue(d.doubleValue());
                        c.setCellStyle(decimal);
                    } else if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else {
                        c.setCellValue(SheetCells.fit(v.toString()));
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
