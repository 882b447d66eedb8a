package vn.noivu.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup into a database with {@code pg_restore}, all or nothing. Refuses a file whose SHA-256
 * is not the one recorded beside it, and a database that already holds tables unless told to replace
 * it ({@code force}: every schema of the database is dropped first).
 */
final class Restore {

    private static final Logger log = LoggerFactory.getLogger(Restore.class);

    private final PgTools tools;

    Restore(PgTools tools) {
        this.tools = tools;
    }

    void into(Path file, DataSource target, String password, boolean force) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BackupRefusedException("backup.restore.missing", file);
        }
        String recorded = BackupDirectory.recordedChecksum(file)
                .orElseThrow(() -> new BackupRefusedException(
                        "backup.restore.noChecksum", file.getFileName() + BackupDirectory.CHECKSUM_SUFFIX));
        if (!recorded.equals(BackupDirectory.sha256(file))) {
            throw new BackupRefusedException("backup.restore.checksumMismatch", file.getFileName());
        }
        if (!tools.present()) {
            throw new BackupRefusedException("backup.unavailable.tools");
        }
        DatabaseAddress address = DatabaseAddress.of(target, password);
        try (Connection connection = target.getConnection()) {
            long tables = count(connection, """
                    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p')
                      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'""");
            if (tables > 0) {
                if (!force) {
                    throw new BackupRefusedException("backup.restore.notEmpty", address.database(), tables);
                }
                log.warn("Replacing the database {} ({} tables) with the backup {}", address, tables, file);
                dropEverything(connection);
            }
        } catch (SQLException e) {
            throw new IOException("Cannot inspect the database " + address, e);
        }
        log.info("Restoring {} into {}", file, address);
        tools.restore(address, file);
        log.info("Restored {} into {}", file.getFileName(), address);
    }

    /** Drops every schema (extensions and all) and recreates an empty {@code public}, as in a new database. */
    private static void dropEverything(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT quote_ident(nspname) FROM pg_namespace
                        WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'""")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String schema : schemas) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            st.execute("CREATE SCHEMA public AUTHORIZATION pg_database_owner");
            st.execute("GRANT USAGE ON SCHEMA public TO PUBLIC");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
