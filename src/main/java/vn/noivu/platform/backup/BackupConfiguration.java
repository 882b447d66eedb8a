package vn.noivu.platform.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;
import vn.noivu.platform.web.NavigationItem;

/**
 * Backups: the settings, the administrator's page in the navigation, the schedule, and the restore
 * that {@code --noivu.restore=<file>} runs at start-up, before the migrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BackupConfiguration.class);

    @Bean
    NavigationItem backupsNavigation() {
        return new NavigationItem("nav.backups", "/admin/backups", 920, "ADMIN");
    }

    /**
     * With {@code noivu.restore=<backup file>}: restores it into the database (which must be empty,
     * or {@code noivu.restore-force=true}) before Flyway runs, so the migrations then bring an older
     * backup up to this version. Without it: the migrations as usual.
     */
    @Bean
    FlywayMigrationStrategy restoreThenMigrate(
            Environment environment, BackupProperties properties, MessageSource messages) {
        return flyway -> {
            String file = environment.getProperty("noivu.restore");
            if (StringUtils.hasText(file)) {
                Path backup = Path.of(file).toAbsolutePath();
                boolean force = environment.getProperty("noivu.restore-force", Boolean.class, false);
                try {
                    new Restore(new PgTools(properties.toolsDir()))
                            .into(
                                    backup,
                                    flyway.getConfiguration().getDataSource(),
                                    environment.getProperty("spring.datasource.password"),
                                    force);
                } catch (BackupRefusedException e) {
                    String vi = messages.getMessage(e.messageKey(), e.args(), Locale.forLanguageTag("vi"));
                    String en = messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH);
                    throw new IllegalStateException("Restore refused: " + vi + " / " + en, e);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Restore of " + backup + " failed", e);
                }
                flyway.migrate();
                audit(flyway.getConfiguration().getDataSource(), backup, force);
                log.info("Restored the backup {}; NoiVu now runs on it", backup);
            } else {
                flyway.migrate();
            }
        };
    }

    /** Plain JDBC: the application's JdbcClient waits for this very migration step. */
    private static void audit(javax.sql.DataSource dataSource, Path backup, boolean force) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("""
                        INSERT INTO platform.audit_log (actor, actor_scope, action, entity, entity_id, detail)
                        VALUES ('system', '/', 'RESTORE', 'backup', ?, ?)""")) {
            st.setString(1, backup.getFileName().toString());
            st.setString(2, "restored from " + backup + (force ? " (replacing the database)" : ""));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Restored, but the audit log cannot record it", e);
        }
    }
}
