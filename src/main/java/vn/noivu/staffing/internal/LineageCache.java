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
            List<LineageEdge> edges, Map<String, UnitLife> units, Map<String, List<LineageEdge>> touching) {

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

    public Snapshot get() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - readAt > MAX_AGE_NANOS) {
            synchronized (this) {
                s = snapshot;
                if (s == null || System.nanoTime() - readAt > MAX_AGE_NANOS) {
                    s = read();
                    snapshot = s;
                    readAt = System.nanoTime();
                }
            }
        }
        return s;
    }

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
        return new Snapshot(List.copyOf(edges), Map.copyOf(units), touching);
    }
}
