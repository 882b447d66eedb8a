package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where posts held by a unit in an earlier year are counted in the organisation of a later date: the
 * comparability rule of docs/staffing-comparability.md.
 *
 * <ul>
 *   <li>A unit still in force on the comparison date keeps its posts (and is placed by its path).
 *   <li>A unit that was merged, renamed under a new code or split hands its posts to its successors;
 *       when several units come out of one (a split, or a part separated from a unit that continues),
 *       the posts are divided among all of them, the continuing unit included, in proportion to their
 *       quotas of the same category in the year of the restructuring, in whole posts (largest
 *       remainder; equal shares if none of them holds a quota that year).
 *   <li>A unit that ended without a successor (dissolved, or a district office on 1/7/2025) hands its
 *       posts to the unit above it, which follows the same rules: the posts of a dissolved body stay in
 *       the scope it belonged to, and move with that scope when it merges.
 * </ul>
 *
 * The rules are applied again to each receiving unit until every post rests on a unit in force on the
 * comparison date (or on a unit with nowhere to go, which keeps it). Totals are preserved exactly.
 */
public final class Attribution {

    /** The assigned quota of a unit in a category and year, used to weigh a split; null if none. */
    public interface QuotaLookup {
        Long assigned(String orgCode, String category, int year);
    }

    private final java.util.function.Function<String, UnitLife> units;
    private final Map<String, List<LineageEdge>> edgesFrom = new HashMap<>();
    private final LocalDate at;
    private final QuotaLookup quotas;

    /**
     * @param units every unit that may be reached (the units holding posts, their ancestors and the
     *     units of the lineage edges)
     * @param edges lineage edges; those after {@code at} are ignored
     * @param at the comparison date: 31 December of the comparison year
     */
    public Attribution(Map<String, UnitLife> units, Collection<LineageEdge> edges, LocalDate at, QuotaLookup quotas) {
        this(units::get, edges, at, quotas);
    }

    /** @param units looks a unit up by code (null when unknown) */
    public Attribution(
            java.util.function.Function<String, UnitLife> units,
            Collection<LineageEdge> edges,
            LocalDate at,
            QuotaLookup quotas) {
        this.units = units;
        this.at = at;
        this.quotas = quotas;
        for (LineageEdge e : edges) {
            if (e.successor() != null
                    && e.predecessor() != null
                    && !e.successor().equals(e.predecessor())
                    && !e.effectiveDate().isAfter(at)) {
                edgesFrom
                        .computeIfAbsent(e.predecessor(), k -> new ArrayList<>())
                        .add(e);
            }
        }
    }

    /**
     * The units that carry {@code amount} posts of {@code category} held by {@code orgCode} at the end
     * of {@code year}, with their whole-post shares (summing to {@code amount}).
     */
    public Map<String, Long> distribute(String orgCode, String category, int year, long amount) {
        Map<String, Long> out = new TreeMap<>();
        walk(orgCode, category, LocalDate.of(year, 12, 31), amount, out, new HashSet<>());
        return out;
    }

    /** The units that may carry posts of {@code orgCode} held at the end of {@code year}, ignoring weights. */
    public Set<String> carriers(String orgCode, int year) {
        Set<String> out = new LinkedHashSet<>();
        reach(orgCode, LocalDate.of(year, 12, 31), out, new HashSet<>());
        return out;
    }

    /** Whether a unit takes part in the redistribution for a baseline held at the end of {@code year}. */
    public boolean moves(String orgCode, int year) {
        UnitLife unit = units.apply(orgCode);
        if (unit == null) {
            return false;
        }
        LocalDate since = LocalDate.of(year, 12, 31);
        return !unit.inForceOn(at)
                || !edgesAfter(orgCode, edgeFloor(unit, since)).isEmpty();
    }

    private void walk(
            String code, String category, LocalDate since, long amount, Map<String, Long> out, Set<Step> path) {
        if (amount == 0) {
            return;
        }
        UnitLife unit = units.apply(code);
        Step step = new Step(code, since);
        if (unit == null || !path.add(step)) {
            out.merge(code, amount, Long::sum); // unknown unit or a cycle in the lineage: stays where it is
            return;
        }
        try {
            List<LineageEdge> next = edgesAfter(code, edgeFloor(unit, since));
            if (!next.isEmpty()) {
                LocalDate when = next.get(0).effectiveDate();
                List<String> recipients = new ArrayList<>();
                if (unit.validTo() == null || unit.validTo().isAfter(when)) {
                    recipients.add(code); // the unit continues after the split
                }
                for (LineageEdge e : next) {
                    if (e.effectiveDate().equals(when) && !recipients.contains(e.successor())) {
                        recipients.add(e.successor());
                    }
                }
                Map<String, Long> parts;
                if (recipients.size() == 1) {
                    parts = Map.of(recipients.get(0), amount);
                } else {
                    // quotas are read only here: a split is the one case that needs them
                    Map<String, Long> weights = new LinkedHashMap<>();
                    recipients.forEach(r -> weights.put(r, weight(r, category, when)));
                    parts = Apportionment.divide(amount, weights);
                }
                parts.forEach((to, share) -> walk(to, category, when, share, out, path));
                return;
            }
            if (unit.inForceOn(at) || unit.validFrom().isAfter(at)) {
                out.merge(code, amount, Long::sum);
                return;
            }
            String parent = unit.parentCode();
            if (parent != null && units.apply(parent) != null) {
                walk(parent, category, unit.validTo().minusDays(1), amount, out, path);
            } else {
                out.merge(code, amount, Long::sum);
            }
        } finally {
            path.remove(step);
        }
    }

    /** A unit reached on a date, to stop on a cycle in the lineage. */
    private record Step(String code, LocalDate since) {}

    private void reach(String code, LocalDate since, Set<String> out, Set<Step> path) {
        UnitLife unit = units.apply(code);
        Step step = new Step(code, since);
        if (unit == null || !path.add(step)) {
            out.add(code);
            return;
        }
        List<LineageEdge> next = edgesAfter(code, edgeFloor(unit, since));
        if (!next.isEmpty()) {
            LocalDate when = next.get(0).effectiveDate();
            if (unit.validTo() == null || unit.validTo().isAfter(when)) {
                reach(code, when, out, path);
            }
            next.stream()
                    .filter(e -> e.effectiveDate().equals(when))
                    .forEach(e -> reach(e.successor(), when, out, path));
        } else if (unit.inForceOn(at) || unit.validFrom().isAfter(at)) {
            out.add(code);
        } else if (unit.parentCode() != null && units.apply(unit.parentCode()) != null) {
            reach(unit.parentCode(), unit.validTo().minusDays(1), out, path);
        } else {
            out.add(code);
        }
        path.remove(step);
    }

    /**
     * Restructurings that matter for posts held at {@code since}: those after it. A unit that had already
     * ended by then (a late-recorded restructuring) still follows the edges of its end.
     */
    private static LocalDate edgeFloor(UnitLife unit, LocalDate since) {
        if (unit.validTo() != null && !unit.validTo().isAfter(since)) {
            return unit.validTo().minusDays(1);
        }
        return since;
    }

    /** Edges leaving {@code code} strictly after {@code floor} and not after the comparison date, earliest first. */
    private List<LineageEdge> edgesAfter(String code, LocalDate floor) {
        List<LineageEdge> all = edgesFrom.getOrDefault(code, List.of());
        List<LineageEdge> after = new ArrayList<>();
        for (LineageEdge e : all) {
            if (e.effectiveDate().isAfter(floor)) {
                after.add(e);
            }
        }
        after.sort((a, b) -> {
            int c = a.effectiveDate().compareTo(b.effectiveDate());
            return c != 0 ? c : a.successor().compareTo(b.successor());
        });
        return after;
    }

    private long weight(String code, String category, LocalDate when) {
        Long q = quotas.assigned(code, category, when.getYear());
        return q == null ? 0 : q;
    }
}
