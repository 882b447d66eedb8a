package vn.noivu.staffing;

import java.math.BigDecimal;

/**
 * Assigned posts of one category (or of all quota categories, with {@code category} null) in the
 * baseline year and the compared year, for the same organisations (docs/staffing-comparability.md).
 *
 * @param change current − baseline (negative when posts were cut)
 * @param reductionPercent (baseline − current) / baseline × 100, two decimals half-up; null without baseline
 */
public record CategoryReduction(
        String category, long baseline, long current, long change, BigDecimal reductionPercent) {

    public static CategoryReduction of(String category, long baseline, long current) {
        return new CategoryReduction(
                category,
                baseline,
                current,
                current - baseline,
                vn.noivu.staffing.internal.Percentages.reduction(baseline, current));
    }
}
