package vn.noivu.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The product's embedded database in a JVM of its own, for {@link EmbeddedDatabaseIntegrationTests}
 * to kill: it commits {@link #COMMITTED_ROWS} rows one transaction each, says so, then streams a
 * {@code COPY} into a second table inside one transaction that never ends, and says when it is in the
 * middle of it. The test kills this JVM there, as {@code kill -9} would.
 */
final class CrashingServerProcess {

    static final int COMMITTED_ROWS = 100;
    static final String COMMITTED = "COMMITTED ";
    static final String COPYING = "COPYING";

    private CrashingServerProcess() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0, EmbeddedDatabaseSettings.product());
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(EmbeddedDatabaseConfiguration.DATABASE));
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE crash_committed (id int PRIMARY KEY)");
            st.execute("CREATE TABLE crash_copied (id int, note text)");
            for (int i = 1; i <= COMMITTED_ROWS; i++) {
                st.executeUpdate("INSERT INTO crash_committed VALUES (" + i + ")");
            }
            System.out.println(COMMITTED + COMMITTED_ROWS);
            System.out.flush();
            c.setAutoCommit(false);
            st.execute("TRUNCATE crash_copied"); // as the initial load does: new files, no WAL
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY crash_copied FROM STDIN", new EndlessRows());
        }
    }

    /** Rows without end; announces itself once the server has received a good many. */
    private static final class EndlessRows extends InputStream {
        private byte[] row = new byte[0];
        private int at;
        private long rows;

        @Override
        public int read() throws IOException {
            if (at == row.length) {
                rows++;
                if (rows == 200_000) {
                    System.out.println(COPYING);
                    System.out.flush();
                }
                row = (rows + "\tmột dòng đang được nạp\n").getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            return row[at++] & 0xff;
        }
    }
}
