package vn.noivu.staffing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The reduction of a scope between two years, per category and in total (the quota categories only:
 * support contracts are tracked, not counted). {@code scope} is the scope code asked for, null for the
 * whole country.
 */
public record Reduction(
        @JsonInclude(JsonInclude.Include.ALWAYS) String scope,
        String scopeName,
        int baselineYear,
        int year,
        List<CategoryReduction> categories,
        CategoryReduction total) {}
