package vn.noivu.staffing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The reduction of a scope between two years, per category and in total (the quota categories only:
 * support contracts are tracked, not counted). {@code scope} is the scope code asked for, null for the
 * whole country. {@code successions}: categories of the baseline year that ended before the compared
 * year and are counted in the category that took over their posts.
 */
public record Reduction(
        @JsonInclude(JsonInclude.Include.ALWAYS) String scope,
        String scopeName,
        int baselineYear,
        int year,
        List<CategoryReduction> categories,
        CategoryReduction total,
        List<CategorySuccession> successions) {}
