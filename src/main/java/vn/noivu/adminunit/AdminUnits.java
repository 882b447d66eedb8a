package vn.noivu.adminunit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative units as of any date: the facade other modules use. Units are national reference
 * data, readable by every signed-in user; nothing here is scoped.
 */
@Service
@Transactional(readOnly = true)
public class AdminUnits {

    static final String COLUMNS = "code, name, full_name, level, type, parent_code, valid_from, valid_to";

    private final JdbcClient jdbc;

    AdminUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit bearing {@code code} on {@code asOf}. */
    public Optional<AdminUnitView> find(String code, LocalDate asOf) {
        if (code == null || asOf == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM adminunit.unit_version
                        WHERE code = :code AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""")
                .param("code", code.trim())
                .param("d", asOf)
                .query(AdminUnitView.class)
                .optional();
    }

    /** The province containing the unit bearing {@code code} on {@code asOf} (itself if a province). */
    public Optional<AdminUnitView> provinceOf(String code, LocalDate asOf) {
        Optional<AdminUnitView> unit = find(code, asOf);
        for (int depth = 0; depth < 3 && unit.isPresent(); depth++) {
            if ("province".equals(unit.get().level())) {
                return unit;
            }
            unit = find(unit.get().parentCode(), asOf);
        }
        return Optional.empty();
    }

    /**
     * The units in force on {@code asOf}, ordered by code.
     *
     * @param level {@code province}, {@code district} or {@code commune}; null = any
     * @param parentCode only the direct children of this unit; null = any
     */
    public List<AdminUnitView> list(LocalDate asOf, String level, String parentCode) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM adminunit.unit_version
                        WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)
                          AND (CAST(:level AS text) IS NULL OR level = :level)
                          AND (CAST(:parent AS text) IS NULL OR parent_code = :parent)
                        ORDER BY code""")
                .param("d", asOf)
                .param("level", blankToNull(level))
                .param("parent", blankToNull(parentCode))
                .query(AdminUnitView.class)
                .list();
    }

    /** Whether the code was ever used by a unit. */
    public boolean everExisted(String code) {
        return code != null
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM adminunit.unit_version WHERE code = :code)")
                        .param("code", code.trim())
                        .query(Boolean.class)
                        .single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
