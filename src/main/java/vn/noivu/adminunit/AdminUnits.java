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

    /**
     * The units the unit bearing {@code code} on {@code asOf} was formed from (mergers, splits,
     * re-codings), each as it was just before; empty when it continued no other unit.
     */
    public List<AdminUnitView> predecessors(String code, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT p.code, p.name, p.full_name, p.level, p.type, p.parent_code, p.valid_from, p.valid_to
                        FROM adminunit.unit_version u
                        JOIN adminunit.lineage l ON l.successor_id = u.unit_id
                        CROSS JOIN LATERAL (SELECT * FROM adminunit.unit_version x
                                            WHERE x.unit_id = l.predecessor_id AND x.valid_from < l.effective_date
                                            ORDER BY x.valid_from DESC LIMIT 1) p
                        WHERE u.code = :code AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to > :d)
                        ORDER BY p.code""")
                .param("code", code)
                .param("d", asOf)
                .query(AdminUnitView.class)
                .list();
    }

    /**
     * The units that the unit bearing {@code code} on {@code asOf} went into when it ended (mergers,
     * splits), each as it was when formed; empty when it still exists or ended without successor.
     */
    public List<AdminUnitView> successors(String code, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT s.code, s.name, s.full_name, s.level, s.type, s.parent_code, s.valid_from, s.valid_to
                        FROM adminunit.unit_version u
                        JOIN adminunit.lineage l ON l.predecessor_id = u.unit_id
                        CROSS JOIN LATERAL (SELECT * FROM adminunit.unit_version x
                                            WHERE x.unit_id = l.successor_id AND x.valid_from <= l.effective_date
                                            ORDER BY x.valid_from DESC LIMIT 1) s
                        WHERE u.code = :code AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to > :d)
                        ORDER BY s.code""")
                .param("code", code)
                .param("d", asOf)
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
