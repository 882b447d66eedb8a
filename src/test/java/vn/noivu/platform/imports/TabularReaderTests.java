package vn.noivu.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Real files as users save them: encodings, separators, mislabelled and broken files, limits. */
class TabularReaderTests {

    static final String CSV = "code,name\n001,Thị trấn Long Bình\n002,Phường Ba Đồn\n";

    private static TabularFile read(String name, byte[] bytes) throws IOException {
        return TabularFile.read(name, new ByteArrayInputStream(bytes), ImportLimits.NONE);
    }

    private static UnreadableFileException refusal(String name, byte[] bytes, ImportLimits limits) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> TabularFile.read(name, new ByteArrayInputStream(bytes), limits));
        assertThat(t).isInstanceOf(UnreadableFileException.class);
        return (UnreadableFileException) t;
    }

    private static UnreadableFileException refusal(String name, byte[] bytes) {
        return refusal(name, bytes, ImportLimits.NONE);
    }

    private static void assertNames(TabularFile file) {
        assertThat(file.headers()).containsExactly("code", "name");
        assertThat(file.rows()).extracting(r -> r.get("code")).containsExactly("001", "002");
        assertThat(file.rows()).extracting(r -> r.get("name")).containsExactly("Thị trấn Long Bình", "Phường Ba Đồn");
        assertThat(file.rows()).extracting(TabularRow::number).containsExactly(2, 3);
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkIsRead() throws IOException {
        assertNames(read("a.csv", CSV.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(CSV.getBytes(StandardCharsets.UTF_8));
        assertNames(read("a.csv", bom.toByteArray()));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        // Excel's "Unicode text" and many Windows tools write UTF-16 with a byte-order mark.
        assertNames(read("a.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16LE)));
        assertNames(read("a.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void aWindowsCodePageIsRefusedNamingTheEncodingAndTheRowNeverStoredAsMojibake() {
        byte[] cp1258 = "code,name\n001,Long Binh\n002,Phường Ba Đồn\n".getBytes(Charset.forName("windows-1258"));
        UnreadableFileException e = refusal("a.csv", cp1258);
        assertThat(e.messageKey()).isEqualTo("import.file.encoding");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("name");
        assertThat(e.args()).containsExactly(3, "UTF-8", "name");
        byte[] cp1252 = "code,name\n001,Café\n".getBytes(Charset.forName("windows-1252"));
        assertThat(refusal("a.csv", cp1252).messageKey()).isEqualTo("import.file.encoding");
    }

    @Test
    void aReplacementCharacterLeftByAnEarlierConversionIsRefused() {
        UnreadableFileException e = refusal("a.csv", "code,name\n001,Ph\uFFFDng\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.messageKey()).isEqualTo("import.file.encoding");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("name");
    }

    @Test
    void theSeparatorIsTakenFromTheHeaderLine() throws IOException {
        assertNames(read("a.csv", CSV.replace(',', ';').getBytes(StandardCharsets.UTF_8)));
        assertNames(read("a.csv", CSV.replace(',', '\t').getBytes(StandardCharsets.UTF_8)));
        // A comma inside a value does not fool the detection.
        TabularFile f = read("a.csv", "code;name\n001;\"Xã A, B\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.rows().get(0).get("name")).isEqualTo("Xã A, B");
    }

    @Test
    void aHeaderNamedTwiceIsRefusedNamingTheColumn() {
        UnreadableFileException e = refusal("a.csv", "code,name,Code\n001,A,002\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.messageKey()).isEqualTo("import.file.duplicateHeader");
        assertThat(e.column()).isEqualTo("Code");
        assertThat(e.args()).containsExactly("Code", 1, 3);
    }

    @Test
    void aNulByteInAValueIsRefusedWithRowAndColumn() {
        UnreadableFileException e =
                refusal("a.csv", "code,name\n001,A\n002,B\u0000C\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.messageKey()).isEqualTo("import.file.nul");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("name");
    }

    @Test
    void emptyFilesAndBlankRowsAreToldApart() throws IOException {
        assertThat(refusal("a.csv", new byte[0]).messageKey()).isEqualTo("import.file.empty");
        assertThat(refusal("a.csv", "\n\n".getBytes(StandardCharsets.UTF_8)).messageKey())
                .isEqualTo("import.file.empty");
        assertThat(read("a.csv", "code,name\n".getBytes(StandardCharsets.UTF_8)).rows())
                .isEmpty();
        // Rows of empty cells (Excel's trailing ",,") are skipped; row numbers stay those of the file.
        TabularFile f = read("a.csv", "code,name\n,\n001,A\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.rows()).extracting(TabularRow::number).containsExactly(3);
    }

    @Test
    void aCellOverExcelsLimitIsRefused() {
        String name = "A".repeat(TabularReader.MAX_CELL + 1);
        UnreadableFileException e =
                refusal("a.csv", ("code,name\n001," + name + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(e.messageKey()).isEqualTo("import.file.cellTooLong");
        assertThat(e.column()).isEqualTo("name");
    }

    @Test
    void xlsxIsToldFromItsContentAndReadAsShown() throws IOException {
        byte[] xlsx = xlsx(3);
        TabularFile f = read("named-as.csv", xlsx);
        assertThat(f.headers()).containsExactly("code", "name", "valid_from", "count");
        assertThat(f.rows()).hasSize(3);
        TabularRow first = f.rows().get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.get("code")).isEqualTo("00000");
        assertThat(first.get("name")).isEqualTo("Đơn vị 0");
        assertThat(first.get("valid_from")).isEqualTo("2025-07-01");
        assertThat(first.get("count")).isEqualTo("42");
    }

    @Test
    void aBrokenOrMislabelledSpreadsheetIsRefused() {
        byte[] xlsx = xlsx(50);
        byte[] cut = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);
        assertThat(refusal("a.xlsx", cut).messageKey()).startsWith("import.file.brokenXlsx");
        byte[] zip = java.util.Arrays.copyOf(xlsx, 64);
        assertThat(refusal("a.xlsx", zip).messageKey()).isEqualTo("import.file.brokenXlsx");
        assertThat(refusal("a.xlsx", CSV.getBytes(StandardCharsets.UTF_8)).messageKey())
                .isEqualTo("import.file.notXlsx");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(refusal("a.xls", xls).messageKey()).isEqualTo("import.file.oldExcel");
    }

    @Test
    void limitsOfRowsAndBytesRefuseAsTooLarge() {
        StringBuilder csv = new StringBuilder("code,name\n");
        for (int i = 0; i < 1_000; i++) {
            csv.append(i).append(",Đơn vị ").append(i).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        UnreadableFileException rows = refusal("a.csv", bytes, new ImportLimits(1 << 20, 1 << 20, 999));
        assertThat(rows.tooLarge()).isTrue();
        assertThat(rows.messageKey()).isEqualTo("import.file.tooManyRows");
        UnreadableFileException size = refusal("a.csv", bytes, new ImportLimits(1_000, 1 << 20, 1_000_000));
        assertThat(size.tooLarge()).isTrue();
        assertThat(size.messageKey()).isEqualTo("import.file.tooLarge");
        UnreadableFileException xlsxRows = refusal("a.xlsx", xlsx(20), new ImportLimits(1 << 20, 1 << 20, 10));
        assertThat(xlsxRows.messageKey()).isEqualTo("import.file.tooManyRows");
        UnreadableFileException xlsxSize = refusal("a.xlsx", xlsx(20), new ImportLimits(1 << 20, 1_000, 1_000));
        assertThat(xlsxSize.messageKey()).isEqualTo("import.file.tooLargeXlsx");
    }

    @Test
    void theReaderGivesRowsOneAtATimeWithTheFilesDigest() throws IOException {
        try (TabularReader reader = TabularReader.open(
                "a.csv", new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), ImportLimits.NONE)) {
            assertThat(reader.format()).isEqualTo(TabularReader.Format.CSV);
            assertThat(reader.missing(List.of("code", "type"))).containsExactly("type");
            assertThat(reader.next().get("code")).isEqualTo("001");
            assertThat(reader.rowsRead()).isEqualTo(1);
            assertThat(reader.next().get("code")).isEqualTo("002");
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.sha256()).hasSize(64);
        }
    }

    static byte[] xlsx(int rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] names = {"code", "name", "valid_from", "count"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(String.format("%05d", r));
                row.createCell(1).setCellValue("Đơn vị " + r);
                var cell = row.createCell(2);
                cell.setCellValue(java.time.LocalDate.of(2025, 7, 1));
                cell.setCellStyle(date);
                row.createCell(3).setCellValue(42);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
