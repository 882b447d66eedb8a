package vn.noivu.platform.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled backup ({@code noivu.backup.cron}, nightly at 02:00 Vietnam time; {@code -} = off). */
@Component
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final Backups backups;
    private final BackupProperties properties;

    BackupSchedule(Backups backups, BackupProperties properties) {
        this.backups = backups;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if ("-".equals(properties.cron())) {
            log.info("Scheduled backups are off (noivu.backup.cron=-)");
        } else if (backups.unavailableReason().isPresent()) {
            log.warn(
                    "Scheduled backups are off: {} (tools folder {})",
                    backups.unavailableReason().get(),
                    backups.toolsDirectory());
        } else {
            log.info(
                    "Backups at '{}' into {}, keeping the newest {}",
                    properties.cron(),
                    backups.directory(),
                    properties.keep());
        }
    }

    @Scheduled(cron = "${noivu.backup.cron:0 0 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        if (backups.unavailableReason().isPresent()) {
            return; // said once at start-up; an external database is the operator's to back up
        }
        try {
            backups.create("schedule");
        } catch (RuntimeException e) {
            // The scheduler would only log it too; say what failed, and try again at the next run.
            log.error("The scheduled backup failed", e);
        }
    }
}
