package vn.noivu.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.noivu.platform.NoiVuProperties;

/**
 * One running embedded PostgreSQL per JVM, shared by every Spring context that asks for it (the test
 * suite starts several contexts; they must not start several servers). Stopped when the last context
 * that uses it closes.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static EmbeddedDatabase running;
    private static int users;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedDatabase acquire(NoiVuProperties properties) {
        if (running == null) {
            running = new EmbeddedDatabase(start(properties));
        }
        users++;
        return running;
    }

    void release() throws IOException {
        synchronized (EmbeddedDatabase.class) {
            if (--users == 0) {
                log.info("Stopping the embedded PostgreSQL");
                postgres.close();
                running = null;
            }
        }
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    private static EmbeddedPostgres start(NoiVuProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    // One server on one machine, no replicas: minimal WAL lets bulk loads into tables
                    // created or truncated in the same transaction skip WAL (PostgreSQL syncs their
                    // files at commit instead). Back up with pg_dump; docs/decisions/004.
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (properties.embeddedDbPort() > 0) {
                builder.setPort(properties.embeddedDbPort());
            }
            if (!properties.embeddedDbEphemeral()) {
                Path dir = properties.dataDir().toAbsolutePath().resolve("postgres");
                Files.createDirectories(dir);
                builder.setDataDirectory(dir.toFile()).setCleanDataDirectory(false);
                log.info("Embedded PostgreSQL data directory: {}", dir);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            log.info(
                    "Embedded PostgreSQL 17 listening on port {} (JDBC URL {})",
                    postgres.getPort(),
                    postgres.getJdbcUrl("postgres", EmbeddedDatabaseConfiguration.DATABASE));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + EmbeddedDatabaseConfiguration.DATABASE + "'");
            if (!rs.next()) {
                statement.execute("CREATE DATABASE " + EmbeddedDatabaseConfiguration.DATABASE
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IOException("Cannot create the NoiVu database", e);
        }
    }
}
