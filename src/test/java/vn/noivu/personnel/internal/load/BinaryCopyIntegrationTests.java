package vn.noivu.personnel.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import vn.noivu.NoiVuIntegrationTest;

/** Rows written in the binary COPY format are read back by the real server exactly as meant. */
@NoiVuIntegrationTest
class BinaryCopyIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTypeTheImportWritesReadsBackAsWritten() throws Exception {
        String[] numerics = {"0", "0.00", "2.34", "0.5", "0.05", "10.00", "9999.99", "10000", "12345.67", "-1.25"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(BinaryCopy.HEADER);
        BinaryCopy rows = new BinaryCopy(16);
        for (int i = 0; i < numerics.length; i++) {
            rows.row(8)
                    .int4(i)
                    .int8(9_000_000_000L + i)
                    .int2(i % 2 == 0 ? i : null)
                    .bool(i % 3 == 0)
                    .text(i % 2 == 0 ? "Nguyễn Thị Ánh " + i : "UBND.01.SNV")
                    .text(i == 1 ? null : "")
                    .date(i % 2 == 0 ? LocalDate.of(1965, 3, 31).plusDays(i) : LocalDate.of(2025, 7, 1))
                    .numeric(new BigDecimal(numerics[i]));
        }
        // Encoded once, then from memory: the same value written twice reads the same.
        rows.row(8)
                .int4(99)
                .int8(1)
                .int2(1)
                .bool(true)
                .text("x")
                .text("y")
                .date(null)
                .numeric(new BigDecimal("2.34"));
        rows.drainTo(out);
        out.write(BinaryCopy.TRAILER);

        List<String> read = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS copy_types");
            st.execute("CREATE TEMP TABLE copy_types (i integer, big bigint, small smallint, flag boolean,"
                    + " name text, other text, day date, amount numeric(12, 2))");
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY copy_types FROM STDIN WITH (FORMAT binary)",
                            new ByteArrayInputStream(out.toByteArray()));
            try (ResultSet rs = st.executeQuery(
                    "SELECT i, big, small, flag, name, other, day, amount::text" + " FROM copy_types ORDER BY i")) {
                while (rs.next()) {
                    read.add(rs.getInt(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4) + "|"
                            + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7) + "|"
                            + rs.getString(8));
                }
            }
            st.execute("DROP TABLE copy_types");
        }
        assertThat(read)
                .containsExactly(
                        "0|9000000000|0|true|Nguyễn Thị Ánh 0||1965-03-31|0.00",
                        "1|9000000001|null|false|UBND.01.SNV|null|2025-07-01|0.00",
                        "2|9000000002|2|false|Nguyễn Thị Ánh 2||1965-04-02|2.34",
                        "3|9000000003|null|true|UBND.01.SNV||2025-07-01|0.50",
                        "4|9000000004|4|false|Nguyễn Thị Ánh 4||1965-04-04|0.05",
                        "5|9000000005|null|false|UBND.01.SNV||2025-07-01|10.00",
                        "6|9000000006|6|true|Nguyễn Thị Ánh 6||1965-04-06|9999.99",
                        "7|9000000007|null|false|UBND.01.SNV||2025-07-01|10000.00",
                        "8|9000000008|8|false|Nguyễn Thị Ánh 8||1965-04-08|12345.67",
                        "9|9000000009|null|true|UBND.01.SNV||2025-07-01|-1.25",
                        "99|1|1|true|x|y|null|2.34");
    }
}
