package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation units staffing needs, read from the organisation module's published views
 * ({@code organization.api_unit}, {@code organization.api_lineage}; docs/decisions/001).
 */
@Component
public class OrgDirectory {

    static final String UNIT_COLUMNS = "code, name, type, province_code, path, valid_from, valid_to";

    private final JdbcClient jdbc;

    OrgDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units bearing these codes (unknown codes are absent from the answer). */
    public Map<String, UnitLife> lives(Collection<String> codes) {
        Map<String, UnitLife> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM organization.api_unit WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(OrgDirectory::life)
                .list()
                .forEach(u -> out.put(u.code(), u));
        return out;
    }

    /**
     * Adds to {@code into} the ancestors (by path) of {@code units} that {@code known} does not hold.
     */
    public void addAncestors(
            Collection<UnitLife> units,
            java.util.function.Function<String, UnitLife> known,
            Map<String, UnitLife> into) {
        Set<String> missing = new HashSet<>();
        for (UnitLife u : units) {
            for (String segment : segments(u.path())) {
                if (known.apply(segment) == null) {
                    missing.add(segment);
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<String, UnitLife> found = lives(missing);
            into.putAll(found);
            if (!found.isEmpty()) {
                addAncestors(found.values(), c -> into.containsKey(c) ? into.get(c) : known.apply(c), into);
            }
        }
    }

    /** Adds to {@code lives} every ancestor (by path) of the units it holds. */
    public void addAncestors(Map<String, UnitLife> lives) {
        Set<String> asked = new HashSet<>();
        for (int round = 0; round < 8; round++) { // an ancestor's own path may name further ancestors
            Set<String> missing = new HashSet<>();
            for (UnitLife u : lives.values()) {
                for (String segment : segments(u.path())) {
                    if (!lives.containsKey(segment) && asked.add(segment)) {
                        missing.add(segment);
                    }
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            lives.putAll(lives(missing));
        }
    }

    public Optional<UnitLife> find(String code) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM organization.api_unit WHERE code = :code")
                .param("code", code)
                .query(OrgDirectory::life)
                .optional();
    }

    /** The unit at the root of a scope path, if there is one. */
    public Optional<UnitLife> rootOf(String path) {
        // COLLATE "C": the organisation's path index is bytewise
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM organization.api_unit WHERE path COLLATE \"C\" = :path"
                        + " ORDER BY valid_to DESC NULLS FIRST LIMIT 1")
                .param("path", path)
                .query(OrgDirectory::life)
                .optional();
    }

    /** The provinces' People's Committees (the scopes of province codes), the one in force first. */
    public List<UnitLife> provincialCommittees() {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM organization.api_unit"
                        + " WHERE type = 'PROVINCIAL_PEOPLES_COMMITTEE' AND province_code IS NOT NULL"
                        + " ORDER BY province_code, valid_to DESC NULLS FIRST")
                .query(OrgDirectory::life)
                .list();
    }

    /** Restructuring edges effective on or before {@code upTo}. */
    public List<LineageEdge> edges(LocalDate upTo) {
        return jdbc.sql("""
                        SELECT predecessor_code, successor_code, effective_date, kind
                        FROM organization.api_lineage
                        WHERE effective_date <= :upTo AND predecessor_code IS NOT NULL AND successor_code IS NOT NULL""")
                .param("upTo", upTo)
                .query((rs, n) -> new LineageEdge(
                        rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }

    static LineageEdge edge(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LineageEdge(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
    }

    /** The top-level units (provinces' People's Committees, ministries, …) in force on a date. */
    public List<UnitLife> topLevel(LocalDate asOf) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM organization.api_unit"
                        + " WHERE path ~ '^/[^/]+/$' AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)"
                        + " ORDER BY code")
                .param("d", asOf)
                .query(OrgDirectory::life)
                .list();
    }

    static UnitLife life(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnitLife(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("province_code"),
                rs.getString("path"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }

    /** The non-empty segments of a path ("/A/B/" → A, B). */
    static List<String> segments(String path) {
        List<String> out = new ArrayList<>(4);
        if (path == null) {
            return out;
        }
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    out.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
