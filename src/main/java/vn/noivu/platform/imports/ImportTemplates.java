package vn.noivu.platform.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The modules' {@link ImportTemplate}s: written as the XLSX a user downloads, and used to read an upload
 * that kept the template's Vietnamese headers (and to name those headers back in its errors).
 */
@Component
public class ImportTemplates {

    public static final String DATA_SHEET = "Dữ liệu";
    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    public static final String LISTS_SHEET = "Danh mục";

    /** How many data rows of the template carry the drop-down lists. */
    static final int VALIDATED_ROWS = 5000;

    private final ObjectProvider<ImportTemplate> templates;

    ImportTemplates(ObjectProvider<ImportTemplate> templates) {
        this.templates = templates;
    }

    /** The templates of {@code module}, in the order the module declares them. */
    public List<ImportTemplate> of(String module) {
        return templates.orderedStream().filter(t -> t.module().equals(module)).toList();
    }

    public Optional<ImportTemplate> find(String module, String kind) {
        return templates
                .orderedStream()
                .filter(t -> t.module().equals(module) && t.kind().equals(kind))
                .findFirst();
    }

    /**
     * The file with the template's Vietnamese headers renamed to the technical ones the import reads
     * (either spelling is accepted, ignoring case and diacritics); the file itself when it has none.
     */
    public TabularFile technical(String module, String kind, TabularFile file) {
        Optional<ImportTemplate> template = find(module, kind);
        if (template.isEmpty()) {
            return file;
        }
        Map<String, String> byLabel = new HashMap<>();
        for (ImportTemplate.Column c : template.get().columns()) {
            byLabel.put(CodeLabels.fold(c.label()), c.header());
        }
        Map<String, String> renames = new LinkedHashMap<>();
        for (String header : file.headers()) {
            String technical = byLabel.get(CodeLabels.fold(header));
            if (technical != null
                    && !technical.equals(header)
                    && !file.headers().contains(technical)) {
                renames.put(header, technical);
            }
        }
        return renames.isEmpty() ? file : file.renamed(renames);
    }

    /**
     * The result as the user reads it: each error's and warning's column under the header the file used,
     * and the value the cell held.
     */
    public ImportResult explained(ImportResult result, TabularFile file) {
        if (file == null || (result.errors().isEmpty() && result.warnings().isEmpty())) {
            return result;
        }
        Map<Integer, TabularRow> rows = new HashMap<>();
        for (TabularRow row : file.rows()) {
            rows.put(row.number(), row);
        }
        return new ImportResult(
                result.applied(),
                result.rows(),
                explained(result.errors(), file, rows),
                explained(result.warnings(), file, rows));
    }

    private static List<ImportError> explained(
            List<ImportError> errors, TabularFile file, Map<Integer, TabularRow> rows) {
        List<ImportError> out = new ArrayList<>(errors.size());
        for (ImportError e : errors) {
            String value = e.value();
            TabularRow row = rows.get(e.row());
            if (value == null
                    && row != null
                    && e.column() != null
                    && row.values().containsKey(e.column())) {
                value = row.get(e.column());
            }
            out.add(new ImportError(e.row(), file.originalHeader(e.column()), e.message(), value));
        }
        return out;
    }

    /** The template as an XLSX: the data sheet (headers only), the instructions, the lists. */
    public byte[] xlsx(ImportTemplate template) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            CellStyle requiredHeader = wb.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            CellStyle titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            titleStyle.setFont(big);

            List<ImportTemplate.Column> columns = template.columns();
            // The data sheet comes first: an import reads the first sheet.
            Sheet data = wb.createSheet(DATA_SHEET);
            Row head = data.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                ImportTemplate.Column col = columns.get(c);
                var cell = head.createCell(c);
                cell.setCellValue(col.label());
                cell.setCellStyle(col.required() ? requiredHeader : header);
                // Text cells: a code such as 00004 or 01 stays as written instead of becoming a number.
                data.setDefaultColumnStyle(c, text);
                data.setColumnWidth(c, Math.min(60, Math.max(14, col.label().length() + 4)) * 256);
            }
            data.createFreezePane(0, 1);

            Sheet help = wb.createSheet(INSTRUCTIONS_SHEET);
            help.createRow(0).createCell(0).setCellValue(template.title());
            help.getRow(0).getCell(0).setCellStyle(titleStyle);
            help.createRow(1)
                    .createCell(0)
                    .setCellValue("Điền dữ liệu vào trang \"" + DATA_SHEET + "\" từ dòng 2, giữ nguyên dòng tiêu đề. "
                            + "Cột tô vàng là bắt buộc. Cột có danh sách chọn nhận tên hoặc mã trong danh mục. "
                            + "Tệp được nhập toàn bộ hoặc không nhập gì: mọi lỗi được báo cùng lúc theo dòng và cột.");
            String[] heads = {"Cột", "Tên kỹ thuật", "Ý nghĩa", "Bắt buộc", "Định dạng", "Ví dụ"};
            Row hr = help.createRow(3);
            for (int i = 0; i < heads.length; i++) {
                hr.createCell(i).setCellValue(heads[i]);
                hr.getCell(i).setCellStyle(header);
            }
            for (int c = 0; c < columns.size(); c++) {
                ImportTemplate.Column col = columns.get(c);
                Row r = help.createRow(4 + c);
                r.createCell(0).setCellValue(col.label());
                r.createCell(1).setCellValue(col.header());
                r.createCell(2).setCellValue(col.meaning());
                r.createCell(3).setCellValue(col.required() ? "Bắt buộc" : "Không bắt buộc");
                r.createCell(4).setCellValue(col.format());
                r.createCell(5).setCellValue(col.example() == null ? "" : col.example());
                r.getCell(2).setCellStyle(wrap);
                r.getCell(4).setCellStyle(wrap);
            }
            int[] widths = {28, 20, 60, 16, 36, 24};
            for (int i = 0; i < widths.length; i++) {
                help.setColumnWidth(i, widths[i] * 256);
            }

            Sheet lists = null;
            int listColumn = 0;
            DataValidationHelper helper = data.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                ImportTemplate.Column col = columns.get(c);
                if (col.choices() == null) {
                    continue;
                }
                CodeLabels labels = col.choices().get();
                if (labels.names().isEmpty()) {
                    continue;
                }
                if (lists == null) {
                    lists = wb.createSheet(LISTS_SHEET);
                }
                Row first = row(lists, 0);
                first.createCell(listColumn).setCellValue(col.label());
                int n = 1;
                for (String code : labels.names().keySet()) {
                    row(lists, n++).createCell(listColumn).setCellValue(labels.choice(code));
                }
                lists.setColumnWidth(listColumn, 40 * 256);
                String letter = CellReference.convertNumToColString(listColumn);
                DataValidationConstraint constraint = helper.createFormulaListConstraint(
                        "'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + n);
                DataValidation validation =
                        helper.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, c, c));
                // A code typed by hand is accepted too: the list helps, it does not forbid.
                validation.setErrorStyle(DataValidation.ErrorStyle.INFO);
                validation.createErrorBox(
                        col.label(), "Giá trị không có trong danh mục; tệp sẽ được kiểm tra khi nhập.");
                validation.setShowErrorBox(true);
                validation.setSuppressDropDownArrow(true);
                data.addValidationData(validation);
                listColumn++;
            }
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(Sheet sheet, int n) {
        Row r = sheet.getRow(n);
        return r == null ? sheet.createRow(n) : r;
    }
}
