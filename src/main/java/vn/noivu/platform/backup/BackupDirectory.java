package vn.noivu.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of backups. A backup is {@code noivu-yyyyMMdd-HHmmss.dump} with its checksum in
 * {@code <name>.sha256} (the format of {@code sha256sum}, so {@code sha256sum -c} checks it by hand).
 * A backup in progress is a hidden {@code .partial} file, renamed only once complete and checksummed:
 * a file with the backup's name is always whole. Only files with that name are ever listed or deleted.
 */
final class BackupDirectory {

    static final String CHECKSUM_SUFFIX = ".sha256";
    private static final Pattern NAME = Pattern.compile("noivu-(\\d{8}-\\d{6})(?:-(\\d+))?\\.dump");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PARTIAL = ".partial";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Path dir;
    /**
     * Checksums already computed, by name, size and modification time to the nanosecond the file system
     * keeps (a file rewritten with the same size within the same millisecond kept its stale checksum):
     * a listing reads each file once.
     */
    private final Map<String, String> computed = new ConcurrentHashMap<>();

    BackupDirectory(Path dir) {
        this.dir = dir;
    }

    Path path() {
        return dir;
    }

    static boolean isBackupName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** A fresh hidden file to write a backup taken at {@code time} into, and the name it will get. */
    Pending start(LocalDateTime time) throws IOException {
        Files.createDirectories(dir);
        deleteLeftoverPartials();
        String base = "noivu-" + STAMP.format(time);
        String name = base + ".dump";
        for (int n = 2; Files.exists(dir.resolve(name)); n++) {
            name = base + "-" + n + ".dump";
        }
        return new Pending(name, dir.resolve("." + name + PARTIAL));
    }

    /** Checksums the finished partial file, records the checksum, then gives the backup its name. */
    BackupFile complete(Pending pending) throws IOException {
        String sha256 = sha256(pending.partial());
        Path checksum = dir.resolve(pending.name() + CHECKSUM_SUFFIX);
        Path checksumPartial = dir.resolve("." + pending.name() + CHECKSUM_SUFFIX + PARTIAL);
        Files.writeString(checksumPartial, sha256 + "  " + pending.name() + "\n", StandardCharsets.US_ASCII);
        Files.move(checksumPartial, checksum, StandardCopyOption.ATOMIC_MOVE);
        Path file = dir.resolve(pending.name());
        Files.move(pending.partial(), file, StandardCopyOption.ATOMIC_MOVE);
        return describe(file).orElseThrow();
    }

    void abandon(Pending pending) {
        try {
            Files.deleteIfExists(pending.partial());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the unfinished backup " + pending.partial(), e);
        }
    }

    /** The backups, newest first. */
    List<BackupFile> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> isBackupName(f.getFileName().toString()))
                    .sorted(Comparator.comparing(
                                    (Path f) -> order(f.getFileName().toString()))
                            .reversed())
                    .map(this::describe)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + dir, e);
        }
    }

    /** The file of a backup by name, if the name is a backup's and the file exists. */
    Optional<Path> file(String name) {
        if (!isBackupName(name)) {
            return Optional.empty();
        }
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Deletes all but the newest {@code keep} backups with their checksum files; returns what it
     * deleted. Never the newest one: a setting of 0 must not delete the backup just taken.
     */
    List<BackupFile> keepNewest(int keep) throws IOException {
        List<BackupFile> all = list();
        List<BackupFile> deleted = new ArrayList<>();
        for (BackupFile old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            Files.deleteIfExists(dir.resolve(old.name() + CHECKSUM_SUFFIX));
            Files.deleteIfExists(dir.resolve(old.name()));
            deleted.add(old);
        }
        return deleted;
    }

    /** The checksum recorded beside a backup file (anywhere, not only in this folder), if any. */
    static Optional<String> recordedChecksum(Path file) throws IOException {
        Path checksum = file.resolveSibling(file.getFileName() + CHECKSUM_SUFFIX);
        if (!Files.isRegularFile(checksum)) {
            return Optional.empty();
        }
        String line = Files.readString(checksum, StandardCharsets.US_ASCII).trim();
        String hex = line.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return hex.matches("[0-9a-f]{64}") ? Optional.of(hex) : Optional.empty();
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Optional<BackupFile> describe(Path file) {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            String recorded = recordedChecksum(file).orElse(null);
            String actual = computed.computeIfAbsent(name + "|" + size + "|" + modified.to(TimeUnit.NANOSECONDS), k -> {
                try {
                    return sha256(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return Optional.of(new BackupFile(
                    name,
                    LocalDateTime.parse(m.group(1), STAMP).atZone(VIETNAM).toOffsetDateTime(),
                    size,
                    recorded,
                    actual.equals(recorded)));
        } catch (IOException | UncheckedIOException e) {
            // Deleted between the listing and now (retention running): not a backup any more.
            if (Files.exists(file)) {
                throw new UncheckedIOException(
                        "Cannot read the backup " + file,
                        e instanceof IOException io ? io : (IOException) e.getCause());
            }
            return Optional.empty();
        }
    }

    /** Sort key: the time stamp, then the counter of backups taken in the same second. */
    private static String order(String name) {
        Matcher m = NAME.matcher(name);
        m.matches();
        return m.group(1) + String.format("-%06d", m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
    }

    private void deleteLeftoverPartials() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(PARTIAL))
                    .toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** A backup being written to {@code partial}, to be named {@code name} once complete. */
    record Pending(String name, Path partial) {}
}
