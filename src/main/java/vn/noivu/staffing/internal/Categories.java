package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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
                            SELECT code, name, name_en, counts_as_quota, sort_order, legal_basis, valid_from, valid_to
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

    public boolean known(String code) {
        return all().stream().anyMatch(c -> c.code().equals(code));
    }

    public Optional<StaffingCategory> inForce(String code, LocalDate date) {
        return all().stream()
                .filter(c -> c.code().equals(code) && c.inForceOn(date))
                .findFirst();
    }

    /** Categories that count as quota (all but support contracts), as of the end of {@code year}. */
    public List<String> quotaCodes(int year) {
        return ofYear(year).stream()
                .filter(StaffingCategory::countsAsQuota)
                .map(StaffingCategory::code)
                .toList();
    }
}
