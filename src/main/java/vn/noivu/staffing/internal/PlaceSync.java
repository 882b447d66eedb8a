package vn.noivu.staffing.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.organization.OrganizationsRestructured;

/**
 * Re-places quotas whose unit moved in the organisation (V20261123_1603: {@code staffing.unit_place},
 * {@code staffing.placed_quota}): after each {@link OrganizationsRestructured}, after start-up, and
 * whenever a read meets a unit of its scope whose path differs from its place (a unit import or the
 * nightly re-placement publishes no event). Runs in the background, one run at a time, at most about
 * once a second; readers stay exact meanwhile by reading such units from {@code staffing.quota}.
 */
@Component
public class PlaceSync implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PlaceSync.class);

    static final long MIN_GAP_MILLIS = 1_000;

    /** Units whose place differs from their path in the organisation (moved, new, or no longer published). */
    private static final String CHANGED = """
            SELECT coalesce(u.code, p.org_code) AS org_code, p.path AS old_path, u.path COLLATE "C" AS new_path
            FROM organization.api_unit u
            FULL JOIN staffing.unit_place p ON p.org_code = u.code
            WHERE p.path IS DISTINCT FROM u.path COLLATE "C\"""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "staffing-places");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    PlaceSync(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Asks for a re-placement in the background; requests made while one runs lead to one more run. */
    public void request() {
        pending.set(true);
        if (scheduled.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                log.debug("Place sync not scheduled: the executor is shutting down", e);
                scheduled.set(false);
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void restructured(OrganizationsRestructured event) {
        request();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void started() {
        request();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    private void drain() {
        try {
            while (pending.getAndSet(false)) {
                long started = System.currentTimeMillis();
                try {
                    int moved = replace();
                    if (moved > 0) {
                        log.info("Staffing: {} units re-placed after organisation changes", moved);
                    }
                } catch (RuntimeException e) {
                    // the database may be busy (lock timeout) or shutting down: the next request retries
                    log.debug("Re-placing staffing quotas failed", e);
                }
                long rest = MIN_GAP_MILLIS - (System.currentTimeMillis() - started);
                if (rest > 0) {
                    Thread.sleep(rest);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scheduled.set(false);
            if (pending.get() && !worker.isShutdown() && scheduled.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }

    /**
     * Moves the quotas of every unit whose path changed to its new path, in one transaction; returns the
     * number of units re-placed. Quota writes wait meanwhile, reads do not.
     */
    public int replace() {
        Long changed = jdbc.sql("SELECT count(*) FROM (" + CHANGED + ") c")
                .query(Long.class)
                .single();
        if (changed == 0) {
            return 0;
        }
        Integer done = tx.execute(s -> {
            jdbc.sql("SET LOCAL lock_timeout = '10s'").update();
            // Quota writes read the places in their triggers: they wait (reads do not). The mode conflicts
            // with itself too, so two re-placements (two instances) never interleave.
            jdbc.sql("LOCK TABLE staffing.quota IN SHARE ROW EXCLUSIVE MODE").update();
            jdbc.sql("CREATE TEMP TABLE place_change ON COMMIT DROP AS " + CHANGED)
                    .update();
            jdbc.sql("ANALYZE place_change").update();
            // By the invariant, a placed unit's rows in placed_quota are its quota rows under its place,
            // and they are summed in placed_total under the second level of that place.
            for (String[] side : new String[][] {{"old_path", "-"}, {"new_path", ""}}) {
                jdbc.sql("INSERT INTO staffing.placed_total AS t (year, category, path, quotas, assigned)"
                                + " SELECT q.year, q.category, staffing.second_level(c." + side[0] + "),"
                                + "        " + side[1] + "count(*), " + side[1] + "sum(q.assigned)"
                                + " FROM place_change c JOIN staffing.quota q ON q.org_code = c.org_code"
                                + " WHERE staffing.second_level(c." + side[0] + ") IS NOT NULL GROUP BY 1, 2, 3"
                                + " ON CONFLICT (year, category, path) DO UPDATE"
                                + " SET quotas = t.quotas + excluded.quotas, assigned = t.assigned + excluded.assigned")
                        .update();
            }
            jdbc.sql("""
                            DELETE FROM staffing.placed_quota f
                            USING place_change c JOIN staffing.quota q ON q.org_code = c.org_code
                            WHERE c.old_path IS NOT NULL
                              AND f.year = q.year AND f.category = q.category AND f.path = c.old_path""").update();
            jdbc.sql("""
                            INSERT INTO staffing.placed_quota (year, category, path, assigned, decision_id)
                            SELECT q.year, q.category, c.new_path, q.assigned, q.decision_id
                            FROM place_change c JOIN staffing.quota q ON q.org_code = c.org_code
                            WHERE c.new_path IS NOT NULL""").update();
            return jdbc.sql("""
                            INSERT INTO staffing.unit_place (org_code, path)
                            SELECT org_code, new_path FROM place_change
                            ON CONFLICT (org_code) DO UPDATE SET path = excluded.path""").update();
        });
        return done == null ? 0 : done;
    }
}
