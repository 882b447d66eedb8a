package vn.noivu.staffing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.reporting.PrefillSources;

/**
 * Pre-fills the reporting module's staffing-quota form: for the unit's subtree and the year of the
 * cut-off, the quota assigned and used (the actual headcount) per category, and the quota categories'
 * total — {@code staffing.quota.<CATEGORY>.assigned|used|unused}, {@code staffing.quota.total.…}.
 * Support contracts are tracked, not part of the total (as in the reduction figures).
 */
@Component
class QuotaPrefill implements PrefillSources {

    static final List<String> CATEGORIES = List.of(
            "CIVIL_SERVANT",
            "PUBLIC_EMPLOYEE_BUDGET",
            "PUBLIC_EMPLOYEE_SELF",
            "COMMUNE_OFFICIAL",
            "COMMUNE_PART_TIME",
            "SUPPORT_CONTRACT");

    private final JdbcClient jdbc;

    QuotaPrefill(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (String c : concat()) {
            for (String m : List.of("assigned", "used", "unused")) {
                names.add("staffing.quota." + c + "." + m);
            }
        }
        return names;
    }

    private static List<String> concat() {
        List<String> all = new java.util.ArrayList<>(CATEGORIES);
        all.add("total");
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> valuesFor(String unitCode, LocalDate asOf) {
        record Line(String category, boolean countsAsQuota, long assigned, long used) {}
        List<Line> lines = jdbc.sql("""
                        SELECT q.category, coalesce(bool_or(c.counts_as_quota), true) AS counts_as_quota,
                               sum(q.assigned) AS assigned, sum(coalesce(q.actual, 0)) AS used
                        FROM staffing.api_quota q
                        JOIN organization.api_unit u ON u.code = q.org_code
                        LEFT JOIN staffing.api_category c ON c.code = q.category
                             AND c.valid_from <= make_date(q.year, 12, 31)
                             AND (c.valid_to IS NULL OR c.valid_to > make_date(q.year, 12, 31))
                        WHERE q.year = :year
                          AND u.path LIKE (SELECT path FROM organization.api_unit WHERE code = :unit) || '%'
                        GROUP BY q.category""")
                .param("year", asOf.getYear())
                .param("unit", unitCode)
                .query(Line.class)
                .list();
        if (lines.isEmpty()) {
            // No quota recorded for that year: unknown, not zero — the unit enters it.
            return Map.of();
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        long assigned = 0;
        long used = 0;
        for (String c : CATEGORIES) {
            Line line = lines.stream()
                    .filter(l -> l.category().equals(c))
                    .findFirst()
                    .orElse(null);
            long a = line == null ? 0 : line.assigned();
            long u = line == null ? 0 : line.used();
            put(out, c, a, u);
            if (line != null && line.countsAsQuota()) {
                assigned += a;
                used += u;
            }
        }
        put(out, "total", assigned, used);
        return out;
    }

    private static void put(Map<String, BigDecimal> out, String category, long assigned, long used) {
        out.put("staffing.quota." + category + ".assigned", BigDecimal.valueOf(assigned));
        out.put("staffing.quota." + category + ".used", BigDecimal.valueOf(used));
        out.put("staffing.quota." + category + ".unused", BigDecimal.valueOf(assigned - used));
    }
}
