package vn.noivu.platform.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A table written as a workbook and as both CSVs, read back. */
class TableExportsTests {

    final TableExports exports = new TableExports(messages(), null);

    final ReportTable table = ReportTable.builder("Giảm biên chế 2015 → 2025")
            .sheet("Theo loại")
            .scope("Hà Nội")
            .period("2015 → 2025")
            .source("NoiVu")
            .column(ReportTable.Column.text("Loại biên chế", 40))
            .column(ReportTable.Column.integer("Năm 2015"))
            .column(ReportTable.Column.decimal("Tỷ lệ giảm (%)"))
            .column(ReportTable.Column.date("Ngày quyết định"))
            .row("Công chức", 16_473_600L, new BigDecimal("6.4449"), LocalDate.of(2025, 7, 1))
            .row("=HYPERLINK(\"x\")", 2, new BigDecimal("-734.13"), null)
            .total("Tổng cộng", 16_473_602L, new BigDecimal("6.44"), null)
            .outside("Hợp đồng hỗ trợ, phục vụ (không tính vào biên chế)", "Hợp đồng 111", 5, null, null)
            .build();

    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aWorkbookHasTheTitleBlockHeadersNumberFormatsTotalAndTheRowsOutsideIt() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(List.of(table))))) {
            Sheet sheet = wb.getSheet("Theo loại");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Giảm biên chế 2015 → 2025");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Phạm vi: Hà Nội");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains("2015 → 2025");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Nguồn: NoiVu");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).startsWith("Xuất lúc: ");
            Row header = sheet.getRow(TableExports.HEADER_ROW);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Tỷ lệ giảm (%)");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("7:7");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            Row first = sheet.getRow(TableExports.HEADER_ROW + 1);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(16_473_600d);
            // Excel's own formats: a Vietnamese Excel shows 16.473.600 and 6,44.
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(6.44);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(3).getDateCellValue()).isNotNull();
            Row total = sheet.getRow(TableExports.HEADER_ROW + 3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(16_473_602d);
            assertThat(sheet.getRow(TableExports.HEADER_ROW + 5).getCell(0).getStringCellValue())
                    .startsWith("Hợp đồng hỗ trợ");
            assertThat(sheet.getRow(TableExports.HEADER_ROW + 6).getCell(1).getNumericCellValue())
                    .isEqualTo(5d);
        }
    }

    @Test
    void theExcelCsvUsesSemicolonsAndDecimalCommaTheOtherCommasAndDecimalPoint() {
        String excel = new String(exports.csv(table, true), StandardCharsets.UTF_8);
        assertThat(excel).startsWith("\uFEFFLoại biên chế;Năm 2015;Tỷ lệ giảm (%);Ngày quyết định");
        assertThat(excel).contains("Công chức;16473600;6,44;01/07/2025");
        assertThat(excel).contains("'=HYPERLINK(\"\"x\"\")\";2;-734,13;");
        String plain = new String(exports.csv(table, false), StandardCharsets.UTF_8);
        assertThat(plain).contains("Công chức,16473600,6.44,2025-07-01");
        assertThat(plain).contains("Tổng cộng,16473602,6.44,");
    }

    @Test
    void fileNamesLoseTheirDiacritics() {
        assertThat(TableExports.slug("Đơn vị hành chính Hà Nội 01/07/2025"))
                .isEqualTo("don-vi-hanh-chinh-ha-noi-01-07-2025");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/exports/messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }
}
