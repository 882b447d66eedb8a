package vn.noivu.personnel.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.noivu.NoiVuIntegrationTest;

/** Two tables' binary COPYs taking turns on one connection, and a refusal from the server. */
@NoiVuIntegrationTest
class CopyShipperIntegrationTests {

    private static final String A = "COPY ship_a FROM STDIN WITH (FORMAT binary)";
    private static final String B = "COPY ship_b FROM STDIN WITH (FORMAT binary)";

    @Autowired
    DataSource dataSource;

    @Test
    void rowsOfTwoTablesInTurnsAllArrive() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = tables(
                        c, "CREATE TEMP TABLE ship_a (n integer)", "CREATE TEMP TABLE ship_b (n integer, t text)")) {
            try (CopyShipper shipper = new CopyShipper(c)) {
                // One buffer per table, as a load has: each ship hands its array over and takes one
                // the sender has finished with, holding the bytes of earlier chunks.
                BinaryCopy a = new BinaryCopy(2048);
                BinaryCopy b = new BinaryCopy(2048);
                for (int turn = 0; turn < 50; turn++) {
                    // Table A every turn; then B on even turns (a switch of statement), A again on odd ones.
                    shipper.ship(A, aRows(a, turn * 100));
                    shipper.ship(turn % 2 == 0 ? B : A, turn % 2 == 0 ? bRows(b, turn) : aRows(a, 10_000 + turn * 100));
                }
                shipper.finish();
            }
            assertThat(one(st, "SELECT count(*) FROM ship_a")).isEqualTo(50 * 100 + 25 * 100);
            // B's chunks shrink turn by turn: a reused buffer's older bytes past a chunk's end are not sent.
            assertThat(one(st, "SELECT count(*) FROM ship_b"))
                    .isEqualTo(25 * 100 - 600); // 100 − turn rows on turns 0, 2 … 48
            assertThat(one(st, "SELECT count(DISTINCT n) FROM ship_a")).isEqualTo(7500);
            assertThat(one(st, "SELECT count(*) FROM ship_b WHERE t = 'dòng 7'"))
                    .isEqualTo(25);
            assertThat(one(st, "SELECT count(*) FROM ship_b WHERE t = 'dòng 52'"))
                    .isEqualTo(24); // every even turn but 48
            assertThat(one(st, "SELECT count(DISTINCT n) FROM ship_b"))
                    .isEqualTo(one(st, "SELECT count(*) FROM ship_b"));
        }
    }

    @Test
    void aRowTheServerRefusesFailsTheLoadWithTheServersReason() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = tables(c, "CREATE TEMP TABLE ship_a (n integer CHECK (n >= 0))")) {
            assertThatThrownBy(() -> {
                        try (CopyShipper shipper = new CopyShipper(c)) {
                            for (int turn = 0; turn < 20; turn++) {
                                BinaryCopy a = new BinaryCopy(64);
                                a.row(1).int4(turn == 10 ? -1 : turn);
                                shipper.ship(A, a);
                            }
                            shipper.finish();
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ship_a_n_check");
            // The connection is usable again once the shipper is closed.
            assertThat(one(st, "SELECT 1")).isEqualTo(1);
        }
    }

    /** Temporary tables live as long as the pooled connection: each test starts with its own. */
    private static Statement tables(Connection c, String... ddl) throws SQLException {
        Statement st = c.createStatement();
        st.execute("DROP TABLE IF EXISTS ship_a, ship_b");
        for (String table : ddl) {
            st.execute(table);
        }
        return st;
    }

    private static BinaryCopy aRows(BinaryCopy a, int first) {
        for (int i = 0; i < 100; i++) {
            a.row(1).int4(first + i);
        }
        return a;
    }

    private static BinaryCopy bRows(BinaryCopy b, int turn) {
        for (int i = 0; i < 100 - turn; i++) {
            b.row(2).int4(turn * 100 + i).text("dòng " + i);
        }
        return b;
    }

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
