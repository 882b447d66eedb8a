package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.noivu.organization.OrganizationsRestructured;

/**
 * The restructuring lineage and the units it names (with their ancestors), kept in memory: every scoped
 * baseline needs them, and they change only when the organisation is restructured. Dropped on each
 * {@link OrganizationsRestructured} and re-read at most a minute after any other change to the
 * organisation's published views (a unit import, the nightly re-placement of units).
 */
@Component
public class LineageCache {

    static final long MAX_AGE_NANOS = 60_000_000_000L;

    /** The lineage as read at one moment. */
    public record Snapshot(
            List<LineageEdge> edges,
            Map<String, UnitLife> units,
            Map<String, List<LineageEdge>> touching,
            java.util.NavigableMap<String, String> byPath) {

        /** The cached units placed under a scope path. */
        Set<String> under(String scopePath) {
            return new HashSet<>(byPath.subMap(scopePath, true, scopePath + Character.MAX_VALUE, false)
                    .values());
        }

        /** Edges effective on or before {@code upTo}. */
        List<LineageEdge> upTo(LocalDate upTo) {
            List<LineageEdge> out = new ArrayList<>();
            for (LineageEdge e : edges) {
                if (!e.effectiveDate().isAfter(upTo)) {
                    out.add(e);
                }
            }
            return out;
        }

        /** Edges effective on or before {@code upTo} with a predecessor or successor among {@code codes}. */
        List<LineageEdge> touching(Set<String> codes, LocalDate upTo) {
            Set<LineageEdge> out = new java.util.LinkedHashSet<>();
            for (String c : codes) {
                for (LineageEdge e : touching.getOrDefault(c, List.of())) {
                    if (!e.effectiveDate().isAfter(upTo)) {
                        out.add(e);
                    }
                }
            }
            return new ArrayList<>(out);
        }
    }

    private final OrgDirectory directory;
    private volatile Snapshot snapshot;
    private volatile long readAt;

    LineageCache(OrgDirectory directory) {
        this.directory = directory;
    }

    /**
     * The current lineage. After a restructuring it is read again before answering; when it is merely
     * older than a minute, the old one answers while a background thread reads it again.
     */
    public Snapshot get() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = read();
                    snapshot = s;
                    readAt = System.nanoTime();
                }
            }
        } else if (System.nanoTime() - readAt > MAX_AGE_NANOS && refreshing.compareAndSet(false, true)) {
            Thread worker = new Thread(
                    () -> {
                        try {
                            Snapshot fresh = read();
                            synchronized (this) {
                                snapshot = fresh;
                                readAt = System.nanoTime();
                            }
                        } catch (RuntimeException e) {
                            // The stale lineage keeps serving; the next read after MAX_AGE tries again.
                            org.slf4j.LoggerFactory.getLogger(LineageCache.class)
                                    .warn("Refreshing the unit lineage failed; keeping the previous one", e);
                            readAt = System.nanoTime();
                        } finally {
                            refreshing.set(false);
                        }
                    },
                    "staffing-lineage");
            worker.setDaemon(true);
            worker.start();
        }
        return s;
    }

    private final java.util.concurrent.atomic.AtomicBoolean refreshing =
            new java.util.concurrent.atomic.AtomicBoolean();

    @EventListener
    public void restructured(OrganizationsRestructured event) {
        snapshot = null;
    }

    private Snapshot read() {
        List<LineageEdge> edges = directory.edges(LocalDate.of(9999, 12, 31));
        Set<String> codes = new HashSet<>();
        Map<String, List<LineageEdge>> touching = new HashMap<>();
        for (LineageEdge e : edges) {
            codes.add(e.predecessor());
            codes.add(e.successor());
            touching.computeIfAbsent(e.predecessor(), k -> new ArrayList<>()).add(e);
            touching.computeIfAbsent(e.successor(), k -> new ArrayList<>()).add(e);
        }
        Map<String, UnitLife> units = directory.lives(codes);
        directory.addAncestors(units);
        java.util.TreeMap<String, String> byPath = new java.util.TreeMap<>();
        units.values().forEach(u -> byPath.put(u.path() == null ? "" : u.path(), u.code()));
        return new Snapshot(List.copyOf(edges), Map.copyOf(units), touching, byPath);
    }
}
