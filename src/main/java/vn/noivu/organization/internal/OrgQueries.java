package vn.noivu.organization.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.organization.OrgUnitView;
import vn.noivu.platform.security.UserScope;

/**
 * Read side of the organisation tree: units as of a date, subtrees, histories, lineage. Methods that
 * take a {@link UserScope} return only rows inside it (by the unit's materialised path).
 */
@Component
@Transactional(readOnly = true)
public class OrgQueries {

    static final String VIEW_COLUMNS = """
            v.unit_code, v.name, v.short_name, v.type, v.tier, v.parent_code, v.admin_unit_code, v.province_code,
            v.autonomy_group, u.path, v.valid_from, v.valid_to, v.legal_basis""";

    static final String COVERS = "v.valid_from <= :d AND (v.valid_to IS NULL OR v.valid_to > :d)";

    private final JdbcClient jdbc;

    OrgQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's version as of a date, with its tier (for pages). */
    public record Row(OrgUnitView view, String tier, String legalBasis) {}

    public Optional<OrgUnitView> find(String code, LocalDate asOf) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS
                        + " FROM organization.unit_version v JOIN organization.unit u ON u.code = v.unit_code"
                        + " WHERE v.unit_code = :code AND " + COVERS)
                .param("code", code)
                .param("d", Date.valueOf(asOf))
                .query((rs, n) -> view(rs))
                .optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM organization.unit WHERE code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<String> pathOf(String code) {
        return jdbc.sql("SELECT path FROM organization.unit WHERE code = :code")
                .param("code", code)
                .query(String.class)
                .optional();
    }

    /** The unit and every unit below it on that date, by the tree of that date (parents first). */
    public List<OrgUnitView> subtree(String code, LocalDate asOf) {
        return jdbc.sql("""
                        WITH RECURSIVE t (unit_code, depth) AS (
                            SELECT v.unit_code, 0 FROM organization.unit_version v
                            WHERE v.unit_code = :code AND %s
                          UNION ALL
                            SELECT v.unit_code, t.depth + 1 FROM organization.unit_version v
                            JOIN t ON v.parent_code = t.unit_code
                            WHERE %s AND t.depth < 64
                        )
                        SELECT %s FROM t
                        JOIN organization.unit_version v ON v.unit_code = t.unit_code AND %s
                        JOIN organization.unit u ON u.code = v.unit_code
                        ORDER BY t.depth, v.name, v.unit_code""".formatted(COVERS, COVERS, VIEW_COLUMNS, COVERS))
                .param("code", code)
                .param("d", Date.valueOf(asOf))
                .query((rs, n) -> view(rs))
                .list();
    }

    /** Units in force on a date inside the scope, optionally children of one parent and of one type. */
    public List<Row> list(LocalDate asOf, String parentCode, String type, UserScope scope) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS
                        + " FROM organization.unit u JOIN organization.unit_version v ON v.unit_code = u.code"
                        + " WHERE " + ScopeRange.on("u") + " AND " + COVERS
                        + " AND (CAST(:parent AS text) IS NULL OR v.parent_code = :parent)"
                        + " AND (CAST(:type AS text) IS NULL OR v.type = :type)"
                        + " ORDER BY u.path")
                .param("scopeLo", ScopeRange.of(scope).lo())
                .param("scopeHi", ScopeRange.of(scope).hi())
                .param("d", Date.valueOf(asOf))
                .param("parent", parentCode)
                .param("type", type)
                .query((rs, n) -> new Row(view(rs), rs.getString("tier"), rs.getString("legal_basis")))
                .list();
    }

    /** Number of units per type in force on a date inside a scope. */
    public Map<String, Integer> countsByType(LocalDate asOf, UserScope scope) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT v.type, count(*) FROM organization.unit u
                        JOIN organization.unit_version v ON v.unit_code = u.code
                        JOIN organization.unit_type t ON t.code = v.type
                        WHERE %s AND %s
                        GROUP BY v.type, t.sort_order ORDER BY t.sort_order""".formatted(ScopeRange.on("u"), COVERS))
                .param("scopeLo", ScopeRange.of(scope).lo())
                .param("scopeHi", ScopeRange.of(scope).hi())
                .param("d", Date.valueOf(asOf))
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }

    /** Every version of a unit, oldest first (empty when unknown or out of scope). */
    public List<Row> history(String code, UserScope scope) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS
                        + " FROM organization.unit u JOIN organization.unit_version v ON v.unit_code = u.code"
                        + " WHERE u.code = :code AND u.path LIKE :scope ORDER BY v.valid_from")
                .param("code", code)
                .param("scope", scope.likePattern())
                .query((rs, n) -> new Row(view(rs), rs.getString("tier"), rs.getString("legal_basis")))
                .list();
    }

    /** A lineage edge: a predecessor → successor of one restructuring. */
    public record Edge(
            long restructuringId,
            String kind,
            LocalDate effectiveDate,
            String legalBasis,
            String predecessorCode,
            String predecessorName,
            String successorCode,
            String successorName) {}

    /** Every edge on the unit's lineage, backwards to its origins and forwards to its heirs. */
    public List<Edge> lineage(String code) {
        return jdbc.sql("""
                        WITH RECURSIVE edge AS (
                            SELECT r.id, r.kind, r.effective_date, r.legal_basis, p.unit_code AS pred, s.unit_code AS succ
                            FROM organization.restructuring r
                            JOIN organization.restructuring_unit p ON p.restructuring_id = r.id AND p.role = 'PREDECESSOR'
                            JOIN organization.restructuring_unit s ON s.restructuring_id = r.id AND s.role = 'SUCCESSOR'
                            WHERE r.applied AND p.unit_code <> s.unit_code
                        ), back (code) AS (
                            SELECT CAST(:code AS text)
                          UNION
                            SELECT e.pred FROM edge e JOIN back b ON e.succ = b.code
                        ), fwd (code) AS (
                            SELECT CAST(:code AS text)
                          UNION
                            SELECT e.succ FROM edge e JOIN fwd f ON e.pred = f.code
                        )
                        SELECT DISTINCT e.id, e.kind, e.effective_date, e.legal_basis, e.pred, pu.current_name, e.succ,
                               su.current_name
                        FROM edge e
                        JOIN organization.unit pu ON pu.code = e.pred
                        JOIN organization.unit su ON su.code = e.succ
                        WHERE e.succ IN (SELECT code FROM back) OR e.pred IN (SELECT code FROM fwd)
                        ORDER BY e.effective_date, e.id, e.pred, e.succ""")
                .param("code", code)
                .query((rs, n) -> new Edge(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** Applied restructurings that name the unit, oldest first. */
    public List<Long> restructuringsOf(String code) {
        return jdbc.sql("""
                        SELECT DISTINCT r.id, r.effective_date FROM organization.restructuring r
                        JOIN organization.restructuring_unit ru ON ru.restructuring_id = r.id
                        WHERE r.applied AND ru.unit_code = :code ORDER BY r.effective_date, r.id""").param("code", code).query((rs, n) -> rs.getLong(1)).list();
    }

    /** Current names of units by code (for labels on pages). */
    public Map<String, String> names(java.util.Collection<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT code, current_name FROM organization.unit WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    static OrgUnitView view(ResultSet rs) throws SQLException {
        Number group = (Number) rs.getObject("autonomy_group");
        return new OrgUnitView(
                rs.getString("unit_code"),
                rs.getString("name"),
                rs.getString("short_name"),
                rs.getString("type"),
                rs.getString("parent_code"),
                rs.getString("admin_unit_code"),
                rs.getString("province_code"),
                group == null ? null : group.intValue(),
                rs.getString("path"),
                VersionStore.date(rs, "valid_from"),
                VersionStore.date(rs, "valid_to"));
    }

    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (String s : list.split(";")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }
}
