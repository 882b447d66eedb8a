package vn.noivu.platform.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.withBom(out)) {
            csv.row("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A2)", "+cmd", "-2+3", "\tx", "\rx", "Sở Tư pháp");
        }
        assertThat(out.toString())
                .isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(A1:A2),'+cmd,'-2+3,'\tx,\"'\rx\","
                        + "Sở Tư pháp\r\n");
    }

    @Test
    void negativeNumbersStayNumbers() {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.withBom(out)) {
            csv.row(-57, "-57", "-19.39", new java.math.BigDecimal("-1.5"), null, "");
        }
        assertThat(out.toString()).isEqualTo("\uFEFF-57,-57,-19.39,-1.5,,\r\n");
    }
}
