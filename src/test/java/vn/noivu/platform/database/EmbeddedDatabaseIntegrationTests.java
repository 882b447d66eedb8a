package vn.noivu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's embedded PostgreSQL, apart from the test suite's (which runs without fsync): its
 * commits reach the disk, and it starts again the first time after its JVM was killed, with every
 * committed row and nothing of the transaction that was cut.
 */
class EmbeddedDatabaseIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void productServerWaitsForTheDiskAtEveryCommit() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(null, 0, EmbeddedDatabaseSettings.product());
        try (Connection c = connect(database)) {
            assertThat(show(c, "fsync")).isEqualTo("on");
            assertThat(show(c, "synchronous_commit")).isEqualTo("on");
            assertThat(show(c, "full_page_writes")).isEqualTo("on");
            assertThat(show(c, "wal_level")).isEqualTo("minimal");
        } finally {
            database.close();
        }
    }

    @Test
    void startsTheFirstTimeAfterItsJvmWasKilledWithEveryCommittedRowAndNoCutOne() throws Exception {
        Path dataDir = temp.resolve("postgres");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingServerProcess.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean committed = false;
            while ((line = out.readLine()) != null && !line.equals(CrashingServerProcess.COPYING)) {
                committed |= line.equals(CrashingServerProcess.COMMITTED + CrashingServerProcess.COMMITTED_ROWS);
            }
            assertThat(committed).as("the child committed its rows").isTrue();
            assertThat(line).as("the child is in the middle of its COPY").isEqualTo(CrashingServerProcess.COPYING);
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server is not stopped
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        long orphan = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the killed JVM's server still runs")
                .contains(true);

        EmbeddedDatabase restarted =
                EmbeddedDatabase.start(dataDir, 0, new EmbeddedDatabaseSettings(true, Duration.ofSeconds(60)));
        try (Connection c = connect(restarted)) {
            assertThat(count(c, "crash_committed")).isEqualTo(CrashingServerProcess.COMMITTED_ROWS);
            assertThat(count(c, "crash_copied")).isZero();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        } finally {
            restarted.close();
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(EmbeddedDatabaseConfiguration.DATABASE));
    }

    private static String show(Connection c, String setting) throws SQLException {
        return single(c, "SHOW " + setting);
    }

    private static long count(Connection c, String table) throws SQLException {
        return Long.parseLong(single(c, "SELECT count(*) FROM " + table));
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
