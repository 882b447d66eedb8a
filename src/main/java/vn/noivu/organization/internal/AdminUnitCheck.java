package vn.noivu.organization.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the administrative unit a version serves exists in the administrative-unit catalogue
 * (as {@code AdminUnits.find(code, date)} answers, read through its published view {@code
 * adminunit.api_unit_version} in one query for a whole import): the code must be in force on the
 * version's first day. The catalogue's history starts at a date (its first snapshot); a version that
 * starts before that date is checked for format only.
 */
@Component
public class AdminUnitCheck {

    private final JdbcClient jdbc;

    AdminUnitCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The versions whose administrative unit is unknown during their validity. */
    public Set<Version> unknown(Collection<Version> versions) {
        if (versions.isEmpty()) {
            return Set.of();
        }
        LocalDate earliest = jdbc.sql("SELECT min(valid_from) FROM adminunit.api_unit_version")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (earliest == null) {
            return Set.of();
        }
        List<Version> checked = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Date> days = new ArrayList<>();
        for (Version v : versions) {
            if (v.validFrom().isBefore(earliest)) {
                continue;
            }
            checked.add(v);
            codes.add(v.adminUnitCode());
            days.add(Date.valueOf(v.validFrom()));
        }
        if (checked.isEmpty()) {
            return Set.of();
        }
        Set<Version> unknown = new HashSet<>();
        jdbc.sql("""
                        SELECT x.i FROM unnest(CAST(:codes AS text[]), CAST(:days AS date[]))
                            WITH ORDINALITY AS x(code, d, i)
                        WHERE NOT EXISTS (
                            SELECT 1 FROM adminunit.api_unit_version a
                            WHERE a.code = x.code AND a.valid_from <= x.d AND (a.valid_to IS NULL OR a.valid_to > x.d))""")
                .param("codes", codes.toArray(String[]::new))
                .param("days", days.toArray(Date[]::new))
                .query(Long.class)
                .list()
                .forEach(i -> unknown.add(checked.get((int) (i - 1))));
        return unknown;
    }
}
