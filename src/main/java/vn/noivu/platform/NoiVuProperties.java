package vn.noivu.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Instance settings. Each has an environment variable so that several instances can run side by side
 * ({@code NOIVU_DATA_DIR}, {@code NOIVU_DEMO}, {@code NOIVU_ADMIN_PASSWORD}, {@code
 * NOIVU_EMBEDDED_DB_PORT}).
 *
 * @param dataDir where the embedded database keeps its files; survives restarts
 * @param demo whether demo users and demo records are loaded (reference data always is)
 * @param adminPassword the first admin's password; when blank a random one is printed once
 * @param embeddedDbPort port of the embedded PostgreSQL (0 picks a free port)
 * @param embeddedDbEphemeral start the embedded database in a fresh temporary directory (tests)
 */
@ConfigurationProperties("noivu")
public record NoiVuProperties(
        Path dataDir, boolean demo, String adminPassword, int embeddedDbPort, boolean embeddedDbEphemeral) {}
