package vn.noivu.platform.backup;

import java.time.OffsetDateTime;

/**
 * One backup in the backup folder: a {@code pg_dump -Fc} archive with its SHA-256 recorded beside it.
 *
 * @param name the file name, {@code noivu-yyyyMMdd-HHmmss.dump} (Vietnam time)
 * @param takenAt when it was taken (read from the name, Vietnam time)
 * @param size bytes
 * @param sha256 the recorded checksum, or null when the checksum file is missing
 * @param checksumOk whether the file's content still has the recorded checksum
 */
public record BackupFile(String name, OffsetDateTime takenAt, long size, String sha256, boolean checksumOk) {}
