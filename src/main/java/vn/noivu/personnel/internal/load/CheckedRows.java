package vn.noivu.personnel.internal.load;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The rows of an import file, read and checked on a thread of their own while the caller writes the
 * rows checked before: reading and checking a national file is as much work as writing it, and the
 * two then share the machine's cores with the database instead of taking turns.
 *
 * <p>{@link #next()} hands out the rows that passed their checks while no problem has been found in
 * the file; after the first problem the rest is still read and checked, to report every problem, but
 * nothing more is handed out. The problems are complete once {@link #next()} has returned null.
 */
final class CheckedRows implements AutoCloseable {

    private static final int BATCH = 2048;

    /** Rows checked together; {@code end} after the last, {@code failure} when reading broke off. */
    private record Batch(List<ImportedRow> rows, boolean end, Throwable failure) {}

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private volatile boolean stopped;
    private volatile int read;

    private List<ImportedRow> current = List.of();
    private int at;
    private boolean ended;

    private CheckedRows(ImportRows file, ImportRowChecker checker, ImportProblems problems) {
        reader = new Thread(() -> read(file, checker, problems), "personnel-import-reader");
        reader.setDaemon(true);
    }

    static CheckedRows start(ImportRows file, ImportRowChecker checker, ImportProblems problems) {
        CheckedRows rows = new CheckedRows(file, checker, problems);
        rows.reader.start();
        return rows;
    }

    private void read(ImportRows file, ImportRowChecker checker, ImportProblems problems) {
        List<ImportedRow> batch = new ArrayList<>(BATCH);
        try {
            int n = 0;
            while (!stopped && file.hasNext()) {
                n++;
                ImportedRow r = checker.check(file.next(), problems);
                if (r != null && !problems.any()) {
                    batch.add(r);
                    if (batch.size() == BATCH) {
                        read = n;
                        put(new Batch(batch, false, null));
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
            read = n;
            put(new Batch(batch, false, null));
            put(new Batch(List.of(), true, null));
        } catch (RuntimeException | Error e) {
            // Handed to the caller, whose next() rethrows it: a reader that died silently would
            // leave the caller waiting for rows forever.
            put(new Batch(List.of(), true, e));
        }
    }

    private void put(Batch batch) {
        try {
            while (!stopped) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next row to write, or null when the file is read to its end. */
    ImportedRow next() {
        while (at == current.size()) {
            if (ended) {
                return null;
            }
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Import interrupted", e);
            }
            if (batch.failure() instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            if (batch.failure() instanceof Error e) {
                ended = true;
                throw e;
            }
            if (batch.end()) {
                ended = true;
                join();
                return null;
            }
            current = batch.rows();
            at = 0;
        }
        return current.get(at++);
    }

    /** How many rows the file had (once {@link #next()} has returned null). */
    int rows() {
        return read;
    }

    private void join() {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("Import interrupted"));
        }
    }

    /** Stops the reader when the caller gives up early (a database error). */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        join();
    }
}
