package vn.noivu.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's client tools in a folder ({@code bin/pg_dump}, {@code bin/pg_restore}): by default the
 * ones the build put into {@code target/pgtools} (PostgreSQL 18, which dumps and restores the embedded
 * 17), or an operator's own.
 */
final class PgTools {

    private static final Logger log = LoggerFactory.getLogger(PgTools.class);

    private final Path dir;

    PgTools(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    boolean present() {
        return Files.isExecutable(tool("pg_dump")) && Files.isExecutable(tool("pg_restore"));
    }

    /** {@code pg_dump -Fc} of the whole database into {@code file}. */
    void dump(DatabaseAddress database, Path file) throws IOException {
        run(database, "pg_dump", "--format=custom", "--no-password", "--file=" + file);
    }

    /** {@code pg_restore} of an archive into the (empty) database, all or nothing. */
    void restore(DatabaseAddress database, Path file) throws IOException {
        run(
                database,
                "pg_restore",
                "--no-password",
                "--dbname=" + database.database(),
                // Objects belong to whoever restores: the embedded server's user, or the operator's.
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                file.toString());
    }

    private Path tool(String name) {
        return dir.resolve("bin").resolve(name);
    }

    private void run(DatabaseAddress database, String tool, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(tool(tool).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(database.environment());
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(tool + " was interrupted", e);
        }
        if (exit != 0) {
            throw new IOException(tool + " of " + database + " failed (exit " + exit + "): " + output);
        }
        if (!output.isEmpty()) {
            log.info("{}: {}", tool, output);
        }
        log.debug("{} of {} took {} ms", tool, database, (System.nanoTime() - start) / 1_000_000);
    }
}
