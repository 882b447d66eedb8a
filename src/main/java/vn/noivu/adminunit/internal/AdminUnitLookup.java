package vn.noivu.adminunit.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.Lookup;

/**
 * Picks an administrative unit in force today by its name (diacritics ignored) or GSO code; the label
 * carries the GSO code, which officials quote, and the province of a commune.
 */
@Component
class AdminUnitLookup implements Lookup {

    private final JdbcClient jdbc;

    AdminUnitLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "admin-unit";
    }

    @Override
    public List<Option> search(String query, UserScope scope, int limit) {
        return jdbc.sql("""
                        SELECT v.code, v.full_name || coalesce(', ' || p.name, '') || ' (' || v.code || ')'
                        FROM adminunit.unit_version v
                        LEFT JOIN adminunit.unit_version p ON p.code = v.parent_code AND p.valid_to IS NULL
                        WHERE v.valid_to IS NULL
                          AND (v.full_name_fold LIKE ALL (SELECT platform.fold(w) FROM unnest(CAST(:words AS text[])) w) OR v.code LIKE :q || '%')
                        ORDER BY length(v.code), v.name, v.code
                        LIMIT :limit""")
                .param("q", query)
                .param("words", Lookup.words(query))
                .param("limit", limit)
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2)))
                .list();
    }
}
