package vn.noivu.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupDirectoryTests {

    @TempDir
    Path dir;

    @Test
    void retentionKeepsTheNewestBackupsAndDeletesOlderOnesWithTheirChecksums() throws IOException {
        BackupDirectory backups = new BackupDirectory(dir);
        for (int day = 1; day <= 5; day++) {
            take(backups, LocalDateTime.of(2026, 12, day, 2, 0), "backup of day " + day);
        }
        Files.writeString(dir.resolve("notes.txt"), "the operator's own file");

        List<BackupFile> deleted = backups.keepNewest(3);

        assertThat(deleted)
                .extracting(BackupFile::name)
                .containsExactly("noivu-20261202-020000.dump", "noivu-20261201-020000.dump");
        assertThat(backups.list())
                .extracting(BackupFile::name)
                .containsExactly(
                        "noivu-20261205-020000.dump", "noivu-20261204-020000.dump", "noivu-20261203-020000.dump");
        assertThat(dir.resolve("noivu-20261201-020000.dump.sha256")).doesNotExist();
        assertThat(dir.resolve("noivu-20261205-020000.dump.sha256")).exists();
        assertThat(dir.resolve("notes.txt")).exists();
        assertThat(backups.keepNewest(3)).isEmpty();
        assertThat(backups.keepNewest(0)).hasSize(2);
        assertThat(backups.list()).extracting(BackupFile::name).containsExactly("noivu-20261205-020000.dump");
    }

    @Test
    void twoBackupsInOneSecondGetTwoNamesAndTheLaterSortsFirst() throws IOException {
        BackupDirectory backups = new BackupDirectory(dir);
        LocalDateTime now = LocalDateTime.of(2026, 12, 6, 9, 30, 15);
        take(backups, now, "first");
        take(backups, now, "second");

        assertThat(backups.list())
                .extracting(BackupFile::name)
                .containsExactly("noivu-20261206-093015-2.dump", "noivu-20261206-093015.dump");
        assertThat(backups.list().get(0).takenAt().toLocalDateTime()).isEqualTo(now);
        assertThat(backups.list().get(0).takenAt().getOffset().getTotalSeconds())
                .isEqualTo(7 * 3600);
    }

    @Test
    void anUnfinishedBackupIsNeverListedAndIsClearedByTheNextOne() throws IOException {
        BackupDirectory backups = new BackupDirectory(dir);
        BackupDirectory.Pending pending = backups.start(LocalDateTime.of(2026, 12, 6, 2, 0));
        Files.writeString(pending.partial(), "half a dump");

        assertThat(backups.list()).isEmpty();
        assertThat(backups.file(pending.name())).isEmpty();

        take(backups, LocalDateTime.of(2026, 12, 6, 3, 0), "whole");
        assertThat(pending.partial()).doesNotExist();
        assertThat(backups.list()).hasSize(1);
    }

    @Test
    void aChangedFileNoLongerMatchesItsRecordedChecksum() throws IOException {
        BackupDirectory backups = new BackupDirectory(dir);
        BackupFile backup = take(backups, LocalDateTime.of(2026, 12, 6, 2, 0), "original");
        assertThat(backup.checksumOk()).isTrue();
        assertThat(Files.readString(dir.resolve(backup.name() + ".sha256")))
                .isEqualTo(backup.sha256() + "  " + backup.name() + "\n");

        Files.writeString(dir.resolve(backup.name()), "tampered");

        assertThat(backups.list().get(0).checksumOk()).isFalse();
    }

    @Test
    void onlyBackupNamesAreServed() {
        BackupDirectory backups = new BackupDirectory(dir);
        assertThat(backups.file("../../etc/passwd")).isEmpty();
        assertThat(backups.file("noivu-20261206-020000.dump/../x")).isEmpty();
        assertThat(BackupDirectory.isBackupName("noivu-20261206-020000.dump")).isTrue();
    }

    private static BackupFile take(BackupDirectory backups, LocalDateTime time, String content) throws IOException {
        BackupDirectory.Pending pending = backups.start(time);
        Files.writeString(pending.partial(), content, StandardCharsets.UTF_8);
        return backups.complete(pending);
    }
}
