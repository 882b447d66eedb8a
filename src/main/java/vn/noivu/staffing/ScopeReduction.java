package vn.noivu.staffing;

import java.util.List;

/**
 * The reduction of one unit's subtree inside a larger scope (a province or ministry of the country, a
 * department of a province), used for rankings and drill-down. {@code code} is the unit at its root,
 * usable as a scope code.
 */
public record ScopeReduction(
        String code, String name, String type, List<CategoryReduction> categories, CategoryReduction total) {

    /** The figures of one category, or null when the subtree has none. */
    public CategoryReduction category(String category) {
        return categories.stream()
                .filter(c -> c.category().equals(category))
                .findFirst()
                .orElse(null);
    }

    public boolean isProvince() {
        return "PROVINCIAL_PEOPLES_COMMITTEE".equals(type);
    }
}
