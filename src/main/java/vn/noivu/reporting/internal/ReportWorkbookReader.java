package vn.noivu.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.noivu.reporting.internal.FormDefinition.Column;

/**
 * Reads a filled report back from an XLSX sheet in the form's layout (the one {@link ReportWorkbook}
 * writes): the row of column numbers (A, B, 1, 2, …) names the columns, column B each row's code.
 * All or nothing: every wrong cell is named by sheet, cell, row and column code and reason.
 */
@Component
public class ReportWorkbookReader {

    /** A filled form is small; anything larger is not one. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Texts texts;
    private final JsonMapper json;

    ReportWorkbookReader(Texts texts, JsonMapper json) {
        this.texts = texts;
        this.json = json;
    }

    /** The values of the sheet as the API's {@code values} object; refused (422) naming every problem. */
    public ObjectNode read(FormDefinition form, InputStream in, long size) {
        if (size > MAX_BYTES) {
            throw refused(
                    List.of(new Problem("file", texts.get("reporting.xlsx.import.tooLarge", MAX_BYTES / 1024 / 1024))));
        }
        try (Workbook wb = WorkbookFactory.create(in)) {
            return read(form, wb.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException r) {
                throw r;
            }
            // Not an XLSX (or a damaged one): the user's file, not our fault — say so, keep the cause in the log.
            org.slf4j.LoggerFactory.getLogger(ReportWorkbookReader.class)
                    .info("Unreadable report workbook: {}", e.toString());
            throw refused(List.of(new Problem("file", texts.get("reporting.xlsx.import.unreadable"))));
        }
    }

    private ObjectNode read(FormDefinition form, Sheet sheet) {
        List<Problem> problems = new ArrayList<>();
        String name = sheet.getSheetName();
        DataFormatter fmt = new DataFormatter();
        int numbersRow = -1;
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 40) && numbersRow < 0; r++) {
            Row row = sheet.getRow(r);
            if (row != null && "A".equals(text(fmt, row.getCell(0))) && "B".equals(text(fmt, row.getCell(1)))) {
                numbersRow = r;
            }
        }
        if (numbersRow < 0) {
            throw refused(List.of(new Problem(name, texts.get("reporting.xlsx.import.noHeader", name))));
        }
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        Row header = sheet.getRow(numbersRow);
        for (int c = 2; c < header.getLastCellNum(); c++) {
            String code = text(fmt, header.getCell(c));
            if (!code.isEmpty()) {
                columnIndex.put(code, c);
            }
        }
        for (Column column : form.columns()) {
            if (!columnIndex.containsKey(column.code())) {
                problems.add(new Problem(
                        name + "!" + (numbersRow + 1),
                        texts.get("reporting.xlsx.import.missingColumn", name, numbersRow + 1, column.code())));
            }
        }
        ObjectNode values = json.createObjectNode();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = numbersRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String code = row == null ? "" : text(fmt, row.getCell(1));
            if (code.isEmpty()) {
                // The table ends at the first row without a code (the signature block follows).
                break;
            }
            if (form.row(code).isEmpty()) {
                problems.add(new Problem(
                        name + "!B" + (r + 1), texts.get("reporting.xlsx.import.unknownRow", name, r + 1, code)));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(new Problem(
                        name + "!B" + (r + 1), texts.get("reporting.xlsx.import.duplicateRow", name, r + 1, code)));
                continue;
            }
            for (Column column : form.columns()) {
                Integer c = columnIndex.get(column.code());
                if (c == null) {
                    continue;
                }
                Cell cell = row.getCell(c);
                String ref = name + "!" + new CellReference(r, c).formatAsString(false);
                String key = code + "." + column.code();
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                CellType type =
                        cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                if (column.type() == FormDefinition.CellType.TEXT) {
                    String t = fmt.formatCellValue(cell).strip();
                    if (!t.isEmpty()) {
                        values.put(key, t);
                    }
                } else if (type == CellType.NUMERIC) {
                    BigDecimal n =
                            BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                    values.put(key, n.scale() < 0 ? n.setScale(0) : n);
                } else if (type == CellType.STRING) {
                    String t = cell.getStringCellValue().strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    try {
                        // Typed as text the Vietnamese way: 1.234,5
                        values.put(
                                key,
                                new BigDecimal(
                                        t.replace(" ", "").replace(".", "").replace(',', '.')));
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(
                                ref, texts.get("reporting.xlsx.import.number", ref, code, column.code(), t)));
                    }
                } else {
                    problems.add(new Problem(
                            ref,
                            texts.get(
                                    "reporting.xlsx.import.number",
                                    ref,
                                    code,
                                    column.code(),
                                    fmt.formatCellValue(cell))));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return values;
    }

    private static String text(DataFormatter fmt, Cell cell) {
        return cell == null ? "" : fmt.formatCellValue(cell).strip();
    }

    private RefusedException refused(List<Problem> problems) {
        return new RefusedException(
                texts.get("reporting.xlsx.import.refused.title"),
                texts.get("reporting.xlsx.import.refused", problems.size()),
                problems);
    }
}
