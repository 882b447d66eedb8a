package vn.noivu.organization.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stored versions for the in-memory {@link Timeline}. */
@Component
public class VersionStore {

    static final String COLUMNS = """
            unit_code, name, short_name, type, tier, parent_code, admin_unit_code, province_code,
            autonomy_group, valid_from, valid_to, legal_basis, decision_date, issuer, restructuring_id""";

    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The complete histories of the given units that exist (sorted by validFrom). */
    public Map<String, List<Version>> load(Collection<String> codes) {
        Map<String, List<Version>> result = new HashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM organization.unit_version WHERE unit_code = ANY(:codes)"
                        + " ORDER BY unit_code, valid_from")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> map(rs))
                .list()
                .forEach(v -> result.computeIfAbsent(v.unitCode(), k -> new ArrayList<>())
                        .add(v));
        return result;
    }

    /** Units that have, at any time, one of {@code parents} as parent. */
    public Set<String> childrenOf(Collection<String> parents) {
        if (parents.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("SELECT DISTINCT unit_code FROM organization.unit_version WHERE parent_code = ANY(:codes)")
                        .param("codes", parents.toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    /** Which of {@code codes} exist as units (any version, ever). */
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT code FROM organization.unit WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    static Version map(ResultSet rs) throws SQLException {
        String tier = rs.getString("tier");
        Number group = (Number) rs.getObject("autonomy_group");
        Number restructuring = (Number) rs.getObject("restructuring_id");
        return new Version(
                rs.getString("unit_code"),
                rs.getString("name"),
                rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")),
                tier == null ? null : Tier.valueOf(tier),
                rs.getString("parent_code"),
                rs.getString("admin_unit_code"),
                rs.getString("province_code"),
                group == null ? null : group.intValue(),
                date(rs, "valid_from"),
                date(rs, "valid_to"),
                new LegalBasis(rs.getString("legal_basis"), date(rs, "decision_date"), rs.getString("issuer")),
                restructuring == null ? null : restructuring.longValue());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
