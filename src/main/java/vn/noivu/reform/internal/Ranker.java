package vn.noivu.reform.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.noivu.reform.RankedUnit;

/**
 * Ranks a year's indices: competition ranking (1, 2, 2, 4 — units with the same index share the
 * better rank), the same within each region, the group by the method's thresholds, and the change
 * against the previous year's ranking of the same unit codes.
 */
public final class Ranker {

    /** A unit's index before ranking; {@code regionCode} null outside the provinces. */
    public record Scored(String unitCode, String name, BigDecimal index, String regionCode, String region) {}

    /** The previous year's result of a unit. */
    public record Previous(int rank, BigDecimal index) {}

    private Ranker() {}

    /**
     * @param previous the previous year's results by unit code (empty when none)
     * @param previousCount how many units the previous year ranked: a rank change is given only when the
     *     two rankings counted as many units (63 provinces then 34 are not comparable places)
     */
    public static List<RankedUnit> rank(
            List<Scored> units,
            BigDecimal groupAMin,
            BigDecimal groupBMin,
            Map<String, Previous> previous,
            int previousCount) {
        Map<String, List<BigDecimal>> byRegion = new HashMap<>();
        for (Scored u : units) {
            if (u.regionCode() != null) {
                byRegion.computeIfAbsent(u.regionCode(), k -> new ArrayList<>()).add(u.index());
            }
        }
        List<BigDecimal> all = units.stream().map(Scored::index).toList();
        List<RankedUnit> ranked = new ArrayList<>();
        for (Scored u : units) {
            int rank = rankOf(u.index(), all);
            Previous p = previous.get(u.unitCode());
            Integer rankChange = p != null && previousCount == units.size() ? p.rank() - rank : null;
            BigDecimal indexChange = p != null ? u.index().subtract(p.index()) : null;
            List<BigDecimal> region = u.regionCode() == null ? null : byRegion.get(u.regionCode());
            ranked.add(new RankedUnit(
                    u.unitCode(),
                    u.name(),
                    u.index(),
                    rank,
                    rankChange,
                    indexChange,
                    u.regionCode(),
                    u.region(),
                    region == null ? null : rankOf(u.index(), region),
                    region == null ? null : region.size(),
                    group(u.index(), groupAMin, groupBMin)));
        }
        ranked.sort(Comparator.comparingInt(RankedUnit::rank)
                .thenComparing(RankedUnit::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return ranked;
    }

    /** 1 + the number of strictly better indices. */
    static int rankOf(BigDecimal index, List<BigDecimal> all) {
        int better = 0;
        for (BigDecimal other : all) {
            if (other.compareTo(index) > 0) {
                better++;
            }
        }
        return better + 1;
    }

    public static String group(BigDecimal index, BigDecimal groupAMin, BigDecimal groupBMin) {
        if (index.compareTo(groupAMin) >= 0) {
            return "A";
        }
        return index.compareTo(groupBMin) >= 0 ? "B" : "C";
    }
}
