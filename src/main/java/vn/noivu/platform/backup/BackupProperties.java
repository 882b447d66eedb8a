package vn.noivu.platform.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backup settings ({@code noivu.backup.*}, or {@code NOIVU_BACKUP_*} in the environment).
 *
 * @param dir where backups go; blank = {@code <noivu.data-dir>/backups}
 * @param toolsDir the folder with {@code bin/pg_dump} and {@code bin/pg_restore}; the build puts
 *     PostgreSQL 18's client tools into {@code target/pgtools}. For an external PostgreSQL backups run
 *     only when this is set explicitly (the operator's own tools, of the server's major version or newer)
 * @param cron when scheduled backups run (Vietnam time); {@code -} turns them off
 * @param keep how many of the newest backups are kept; older ones are deleted after each backup
 */
@ConfigurationProperties("noivu.backup")
record BackupProperties(
        Path dir,
        @DefaultValue("target/pgtools") Path toolsDir,
        @DefaultValue("0 0 2 * * *") String cron,
        @DefaultValue("14") int keep) {}
