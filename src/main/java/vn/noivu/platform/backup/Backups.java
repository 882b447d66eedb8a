package vn.noivu.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import vn.noivu.platform.NoiVuProperties;
import vn.noivu.platform.audit.AuditLog;

/**
 * Backups of the NoiVu database: {@code pg_dump -Fc} into the backup folder, on demand or on a
 * schedule, the newest {@code noivu.backup.keep} kept; each backup and each deletion audited.
 *
 * <p>The embedded database is backed up with the tools the build provides. An external PostgreSQL is
 * the operator's to back up (their own pg_dump or pg_basebackup; README), unless they point
 * {@code noivu.backup.tools-dir} at tools of that server's version: only then does NoiVu back it up.
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final BackupProperties properties;
    private final BackupDirectory directory;
    private final PgTools tools;
    private final DataSource dataSource;
    private final Environment environment;
    private final AuditLog audit;
    private final ReentrantLock running = new ReentrantLock();

    Backups(
            BackupProperties properties,
            NoiVuProperties noivu,
            DataSource dataSource,
            Environment environment,
            AuditLog audit) {
        this.properties = properties;
        this.directory = new BackupDirectory(backupDir(properties, noivu));
        this.tools = new PgTools(properties.toolsDir());
        this.dataSource = dataSource;
        this.environment = environment;
        this.audit = audit;
    }

    static Path backupDir(BackupProperties properties, NoiVuProperties noivu) {
        Path dir = properties.dir() != null && !properties.dir().toString().isBlank()
                ? properties.dir()
                : noivu.dataDir().resolve("backups");
        return dir.toAbsolutePath().normalize();
    }

    /** Why NoiVu cannot take backups here (a message key), or empty when it can. */
    public Optional<String> unavailableReason() {
        boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (external && !environment.containsProperty("noivu.backup.tools-dir")) {
            return Optional.of("backup.unavailable.external");
        }
        if (!tools.present()) {
            return Optional.of("backup.unavailable.tools");
        }
        return Optional.empty();
    }

    public Path directory() {
        return directory.path();
    }

    public Path toolsDirectory() {
        return tools.dir();
    }

    public int keep() {
        return properties.keep();
    }

    /** The backups, newest first, each with whether its checksum still holds. */
    public List<BackupFile> list() {
        return directory.list();
    }

    /** A backup's file, by its name; nothing for any other name. */
    public Optional<Path> file(String name) {
        return directory.file(name);
    }

    /** A backup's checksum file ({@code sha256sum} format), by the backup's name. */
    public Optional<Path> checksumFile(String name) {
        return directory
                .file(name)
                .map(f -> f.resolveSibling(name + BackupDirectory.CHECKSUM_SUFFIX))
                .filter(java.nio.file.Files::isRegularFile);
    }

    /**
     * Takes a backup now, then deletes all but the newest {@code keep}. One at a time: a second
     * request while one runs is refused rather than queued.
     *
     * @param trigger who asked, for the audit log: {@code manual} or {@code schedule}
     */
    public BackupFile create(String trigger) {
        Optional<String> unavailable = unavailableReason();
        if (unavailable.isPresent()) {
            throw new BackupRefusedException(unavailable.get());
        }
        if (!running.tryLock()) {
            throw new BackupRefusedException("backup.running");
        }
        try {
            BackupFile backup = dump();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("size", backup.size());
            after.put("sha256", backup.sha256());
            after.put("trigger", trigger);
            audit.record("CREATE", "backup", backup.name(), null, after);
            log.info("Backup {} ({} bytes) in {}", backup.name(), backup.size(), directory.path());
            applyRetention();
            return backup;
        } finally {
            running.unlock();
        }
    }

    private BackupFile dump() {
        BackupDirectory.Pending pending;
        try {
            pending = directory.start(LocalDateTime.now(VIETNAM));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write into the backup folder " + directory.path(), e);
        }
        try {
            tools.dump(
                    DatabaseAddress.of(dataSource, environment.getProperty("spring.datasource.password")),
                    pending.partial());
            return directory.complete(pending);
        } catch (IOException e) {
            directory.abandon(pending);
            throw new UncheckedIOException("The backup failed", e);
        } catch (RuntimeException e) {
            directory.abandon(pending);
            throw e;
        }
    }

    private void applyRetention() {
        try {
            for (BackupFile old : directory.keepNewest(properties.keep())) {
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("size", old.size());
                before.put("sha256", old.sha256());
                audit.record("DELETE", "backup", old.name(), before, null, "keep " + properties.keep());
                log.info("Backup {} deleted (keeping the newest {})", old.name(), properties.keep());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete old backups in " + directory.path(), e);
        }
    }
}
