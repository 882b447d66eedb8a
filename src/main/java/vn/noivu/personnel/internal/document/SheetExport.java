package vn.noivu.personnel.internal.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.noivu.platform.audit.AuditLog;

/**
 * Any personnel list as an XLSX sheet, streamed row by row (lists can hold up to 100,000 rows); dates
 * are real date cells, numbers real numbers. Every export is audited.
 */
@Component
public class SheetExport {

    private final AuditLog audit;

    SheetExport(AuditLog audit) {
        this.audit = audit;
    }

    /** The most characters an XLSX cell holds (Excel's limit; POI refuses more). */
    static final int MAX_CELL = 32_767;

    /**
     * A text that fits a cell: one overlong value (stored before its length was limited, or from a
     * module without limits) shortens its cell instead of failing the whole export.
     */
    static String fitted(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        int end = MAX_CELL - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // not half a character
        }
        return text.substring(0, end) + "…";
    }

    /** A column: its header and how to get the cell value from a row. */
    public record Column<T>(String header, Function<T, Object> value) {}

    public <T> void write(String what, String detail, List<Column<T>> columns, List<T> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            Sheet sheet = book.createSheet(what.length() > 30 ? what.substring(0, 30) : what);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (T item : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = columns.get(c).value().apply(item);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v != null) {
                        cell.setCellValue(fitted(v.toString()));
                    }
                }
            }
            audit.record("EXPORT", "personnel." + what, null, null, java.util.Map.of("rows", rows.size()), detail);
            book.write(out);
        }
    }
}
