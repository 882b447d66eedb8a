package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.noivu.platform.exports.SheetCells;

class SheetCellsTests {

    @Test
    void aValueOverExcelsCellLimitIsCutSoThatTheExportStillWritesAndReadsBack() throws IOException {
        String name = "Đ".repeat(100_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            wb.createSheet("x").createRow(0).createCell(0).setCellValue(SheetCells.fit(name));
            wb.write(out);
        }
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String cell = back.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
            assertThat(cell).hasSize(SheetCells.MAX).endsWith("…").startsWith("ĐĐĐ");
        }
        assertThat(SheetCells.fit("Hà Nội")).isEqualTo("Hà Nội");
        assertThat(SheetCells.fit(null)).isNull();
    }
}
