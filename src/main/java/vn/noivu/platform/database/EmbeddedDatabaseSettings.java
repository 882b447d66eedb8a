package vn.noivu.platform.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded PostgreSQL runs ({@code noivu.embedded-db.*}); docs/decisions/006.
 *
 * @param durable every commit reaches the disk before it is acknowledged ({@code fsync},
 *     {@code synchronous_commit}, {@code full_page_writes} on). Only the test suite turns it off, for
 *     speed: a test database is thrown away, a product database is not.
 * @param startupWait how long a start may take, crash recovery included: after a crash PostgreSQL
 *     replays the WAL written since the last checkpoint (up to {@code max_wal_size}) before it answers
 */
@ConfigurationProperties("noivu.embedded-db")
public record EmbeddedDatabaseSettings(
        @DefaultValue("true") boolean durable,
        @DefaultValue("5m") Duration startupWait) {

    /** The product's settings. */
    public static EmbeddedDatabaseSettings product() {
        return new EmbeddedDatabaseSettings(true, Duration.ofMinutes(5));
    }
}
