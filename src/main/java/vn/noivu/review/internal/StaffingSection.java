package vn.noivu.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;
import vn.noivu.staffing.CategoryReduction;
import vn.noivu.staffing.Reduction;
import vn.noivu.staffing.ReductionTarget;
import vn.noivu.staffing.ScopeReduction;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingCategory;

/**
 * Staffing and streamlining: assigned posts per category and in total against each baseline year, as
 * the staffing module computes the comparable reduction (the same organisations on both sides), the
 * reduction targets (NQ 39-NQ/TW, KL 40-KL/TW) met or not, and the provinces ranked by reduction.
 */
@Component
class StaffingSection implements ReviewSection {

    private final Staffing staffing;
    private final ProvincesOfYear provincesOfYear;
    private final RegionComparison regionComparison;

    StaffingSection(Staffing staffing, ProvincesOfYear provincesOfYear, RegionComparison regionComparison) {
        this.staffing = staffing;
        this.provincesOfYear = provincesOfYear;
        this.regionComparison = regionComparison;
    }

    @Override
    public String key() {
        return SectionSlot.STAFFING;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        Map<String, String> names = new HashMap<>();
        for (StaffingCategory c : staffing.categories()) {
            names.putIfAbsent(c.code(), c.name());
        }
        List<ReviewFigure> out = new ArrayList<>();
        Map<Integer, Reduction> byBaseline = new HashMap<>();
        Rankings rankings = new Rankings(s);
        for (int b : s.baselineYears()) {
            if (b >= s.year()) {
                continue;
            }
            Reduction r = staffing.reduction(s.code(), b, s.year());
            byBaseline.put(b, r);
            Reduction previous = b == s.baselineYear() && s.year() - 1 > b
                    ? staffing.reduction(s.code(), s.year() - 1, s.year())
                    : null;
            Map<String, List<ScopeReduction>> ranking = rankings.of(b);
            Reduction[] national = new Reduction[1];
            List<CategoryReduction> lines = new ArrayList<>(r.categories());
            lines.add(r.total());
            for (CategoryReduction l : lines) {
                if (l.category() != null && l.baseline() == 0 && l.current() == 0) {
                    continue;
                }
                String cat = l.category() == null ? "TOTAL" : l.category();
                String label = l.category() == null ? "Tổng biên chế" : names.getOrDefault(cat, cat);
                String sentence = label + " năm " + s.year() + ": " + Vn.number(l.current()) + " biên chế, "
                        + Vn.change(l.baseline(), l.current(), "biên chế", "năm " + b) + ".";
                ReviewFigure f = ReviewFigure.of(
                        "staffing." + cat + "." + b,
                        label,
                        l.current(),
                        "biên chế",
                        l.baseline(),
                        b,
                        l.reductionPercent(),
                        sentence,
                        "/staffing?" + s.scopeParam() + "baselineYear=" + b + "&year=" + s.year(),
                        s.asOf());
                if (previous != null) {
                    CategoryReduction p = l.category() == null ? previous.total() : line(previous, l.category());
                    if (p != null) {
                        f = f.withPrevious(p.baseline());
                    }
                }
                out.add(rankings.apply(f, ranking.get(cat), () -> {
                    if (national[0] == null) {
                        national[0] = AsNational.compute(() -> staffing.reduction(null, b, s.year()));
                    }
                    CategoryReduction n = l.category() == null ? national[0].total() : line(national[0], l.category());
                    return n == null ? null : n.reductionPercent();
                }));
            }
        }
        for (ReductionTarget t : staffing.targets()) {
            if (t.baselineYear() >= s.year() || (t.scope() != null && !t.scope().equals(s.code()))) {
                continue;
            }
            int y = Math.min(s.year(), t.targetYear());
            Reduction r = y == s.year() && byBaseline.containsKey(t.baselineYear())
                    ? byBaseline.get(t.baselineYear())
                    : staffing.reduction(s.code(), t.baselineYear(), y);
            long base = 0;
            long current = 0;
            for (String c : t.categories()) {
                CategoryReduction l = line(r, c);
                if (l != null) {
                    base += l.baseline();
                    current += l.current();
                }
            }
            BigDecimal achieved = CategoryReduction.of(null, base, current).reductionPercent();
            String basis = shortBasis(t.legalBasis());
            String verdict;
            if (achieved == null) {
                verdict = "chưa có số liệu để so sánh với chỉ tiêu " + basis;
            } else if (achieved.compareTo(t.minimumPercent()) > 0) {
                verdict = "vượt chỉ tiêu " + basis;
            } else if (achieved.compareTo(t.minimumPercent()) == 0) {
                verdict = "đạt chỉ tiêu " + basis;
            } else if (y >= t.targetYear()) {
                verdict = "chưa đạt chỉ tiêu " + basis;
            } else {
                verdict = "chỉ tiêu " + basis + " đến năm " + t.targetYear() + " là tối thiểu "
                        + Vn.percent(t.minimumPercent());
            }
            String change = achieved == null
                    ? ""
                    : (achieved.signum() >= 0 ? "giảm " : "tăng ") + Vn.percent(achieved.abs()) + " so với năm "
                            + t.baselineYear() + ", ";
            String categories = String.join(
                    ", ",
                    t.categories().stream().map(c -> names.getOrDefault(c, c)).toList());
            out.add(ReviewFigure.of(
                    "staffing.target." + t.id(),
                    t.name(),
                    achieved,
                    "%",
                    null,
                    t.baselineYear(),
                    achieved,
                    "Biên chế (" + categories + ") năm " + y + " " + change + verdict + ".",
                    "/staffing/targets/" + t.id(),
                    s.asOf()));
        }
        return out;
    }

    static CategoryReduction line(Reduction r, String category) {
        return r.categories().stream()
                .filter(c -> category.equals(c.category()))
                .findFirst()
                .orElse(null);
    }

    /** "Nghị quyết 39-NQ/TW về tinh giản …" → "Nghị quyết 39-NQ/TW". */
    static String shortBasis(String legalBasis) {
        if (legalBasis == null) {
            return "";
        }
        int about = legalBasis.indexOf(" về ");
        return (about > 0 ? legalBasis.substring(0, about) : legalBasis).trim();
    }

    /** The provinces ranked by reduction (national scope), or the province's rank (a province's scope). */
    private final class Rankings {

        private final ReviewScope scope;
        private final Map<String, String> paths = new HashMap<>();
        private RegionComparison.Regions regions;
        /** baseline → the provinces ranked, read once for all baselines. */
        private Map<Integer, List<ScopeReduction>> byBaseline;

        Rankings(ReviewScope scope) {
            this.scope = scope;
        }

        /** category (TOTAL for the total) → provinces best first; empty for an agency's scope. */
        Map<String, List<ScopeReduction>> of(int baseline) {
            if (!scope.national() && scope.provinceCode() == null) {
                return Map.of();
            }
            if (byBaseline == null) {
                // The country ranks the provinces of the year unless re-cast; a province's rank is among
                // today's provinces, as its own figures are re-cast. Every baseline's at once.
                List<Integer> baselines = scope.baselineYears().stream()
                        .filter(b -> b < scope.year())
                        .toList();
                byBaseline = provincesOfYear.of(scope, baselines, !scope.national() || scope.recast());
            }
            List<ScopeReduction> provinces = byBaseline.getOrDefault(baseline, List.of());
            Map<String, List<ScopeReduction>> out = new HashMap<>();
            java.util.Set<String> cats = new java.util.HashSet<>();
            provinces.forEach(p -> p.categories().forEach(c -> cats.add(c.category())));
            for (String c : cats) {
                out.put(c, ranked(provinces, p -> p.category(c)));
            }
            out.put("TOTAL", ranked(provinces, ScopeReduction::total));
            return out;
        }

        private List<ScopeReduction> ranked(
                List<ScopeReduction> provinces, java.util.function.Function<ScopeReduction, CategoryReduction> line) {
            return provinces.stream()
                    .filter(p -> line.apply(p) != null && line.apply(p).reductionPercent() != null)
                    .sorted(Comparator.comparing(
                                    (ScopeReduction p) -> line.apply(p).reductionPercent())
                            .reversed()
                            .thenComparing(ScopeReduction::code))
                    .toList();
        }

        ReviewFigure apply(
                ReviewFigure f, List<ScopeReduction> ranked, java.util.function.Supplier<BigDecimal> nationalValue) {
            if (ranked == null || ranked.isEmpty()) {
                return f;
            }
            String cat = f.key().substring("staffing.".length(), f.key().lastIndexOf('.'));
            java.util.function.Function<ScopeReduction, BigDecimal> pct = p -> {
                CategoryReduction l = "TOTAL".equals(cat) ? p.total() : p.category(cat);
                return l == null ? null : l.reductionPercent();
            };
            if (scope.national()) {
                List<ReviewFigure.ProvinceValue> values = new ArrayList<>();
                for (int i = 0; i < ranked.size(); i++) {
                    ScopeReduction p = ranked.get(i);
                    values.add(new ReviewFigure.ProvinceValue(i + 1, p.code(), p.name(), pct.apply(p)));
                }
                ReviewFigure.ProvinceValue best = values.get(0);
                ReviewFigure.ProvinceValue last = values.get(values.size() - 1);
                String sentence = f.sentence() + " Tỷ lệ giảm cao nhất: " + best.name() + " ("
                        + Vn.reductionWords(best.value()) + "); thấp nhất: " + last.name() + " ("
                        + Vn.reductionWords(last.value()) + ").";
                return f.withRanking(values).withSentence(sentence);
            }
            String path = scope.path();
            // The province is usually the part named by the last segment of the scope's path (a path
            // ends with its unit's code): look that one up first, the others only if it is not.
            String own = path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                if (ranked.get(i).code().equals(own)) {
                    order.add(0, i);
                } else {
                    order.add(i);
                }
            }
            for (int i : order) {
                ScopeReduction p = ranked.get(i);
                String partPath = paths.computeIfAbsent(
                        p.code(),
                        code -> AsNational.compute(() -> staffing.scope(code).path()));
                if (partPath.equals(path)) {
                    BigDecimal national = nationalValue.get();
                    String sentence = f.sentence() + " Xếp thứ " + (i + 1) + "/" + ranked.size()
                            + " tỉnh, thành phố về tỷ lệ giảm"
                            + (national == null ? "" : " (cả nước " + Vn.reductionWords(national) + ")")
                            + ".";
                    if (regions == null) {
                        regions = regionComparison.regions(java.time.LocalDate.now());
                    }
                    return regionComparison.compare(
                            f.withRank(i + 1, ranked.size(), national, sentence),
                            p.code(),
                            ranked,
                            q -> "TOTAL".equals(cat) ? q.total() : q.category(cat),
                            regions);
                }
            }
            return f;
        }
    }
}
