package vn.noivu.personnel.internal.load;

import static vn.noivu.personnel.internal.load.ImportSql.exec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.platform.operations.DeferredStep;
import vn.noivu.platform.operations.DeferredWork;

/**
 * What a large initial load leaves for after its commit (docs/decisions/005-personnel-indexes-after-load.md):
 * the query indexes (name search, due lists, unit lists, headcount history), the validation of the
 * foreign key and CHECK constraints it put back {@code NOT VALID} — enforced for every later write,
 * and already checked row by row by the import — and the tables' statistics.
 *
 * <p>The steps are rows of {@code personnel.after_load_step}, queued in the load's transaction. Two
 * workers run them, each step in a transaction of its own that also deletes it: a step is done or
 * still queued, whatever happens in between, and queued steps resume at start-up. The keys of people
 * and names, the unique ID number and the headcount are never deferred: they are in place when the
 * load commits. The versions' primary key is the one key that follows the commit ({@link #VERSION_KEY}).
 *
 * <p>Pending and failed steps show on {@code /actuator/health} and on the administrator's page of
 * background work, where a failed step can be retried ({@link DeferredWork}).
 */
@Component
public class AfterLoadSteps implements DeferredWork {

    private static final Logger log = LoggerFactory.getLogger(AfterLoadSteps.class);

    private static final int WORKERS = 2;

    private static final Pattern CONSTRAINT =
            Pattern.compile("ALTER TABLE (\\S+) ADD CONSTRAINT (\\S+) (?:FOREIGN KEY|CHECK) .*", Pattern.DOTALL);

    /**
     * The one key built after the commit: the versions' primary key. No table refers to a version, the
     * load numbers the versions itself from the table's sequence (no duplicate can come from the file),
     * and versions are looked up by person, through an index that follows the commit anyway.
     */
    private static final Pattern VERSION_KEY =
            Pattern.compile("ALTER TABLE personnel\\.employment ADD CONSTRAINT \\S+ PRIMARY KEY .*");

    private static final Pattern VERSION_INDEX = Pattern.compile("CREATE INDEX \\S+ ON personnel\\.employment .*");

    private static final Pattern TABLE = Pattern.compile("(?: ON |^ALTER TABLE |^ANALYZE )(personnel\\.\\w+)");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Object lock = new Object();
    private int running;
    private boolean again;

    AfterLoadSteps(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Restores what a load dropped ({@code restore}, in order) in the load's transaction, except what
     * may follow its commit: the versions' primary key and plain indexes are queued; foreign keys and
     * CHECKs come back {@code NOT VALID} and their validation is queued; statistics are queued last.
     */
    static void restoreDeferring(Connection c, List<String> restore, List<String> analyze) throws SQLException {
        List<String> key = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> versionIndexes = new ArrayList<>();
        List<String> validations = new ArrayList<>();
        for (String ddl : restore) {
            Matcher constraint = CONSTRAINT.matcher(ddl);
            if (VERSION_KEY.matcher(ddl).matches()) {
                key.add(ddl);
            } else if (ddl.startsWith("CREATE INDEX ")) {
                String index = "CREATE INDEX IF NOT EXISTS " + ddl.substring("CREATE INDEX ".length());
                (VERSION_INDEX.matcher(ddl).matches() ? versionIndexes : indexes).add(index);
            } else if (constraint.matches()) {
                exec(c, ddl + " NOT VALID");
                validations.add("ALTER TABLE " + constraint.group(1) + " VALIDATE CONSTRAINT " + constraint.group(2));
            } else {
                exec(c, ddl);
            }
        }
        // The versions' key first, the other tables' indexes next: adding a key locks its table, reads
        // included, while it builds (about a second for 2.5 M versions), and waits for any index build
        // already running on that table, with users' reads queued behind it (measured: a 6 s step when
        // the other worker had started on a versions' index). So the other worker starts elsewhere.
        List<String> later = new ArrayList<>(key);
        later.addAll(indexes);
        later.addAll(versionIndexes);
        later.addAll(validations);
        later.addAll(analyze);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO personnel.after_load_step (ddl) VALUES (?)"
                + " ON CONFLICT (ddl) DO UPDATE SET failed_at = NULL, failure = NULL")) {
            for (String ddl : later) {
                ps.setString(1, ddl);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Queued steps left by a previous run of the application (stopped before they were done). */
    @EventListener(ApplicationReadyEvent.class)
    void resumeAtStartup() {
        start();
    }

    /** Runs the queued steps on two workers (the load that queued them has committed). */
    public void start() {
        synchronized (lock) {
            if (running > 0) {
                again = true; // steps queued while the workers finish: they look again
                return;
            }
            running = WORKERS;
        }
        Set<Long> failed = ConcurrentHashMap.newKeySet();
        for (int i = 1; i <= WORKERS; i++) {
            Thread worker = new Thread(() -> work(failed), "personnel-after-load-" + i);
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Waits until no step runs: an import starts only then, so that it never waits on a step's locks. */
    public void awaitIdle() {
        synchronized (lock) {
            while (running > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Steps still queued (a failed one stays, with its error, and is tried again at the next start). */
    public long queued() {
        try (Connection c = dataSource.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM personnel.after_load_step")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the after-load steps", e);
        }
    }

    @Override
    public String name() {
        return "personnel-after-load";
    }

    @Override
    public String messageKey() {
        return "personnel.afterLoad.title";
    }

    @Override
    public List<DeferredStep> steps() {
        return jdbc.sql("SELECT id, ddl, queued_at, failed_at, failure FROM personnel.after_load_step ORDER BY id")
                .query((rs, n) -> new DeferredStep(
                        rs.getLong("id"),
                        describe(rs.getString("ddl")),
                        rs.getString("ddl"),
                        rs.getObject("queued_at", OffsetDateTime.class),
                        rs.getObject("failed_at", OffsetDateTime.class),
                        rs.getString("failure")))
                .list();
    }

    @Override
    public boolean requeue(long stepId) {
        return jdbc.sql("UPDATE personnel.after_load_step SET failed_at = NULL, failure = NULL"
                                + " WHERE id = :id AND failed_at IS NOT NULL")
                        .param("id", stepId)
                        .update()
                == 1;
    }

    @Override
    public void resume() {
        start();
    }

    /** A step in words: what it does and to which table, named as people call it. */
    static DefaultMessageSourceResolvable describe(String ddl) {
        String kind;
        if (VERSION_KEY.matcher(ddl).matches()) {
            kind = "key";
        } else if (ddl.startsWith("CREATE INDEX ")) {
            kind = "index";
        } else if (ddl.contains(" VALIDATE CONSTRAINT ")) {
            kind = "validate";
        } else if (ddl.startsWith("ANALYZE ")) {
            kind = "analyze";
        } else {
            kind = "other";
        }
        Matcher table = TABLE.matcher(ddl);
        Object label = table.find()
                ? new DefaultMessageSourceResolvable(
                        new String[] {"personnel.table." + table.group(1).substring("personnel.".length())},
                        table.group(1))
                : "personnel";
        return new DefaultMessageSourceResolvable(
                new String[] {"personnel.afterLoad." + kind}, new Object[] {label}, ddl);
    }

    private void work(Set<Long> failed) {
        try {
            while (runOne(failed)) {
                // next step
            }
        } catch (SQLException | RuntimeException e) {
            log.error("Personnel after-load steps stopped", e);
        } finally {
            boolean restart;
            synchronized (lock) {
                running--;
                // Only the last worker to stop looks at the flag: steps queued while the other was
                // still busy must not be forgotten.
                restart = running == 0 && again;
                if (running == 0) {
                    again = false;
                }
                lock.notifyAll();
            }
            if (restart) {
                start();
            }
        }
    }

    /** Takes the first step no other worker holds, runs it and deletes it in one transaction. */
    private boolean runOne(Set<Long> failed) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long id;
            String ddl;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, ddl FROM personnel.after_load_step"
                    + " WHERE id <> ALL (?) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")) {
                ps.setArray(1, c.createArrayOf("bigint", failed.toArray()));
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        c.rollback();
                        return false;
                    }
                    id = rs.getLong(1);
                    ddl = rs.getString(2);
                }
            }
            long t = System.nanoTime();
            try {
                // Two workers share the two cores: no parallel workers of their own.
                exec(c, "SET LOCAL max_parallel_maintenance_workers = 0");
                exec(c, "SET LOCAL maintenance_work_mem = '256MB'");
                exec(c, ddl);
                exec(c, "DELETE FROM personnel.after_load_step WHERE id = " + id);
                c.commit();
                log.info("Personnel after-load step done in {} ms: {}", (System.nanoTime() - t) / 1_000_000, ddl);
            } catch (SQLException e) {
                c.rollback();
                failed.add(id);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE personnel.after_load_step SET failed_at = now(), failure = ? WHERE id = ?")) {
                    ps.setString(1, e.getMessage());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                c.commit();
                log.error("Personnel after-load step failed, kept queued: {}", ddl, e);
            }
            return true;
        }
    }
}
