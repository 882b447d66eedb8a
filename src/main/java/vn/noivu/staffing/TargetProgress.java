package vn.noivu.staffing;

import java.math.BigDecimal;
import java.util.List;

/**
 * Progress of a target in a scope up to {@code year}: the comparable baseline and current posts of
 * the target's categories, the reduction achieved, the reduction due by now ({@code expectedPercent}),
 * the posts still to cut to reach the minimum ({@code remaining}), and the status; {@code categories}
 * break the figures down, {@code units} give the same for each part of the scope (provinces and
 * ministries of the country; departments of a province).
 */
public record TargetProgress(
        ReductionTarget target,
        String scope,
        String scopeName,
        int year,
        long baseline,
        long current,
        long change,
        BigDecimal reductionPercent,
        BigDecimal expectedPercent,
        long remaining,
        TargetStatus status,
        List<CategoryReduction> categories,
        List<UnitProgress> units) {

    /** Progress of one part of the scope. */
    public record UnitProgress(
            String code,
            String name,
            String type,
            long baseline,
            long current,
            BigDecimal reductionPercent,
            long remaining,
            TargetStatus status) {}
}
