package vn.noivu.reform.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.noivu.platform.exports.SheetCells;

/**
 * Writes a page's table as XLSX, streamed to the response: a heading row, then the rows as the page
 * shows them (names, not codes; numbers as numbers with two decimals).
 */
@Component
public class ReformExports {

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
            Cell t = sheet.createRow(r++).createCell(0);
            t.setCellValue(SheetCells.fit(title));
            t.setCellStyle(bold);
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
