package vn.noivu.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded CSV (UTF-8, with or without BOM, comma-separated, RFC 4180 quoting) or XLSX (first
 * sheet) into header-keyed rows. Every module's import reads its file through this class, so all
 * imports accept the same two formats. Cells are read as text exactly as shown: official codes keep
 * their leading zeros.
 */
public final class TabularFile {

    private final List<String> headers;
    private final List<TabularRow> rows;

    private TabularFile(List<String> headers, List<TabularRow> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    public List<String> headers() {
        return headers;
    }

    public List<TabularRow> rows() {
        return rows;
    }

    public static TabularFile read(String filename, InputStream in) throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? readXlsx(in) : readCsv(in);
    }

    /** The header names the file lacks, in the order given. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(h -> !headers.contains(h)).toList();
    }

    private static TabularFile readCsv(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(
                BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> headers =
                    parser.getHeaderNames().stream().map(String::trim).toList();
            List<TabularRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    values.put(headers.get(i), record.get(i));
                }
                // The header is line 1; a CSV record may span lines, but spreadsheets count records.
                rows.add(new TabularRow((int) record.getRecordNumber() + 1, values));
            }
            return new TabularFile(headers, rows);
        }
    }

    private static TabularFile readXlsx(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> headers = new ArrayList<>();
            if (headerRow != null) {
                for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                    Cell cell = headerRow.getCell(c);
                    headers.add(
                            cell == null ? "" : formatter.formatCellValue(cell).trim());
                }
            }
            List<TabularRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < headers.size(); c++) {
                    String v = text(row.getCell(c), formatter);
                    any |= !v.isBlank();
                    values.put(headers.get(c), v);
                }
                if (any) {
                    rows.add(new TabularRow(r + 1, values));
                }
            }
            return new TabularFile(List.copyOf(headers), rows);
        }
    }

    /** A cell as text; date cells as ISO dates whatever their display format. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
