package vn.noivu.personnel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader of imports, on the cases a spreadsheet export or a hand-edited file produce. */
class CsvRowsTests {

    @Test
    void quotesLineBreaksEmptyLinesAndSpacesAreReadAsASpreadsheetWouldShowThem() throws Exception {
        String file = " a , b ,c\r\n"
                + "1,\"Nguyễn, Văn \"\"Tí\"\"\",x\r\n"
                + "\r\n"
                + "2,\"hai\ndòng\" ,  y  \n"
                + "\n"
                + "3,only-two\n"
                + "4,b,c,extra\n"
                + "5,\"\",";
        try (CsvRows rows = new CsvRows(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(rows.headers()).containsExactly("a", "b", "c");
            List<String> read = new ArrayList<>();
            while (rows.hasNext()) {
                ImportRows.Row r = rows.next();
                read.add(r.number() + ":" + String.join("|", r.cells()));
            }
            assertThat(read)
                    .containsExactly(
                            "2:1|Nguyễn, Văn \"Tí\"|x", "3:2|hai\ndòng|y", "4:3|only-two|", "5:4|b|c", "6:5||");
        }
    }

    @Test
    void aRepeatedValueIsOneStringAndAnIdNumberIsNotKept() throws Exception {
        StringBuilder file = new StringBuilder("national_id,org_code\n");
        for (int i = 0; i < 20_000; i++) {
            file.append(String.format("%012d", i)).append(",UBND.01.SNV\n");
        }
        try (CsvRows rows = new CsvRows(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)))) {
            String first = rows.next().cells()[1];
            String last = null;
            int n = 1;
            while (rows.hasNext()) {
                ImportRows.Row r = rows.next();
                last = r.cells()[1];
                assertThat(r.cells()[0]).isEqualTo(String.format("%012d", n++));
            }
            assertThat(last).isSameAs(first);
            assertThat(n).isEqualTo(20_000);
        }
    }

    @Test
    void aQuoteThatNeverClosesIsReportedAtTheRowWhereItOpens() throws Exception {
        String file = "a,b\n1,ok\n2,\"never closed\n3,x\n";
        try (CsvRows rows = new CsvRows(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(rows.next().cells()).containsExactly("1", "ok");
            assertThatThrownBy(rows::hasNext)
                    .isInstanceOfSatisfying(
                            CsvRows.UnclosedQuote.class, e -> assertThat(e.row).isEqualTo(3));
        }
    }
}
