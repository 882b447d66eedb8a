package vn.noivu.review.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.noivu.reform.Reform;
import vn.noivu.review.ReviewFigure;
import vn.noivu.staffing.CategoryReduction;
import vn.noivu.staffing.ScopeReduction;

/**
 * A province's staffing figure against its socio-economic region: the region's reduction computed as
 * the country's is (its provinces' posts added up on both sides), and the province's place among the
 * region's provinces in the national ranking's order. The regions are the reform module's reference
 * data (the six regions of NQ 81/2023/QH15, the 34 provinces placed from 1/7/2025).
 */
@Component
class RegionComparison {

    private final Reform reform;

    RegionComparison(Reform reform) {
        this.reform = reform;
    }

    /** Province code → region code on {@code day}, and region code → name, read once per review. */
    record Regions(Map<String, String> ofProvince, Map<String, String> names) {}

    Regions regions(LocalDate day) {
        return new Regions(reform.provinceRegions(day), reform.regions());
    }

    /**
     * The figure with its region's value and the province's rank in it; {@code ranked} are the provinces
     * (by province code) best first, {@code line} their line of this figure.
     */
    ReviewFigure compare(
            ReviewFigure f,
            String province,
            List<ScopeReduction> ranked,
            Function<ScopeReduction, CategoryReduction> line,
            Regions regions) {
        String region = regions.ofProvince().get(province);
        if (region == null) {
            return f;
        }
        List<ScopeReduction> members = ranked.stream()
                .filter(p -> region.equals(regions.ofProvince().get(p.code())))
                .toList();
        long baseline = 0;
        long current = 0;
        int rank = 0;
        for (int i = 0; i < members.size(); i++) {
            CategoryReduction l = line.apply(members.get(i));
            baseline += l.baseline();
            current += l.current();
            if (members.get(i).code().equals(province)) {
                rank = i + 1;
            }
        }
        if (rank == 0) {
            return f;
        }
        BigDecimal value = CategoryReduction.of(null, baseline, current).reductionPercent();
        String name = regions.names().getOrDefault(region, region);
        String sentence = f.sentence() + " Trong vùng " + name + ": xếp thứ " + rank + "/" + members.size()
                + (value == null ? "" : " (cả vùng " + Vn.reductionWords(value) + ")") + ".";
        return f.withRegion(new ReviewFigure.Region(region, name, value, rank, members.size()))
                .withSentence(sentence);
    }
}
