package vn.noivu.personnel.internal.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Sends binary {@code COPY} rows for several tables over one connection, on a thread of its own: the
 * tables' {@code COPY} statements take turns, and the thread that encodes the rows goes on encoding
 * while the server stores what it was sent. Until {@link #finish()} returns, nothing else may use the
 * connection.
 */
final class CopyShipper implements AutoCloseable {

    /**
     * Rows (the first {@code length} bytes of {@code rows}, without the format's header and trailer) for
     * the {@code COPY … FORMAT binary} {@code sql}.
     */
    private record Chunk(String sql, byte[] rows, int length) {}

    private static final Chunk END = new Chunk(null, null, 0);

    private static final int QUEUED = 16;

    /**
     * Buffers already sent, by size, for the next chunks: a chunk is a megabyte or more, which the G1
     * collector under a small heap allocates as a "humongous" object, each one starting a concurrent
     * marking of the whole heap. Reused, a load allocates a few dozen instead of thousands.
     */
    private final Map<Integer, Queue<byte[]>> spare = new ConcurrentHashMap<>();

    private final Connection connection;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread sender;
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private CopyIn open;
    private String openSql;

    CopyShipper(Connection connection) {
        this.connection = connection;
        this.sender = new Thread(this::send, "personnel-import-copy");
        this.sender.setDaemon(true);
        this.sender.start();
    }

    /** Queues the rows buffered in {@code rows} for {@code sql}, which goes on empty; waits while the server is behind. */
    void ship(String sql, BinaryCopy rows) throws SQLException {
        int length = rows.length();
        byte[] fresh = spares(rows.capacity()).poll();
        byte[] full = rows.takeBuffer(fresh != null ? fresh : new byte[rows.capacity()]);
        offer(new Chunk(sql, full, length));
    }

    private Queue<byte[]> spares(int size) {
        return spare.computeIfAbsent(size, k -> new ConcurrentLinkedQueue<>());
    }

    private void offer(Chunk chunk) throws SQLException {
        while (true) {
            rethrow();
            try {
                if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Import interrupted", e);
            }
        }
    }

    /** Ends the last statement and waits until the server has stored everything. */
    void finish() throws SQLException {
        offer(END);
        join();
        rethrow();
    }

    /** Gives up: the statement in progress is cancelled (the caller's transaction rolls back). */
    @Override
    public void close() {
        if (sender.isAlive()) {
            cancelled = true;
            queue.clear();
            queue.offer(END);
            join();
        }
    }

    private void send() {
        try {
            while (true) {
                Chunk chunk = queue.take();
                if (cancelled) {
                    if (open != null && open.isActive()) {
                        open.cancelCopy();
                    }
                    return;
                }
                if (chunk.sql() == null || !chunk.sql().equals(openSql)) {
                    endOpen();
                }
                if (chunk.sql() == null) {
                    return;
                }
                if (open == null) {
                    open = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(chunk.sql());
                    openSql = chunk.sql();
                    open.writeToCopy(BinaryCopy.HEADER, 0, BinaryCopy.HEADER.length);
                }
                open.writeToCopy(chunk.rows(), 0, chunk.length());
                Queue<byte[]> free = spares(chunk.rows().length);
                if (free.size() < QUEUED + 2) {
                    free.offer(chunk.rows());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException | Error e) {
            // Kept for the encoding thread, which rethrows it on its next call.
            failure = e;
            try {
                if (open != null && open.isActive()) {
                    open.cancelCopy();
                }
            } catch (SQLException ignored) {
                // The first failure is the one to report.
            }
            queue.clear();
        }
    }

    private void endOpen() throws SQLException {
        if (open != null) {
            open.writeToCopy(BinaryCopy.TRAILER, 0, BinaryCopy.TRAILER.length);
            open.endCopy();
            open = null;
            openSql = null;
        }
    }

    private void join() {
        try {
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws SQLException {
        Throwable e = failure;
        if (e instanceof SQLException sql) {
            throw sql;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw (RuntimeException) e;
        }
    }
}
