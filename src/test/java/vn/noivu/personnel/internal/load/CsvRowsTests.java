package vn.noivu.personnel.internal.load;

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

    @Test
    void aCellThatIsNotUtf8IsRefusedAtItsRowAndColumnInsteadOfBecomingReplacementCharacters() throws Exception {
        byte[] file = "id,name\n1,Nam\n2,\u0110\u00F4ng\n3,Ph\u1EA1m\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1258"));
        try (CsvRows rows = new CsvRows(new ByteArrayInputStream(file))) {
            assertThat(rows.next().cells()).containsExactly("1", "Nam");
            assertThatThrownBy(rows::hasNext).isInstanceOfSatisfying(UnreadableFile.class, e -> {
                assertThat(e.row).isEqualTo(3);
                assertThat(e.column).isEqualTo("name");
                assertThat(e.key).isEqualTo("personnel.import.notUtf8");
            });
        }
    }

    @Test
    void aNulByteInAValueIsRefusedAtItsRowAndColumn() throws Exception {
        byte[] file = "id,name\n1,\"Na\u0000m\"\n".getBytes(StandardCharsets.UTF_8);
        try (CsvRows rows = new CsvRows(new ByteArrayInputStream(file))) {
            assertThatThrownBy(rows::hasNext).isInstanceOfSatisfying(UnreadableFile.class, e -> {
                assertThat(e.row).isEqualTo(2);
                assertThat(e.column).isEqualTo("name");
                assertThat(e.key).isEqualTo("personnel.import.nul");
            });
        }
        byte[] plain = "id,name\n1,Na\u0000m\n".getBytes(StandardCharsets.UTF_8);
        try (CsvRows rows = new CsvRows(new ByteArrayInputStream(plain))) {
            assertThatThrownBy(rows::hasNext).isInstanceOf(UnreadableFile.class);
        }
    }

    @Test
    void semicolonsOrTabsSeparateWhenTheHeaderHasNoComma() throws Exception {
        for (String sep : new String[] {";", "\t"}) {
            String file = "a" + sep + "b" + sep + "c\n1" + sep + "\"x" + sep + "y\"" + sep + "0,5\n";
            try (CsvRows rows = new CsvRows(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
                assertThat(rows.headers()).containsExactly("a", "b", "c");
                assertThat(rows.next().cells()).containsExactly("1", "x" + sep + "y", "0,5");
            }
        }
    }

    @Test
    void wellFormedUtf8IsTheOnlyUtf8Accepted() {
        assertThat(valid("Nguyễn Thị Ánh 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(valid(new byte[] {(byte) 0xC0, (byte) 0x80})).isFalse(); // overlong NUL
        assertThat(valid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse(); // a surrogate
        assertThat(valid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
                .isFalse(); // > U+10FFFF
        assertThat(valid(new byte[] {'a', (byte) 0xE1, (byte) 0xBB})).isFalse(); // cut
        assertThat(valid(new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}))
                .isFalse();
    }

    private static boolean valid(byte[] bytes) {
        return CsvRows.invalidAt(bytes, bytes.length) < 0;
    }
}
