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
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static EmbeddedDatabase running;
    private static int users;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static synchronized EmbeddedDatabase acquire(NoiVuProperties properties, EmbeddedDatabaseSettings settings) {
        if (running == null) {
            Path dir = properties.embeddedDbEphemeral()
                    ? null
                    : properties.dataDir().toAbsolutePath().resolve("postgres");
            running = start(dir, properties.embeddedDbPort(), settings);
        }
        users++;
        return running;
    }

    void release() throws IOException {
        synchronized (EmbeddedDatabase.class) {
            if (--users == 0) {
                close();
                running = null;
            }
        }
    }

    void close() throws IOException {
        log.info("Stopping the embedded PostgreSQL");
        postgres.close();
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** The port the server listens on (loopback only). */
    public int port() {
        return postgres.getPort();
    }

    /** The server's data directory (a temporary one, removed at the end, when ephemeral). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Starts the server on {@code dir} (a fresh temporary directory when null), first stopping a server
     * a crashed JVM left running there, and creates the NoiVu database if it is missing.
     */
    static EmbeddedDatabase start(Path dir, int port, EmbeddedDatabaseSettings settings) {
        try {
            boolean ephemeral = dir == null;
            Path data = ephemeral ? Files.createTempDirectory("noivu-pg-") : dir;
            Files.createDirectories(data);
            if (!ephemeral) {
                OrphanedServer.stopIfAny(data);
                log.info("Embedded PostgreSQL data directory: {}", data);
            }
            EmbeddedPostgres.Builder builder =
                    builder(settings).setDataDirectory(data.toFile()).setCleanDataDirectory(ephemeral);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            log.info(
                    "Embedded PostgreSQL 17 listening on port {} (JDBC URL {}){}",
                    postgres.getPort(),
                    postgres.getJdbcUrl("postgres", EmbeddedDatabaseConfiguration.DATABASE),
                    settings.durable() ? "" : " without fsync: NOT DURABLE, for tests only");
            return new EmbeddedDatabase(postgres, data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /** The server's configuration (the product's when {@code settings.durable()}). */
    static EmbeddedPostgres.Builder builder(EmbeddedDatabaseSettings settings) {
        // The library starts postgres with -F (fsync off) and synchronous_commit=off, which suits
        // throw-away test databases; the -c settings below come after -F on the command line and win.
        String durable = settings.durable() ? "on" : "off";
        return EmbeddedPostgres.builder()
                .setPGStartupWait(settings.startupWait())
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                // One server on one machine, no replicas: minimal WAL lets bulk loads into tables
                // created or truncated in the same transaction skip WAL (PostgreSQL syncs their
                // files at commit instead, which is crash-safe with fsync on). Backups are logical
                // dumps. docs/decisions/004 and 006.
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
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
