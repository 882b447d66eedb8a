package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.staffing.HeadcountSource;

/**
 * Copies the actual headcount computed from personnel records ({@link HeadcountSource}, implemented by
 * the personnel module) into {@code staffing.headcount}, per year as of 31 December. For a unit and
 * year the source reports, those counts replace the entered actual (docs/staffing-comparability.md,
 * "Actual headcount"). Done after start-up for the years the source covers, and on request.
 */
@Component
public class HeadcountSync {

    private static final Logger log = LoggerFactory.getLogger(HeadcountSync.class);

    private final ObjectProvider<HeadcountSource> sources;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    HeadcountSync(ObjectProvider<HeadcountSource> sources, JdbcClient jdbc, TransactionTemplate tx) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public boolean available() {
        return sources.getIfUnique() != null;
    }

    /** Replaces the personnel headcount of one year; -1 when no source exists. */
    public int refresh(int year) {
        HeadcountSource source = sources.getIfUnique();
        if (source == null) {
            return -1;
        }
        List<HeadcountSource.Headcount> counts = source.headcount(LocalDate.of(year, 12, 31));
        Map<String, Integer> merged = new HashMap<>();
        for (HeadcountSource.Headcount h : counts) {
            merged.merge(h.orgCode() + "|" + h.category(), h.count(), Integer::sum);
        }
        String[] orgs = new String[merged.size()];
        String[] cats = new String[merged.size()];
        Integer[] values = new Integer[merged.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : merged.entrySet()) {
            String[] k = e.getKey().split("\\|", 2);
            orgs[i] = k[0];
            cats[i] = k[1];
            values[i++] = Math.max(0, e.getValue());
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM staffing.headcount WHERE year = :y")
                    .param("y", year)
                    .update();
            jdbc.sql("""
                            INSERT INTO staffing.headcount (org_code, year, category, headcount)
                            SELECT o, :y, c, v FROM unnest(:orgs, :cats, :vals) AS t(o, c, v)""")
                    .param("y", year)
                    .param("orgs", orgs)
                    .param("cats", cats)
                    .param("vals", values)
                    .update();
        });
        return merged.size();
    }

    /** After start-up, in the background: the latest years first, back to the first year with records. */
    @EventListener(ApplicationReadyEvent.class)
    public void refreshAfterStartup() {
        if (!available()) {
            return;
        }
        Thread worker = new Thread(
                () -> {
                    try {
                        // No quotas yet (a new instance without demo data): nothing to refresh.
                        int last = jdbc.sql("SELECT coalesce(max(year), 0) FROM staffing.year_total")
                                .query(Integer.class)
                                .single();
                        int first = jdbc.sql("SELECT coalesce(min(year), 0) FROM staffing.year_total")
                                .query(Integer.class)
                                .single();
                        if (last == 0) {
                            return;
                        }
                        for (int y = last; y >= first; y--) {
                            if (refresh(y) <= 0) {
                                break;
                            }
                        }
                    } catch (RuntimeException e) {
                        log.warn("Refreshing the actual headcount from personnel records failed", e);
                    }
                },
                "staffing-headcount");
        worker.setDaemon(true);
        worker.start();
    }
}
