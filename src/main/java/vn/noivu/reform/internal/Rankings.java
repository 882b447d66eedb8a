package vn.noivu.reform.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.adminunit.AdminUnitView;
import vn.noivu.adminunit.AdminUnits;
import vn.noivu.reform.ComponentProfile;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.Method;
import vn.noivu.reform.RankedUnit;
import vn.noivu.reform.TrendPoint;

/**
 * A year's ranking of an evaluated set: each unit's index (a published index as published, otherwise
 * computed from its scores under the year's method), ranked nationally and within its region, with
 * the change against the previous year. A province is ranked under the name and code it had on 31
 * December of the year (63 provinces up to 2024, 34 from 2025).
 */
@Service
public class Rankings {

    static final BigDecimal DEFAULT_A = BigDecimal.valueOf(90);
    static final BigDecimal DEFAULT_B = BigDecimal.valueOf(80);

    private final ReformStore store;
    private final AdminUnits adminUnits;
    private final EvaluationScope scope;

    Rankings(ReformStore store, AdminUnits adminUnits, EvaluationScope scope) {
        this.store = store;
        this.adminUnits = adminUnits;
        this.scope = scope;
    }

    /** The day a year's ranking takes its provinces' names, codes and regions from. */
    public static LocalDate asOf(int year) {
        return LocalDate.of(year, 12, 31);
    }

    @Transactional(readOnly = true)
    public List<RankedUnit> ranking(int year, EvaluatedSet set, String owner) {
        scope.checkRead(set, owner);
        List<RankedUnit> previous = rank(year - 1, set, owner, Map.of(), 0);
        Map<String, Ranker.Previous> byCode = new HashMap<>();
        previous.forEach(p -> byCode.put(p.unitCode(), new Ranker.Previous(p.rank(), p.index())));
        return rank(year, set, owner, byCode, previous.size());
    }

    private List<RankedUnit> rank(
            int year, EvaluatedSet set, String owner, Map<String, Ranker.Previous> previous, int previousCount) {
        Optional<Method> method = store.method(year, set, owner);
        return Ranker.rank(
                scored(year, set, owner, method),
                method.map(Method::groupAMin).orElse(DEFAULT_A),
                method.map(Method::groupBMin).orElse(DEFAULT_B),
                previous,
                previousCount);
    }

    private List<Ranker.Scored> scored(int year, EvaluatedSet set, String owner, Optional<Method> method) {
        Map<String, BigDecimal> indices = new HashMap<>(store.publishedIndices(year, set, owner));
        if (method.isPresent()) {
            store.scores(year, set, owner)
                    .forEach((unit, scores) -> indices.putIfAbsent(unit, IndexCalculator.index(method.get(), scores)));
        }
        Map<String, String> names = names(year, set, owner);
        Map<String, ReformStore.RegionOf> regions =
                set == EvaluatedSet.PROVINCES ? store.regions(asOf(year)) : Map.of();
        List<Ranker.Scored> scored = new ArrayList<>();
        indices.forEach((code, index) -> {
            ReformStore.RegionOf region = regions.get(code);
            scored.add(new Ranker.Scored(
                    code,
                    names.getOrDefault(code, code),
                    index.setScale(2, RoundingMode.HALF_UP),
                    region == null ? null : region.regionCode(),
                    region == null ? null : region.name()));
        });
        return scored;
    }

    /** Names of the set's units as of the year: provinces and communes from the register, others as imported. */
    public Map<String, String> names(int year, EvaluatedSet set, String owner) {
        Map<String, String> names = new HashMap<>(store.unitNames(set, owner));
        if (set == EvaluatedSet.PROVINCES) {
            for (AdminUnitView p : adminUnits.list(asOf(year), "province", null)) {
                names.put(p.code(), p.name());
            }
        }
        return names;
    }

    /**
     * A unit's index over the years; for a unit formed by a merger, its predecessors' results beside
     * its own, each under the name it had that year.
     */
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(EvaluatedSet set, String owner, String unitCode) {
        scope.checkRead(set, owner);
        List<Integer> years = store.years(set, owner);
        List<String> predecessors = new ArrayList<>();
        if (set == EvaluatedSet.PROVINCES && !years.isEmpty()) {
            int last = years.get(years.size() - 1);
            adminUnits
                    .predecessors(unitCode, asOf(Math.max(last, LocalDate.now().getYear())))
                    .forEach(p -> {
                        if (!p.code().equals(unitCode)) {
                            predecessors.add(p.code());
                        }
                    });
        }
        List<TrendPoint> points = new ArrayList<>();
        for (int year : years) {
            List<RankedUnit> ranking = rank(year, set, owner, Map.of(), 0);
            for (RankedUnit r : ranking) {
                boolean own = r.unitCode().equals(unitCode);
                if (own || predecessors.contains(r.unitCode())) {
                    points.add(new TrendPoint(year, r.unitCode(), r.name(), r.index(), r.rank(), ranking.size(), !own));
                }
            }
        }
        points.sort(Comparator.comparingInt(TrendPoint::year).thenComparing(TrendPoint::predecessor));
        return points;
    }

    /**
     * The unit's points per area of the year's method against the average and the best of the units
     * scored under it ({@code leaves} false), or per criterion without sub-criteria ({@code leaves} true),
     * most points lost first.
     */
    @Transactional(readOnly = true)
    public List<ComponentProfile> profile(int year, EvaluatedSet set, String owner, String unitCode, boolean leaves) {
        scope.checkRead(set, owner);
        Optional<Method> found = store.method(year, set, owner);
        Map<String, Map<String, BigDecimal>> all = store.scores(year, set, owner);
        if (found.isEmpty() || !all.containsKey(unitCode)) {
            return List.of();
        }
        Method method = found.get();
        List<Criterion> nodes = method.criteria().stream()
                .filter(c -> leaves ? IndexCalculator.children(method, c.code()).isEmpty() : c.parentCode() == null)
                .toList();
        List<ComponentProfile> result = new ArrayList<>();
        for (Criterion c : nodes) {
            BigDecimal points = IndexCalculator.points(method, c.code(), all.get(unitCode));
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal best = BigDecimal.ZERO;
            for (Map<String, BigDecimal> scores : all.values()) {
                BigDecimal p = IndexCalculator.percent(IndexCalculator.points(method, c.code(), scores), c.maxPoints());
                sum = sum.add(p);
                best = best.max(p);
            }
            result.add(new ComponentProfile(
                    c.code(),
                    c.name(),
                    c.maxPoints(),
                    points,
                    IndexCalculator.percent(points, c.maxPoints()),
                    sum.divide(BigDecimal.valueOf(all.size()), 2, RoundingMode.HALF_UP),
                    best,
                    c.maxPoints().subtract(points)));
        }
        if (leaves) {
            result.sort(Comparator.comparing(ComponentProfile::lost).reversed());
        }
        return result;
    }
}
