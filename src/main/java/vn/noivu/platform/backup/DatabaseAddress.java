package vn.noivu.platform.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.Driver;

/**
 * Where pg_dump and pg_restore connect: read from a DataSource's own JDBC URL and user, so the same
 * code reaches the embedded server (whose port is chosen at start) and an external one. Passed to the
 * tools as libpq's environment variables, never on a command line that {@code ps} shows.
 */
record DatabaseAddress(String host, String port, String database, String user, String password, String sslMode) {

    static DatabaseAddress of(DataSource dataSource, String password) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            Properties parsed = Driver.parseURL(url, new Properties());
            if (parsed == null) {
                throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + url);
            }
            return new DatabaseAddress(
                    first(parsed.getProperty("PGHOST", "localhost")),
                    first(parsed.getProperty("PGPORT", "5432")),
                    parsed.getProperty("PGDBNAME"),
                    connection.getMetaData().getUserName(),
                    password == null || password.isBlank() ? null : password,
                    parsed.getProperty("sslmode"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's address", e);
        }
    }

    /** libpq's environment for these tools. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", host);
        env.put("PGPORT", port);
        env.put("PGDATABASE", database);
        env.put("PGUSER", user);
        env.put("PGCONNECT_TIMEOUT", "15");
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        if (sslMode != null) {
            env.put("PGSSLMODE", sslMode);
        }
        return env;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    private static String first(String list) {
        return list.split(",")[0];
    }
}
