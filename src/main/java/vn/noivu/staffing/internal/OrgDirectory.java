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
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM organization.api_unit WHERE path = :path"
                        + " ORDER BY valid_to DESC NULLS FIRST LIMIT 1")
                .param("path", path)
                .query(OrgDirectory::life)
                .optional();
    }

    /** Whether any unit lies under a scope path. */
    public boolean anyUnder(String likePattern) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization.api_unit WHERE path LIKE :p)")
                .param("p", likePattern)
                .query(Boolean.class)
                .single();
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

    /** Restructuring edges effective on or before {@code upTo} whose predecessor or successor lies under a scope path. */
    public List<LineageEdge> edgesTouchingScope(String likePattern, LocalDate upTo) {
        return jdbc.sql("""
                        SELECT predecessor_code, successor_code, effective_date, kind
                        FROM organization.api_lineage
                        WHERE effective_date <= :upTo
                          AND successor_code IN (SELECT code FROM organization.api_unit WHERE path LIKE :p)
                        UNION
                        SELECT predecessor_code, successor_code, effective_date, kind
                        FROM organization.api_lineage
                        WHERE effective_date <= :upTo
                          AND predecessor_code IN (SELECT code FROM organization.api_unit WHERE path LIKE :p)""")
                .param("upTo", upTo)
                .param("p", likePattern)
                .query(OrgDirectory::edge)
                .list();
    }

    /** Restructuring edges effective on or before {@code upTo} touching any of these units. */
    public List<LineageEdge> edgesTouching(Collection<String> codes, LocalDate upTo) {
        if (codes.isEmpty()) {
            return List.of();
        }
        String[] array = codes.toArray(String[]::new);
        return jdbc.sql("""
                        SELECT predecessor_code, successor_code, effective_date, kind
                        FROM organization.api_lineage
                        WHERE effective_date <= :upTo AND successor_code = ANY(:codes)
                        UNION
                        SELECT predecessor_code, successor_code, effective_date, kind
                        FROM organization.api_lineage
                        WHERE effective_date <= :upTo AND predecessor_code = ANY(:codes)""")
                .param("upTo", upTo)
                .param("codes", array)
                .query(OrgDirectory::edge)
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

    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        if (path == null) {
            return out;
        }
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
