package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.staffing.CategorySuccession;
import vn.noivu.staffing.StaffingCategory;

/** The staffing category catalogue (docs/staffing-categories.md), effective-dated. */
@Component
public class Categories {

    private final JdbcClient jdbc;
    private volatile List<StaffingCategory> all;
    /** The categories of each year asked, derived from {@link #all} (figures ask for them per part). */
    private final java.util.Map<Integer, List<StaffingCategory>> byYear =
            new java.util.concurrent.ConcurrentHashMap<>();

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every category, in display order. Reference data: read once. */
    public List<StaffingCategory> all() {
        List<StaffingCategory> cached = all;
        if (cached == null) {
            cached = jdbc.sql("""
                            SELECT code, name, name_en, counts_as_quota, sort_order, legal_basis, valid_from, valid_to,
                                   succeeded_by
                            FROM staffing.category ORDER BY sort_order, valid_from""").query(StaffingCategory.class).list();
            all = cached;
        }
        return cached;
    }

    /** The categories in force on a date, one version each, in display order. */
    public List<StaffingCategory> inForce(LocalDate date) {
        return all().stream()
                .filter(c -> c.inForceOn(date))
                .sorted(Comparator.comparingInt(StaffingCategory::sortOrder))
                .toList();
    }

    /** The categories in force at the end of a year (the reference date of staffing figures). */
    public List<StaffingCategory> ofYear(int year) {
        return byYear.computeIfAbsent(year, y -> inForce(LocalDate.of(y, 12, 31)));
    }

    /** The categories' names by code (the latest version's name), for an import cell that names one. */
    public vn.noivu.platform.imports.CodeLabels labels() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        all().forEach(c -> names.put(c.code(), c.name()));
        return vn.noivu.platform.imports.CodeLabels.of(names);
    }

    public boolean known(String code) {
        return all().stream().anyMatch(c -> c.code().equals(code));
    }

    public Optional<StaffingCategory> inForce(String code, LocalDate date) {
        return all().stream()
                .filter(c -> c.code().equals(code) && c.inForceOn(date))
                .findFirst();
    }

    /**
     * The categories in force at the end of {@code y0} that ended by the end of {@code y1} and passed
     * their posts to a category in force then: their baseline counts in that category.
     */
    public List<CategorySuccession> successions(int y0, int y1) {
        if (y0 >= y1) {
            return List.of();
        }
        LocalDate d1 = LocalDate.of(y1, 12, 31);
        java.util.List<CategorySuccession> out = new java.util.ArrayList<>();
        for (StaffingCategory c : ofYear(y0)) {
            if (inForce(c.code(), d1).isPresent()) {
                continue;
            }
            // the last version of the category, which says where its posts went
            all().stream()
                    .filter(v -> v.code().equals(c.code())
                            && v.validTo() != null
                            && !v.validTo().isAfter(d1))
                    .max(Comparator.comparing(StaffingCategory::validTo))
                    .filter(v -> v.succeededBy() != null
                            && inForce(v.succeededBy(), d1).isPresent())
                    .ifPresent(v ->
                            out.add(new CategorySuccession(v.code(), v.succeededBy(), v.validTo(), v.legalBasis())));
        }
        return out;
    }

    /** Categories that count as quota (all but support contracts), as of the end of {@code year}. */
    public List<String> quotaCodes(int year) {
        return ofYear(year).stream()
                .filter(StaffingCategory::countsAsQuota)
                .map(StaffingCategory::code)
                .toList();
    }
}
