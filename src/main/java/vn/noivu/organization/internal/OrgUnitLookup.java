package vn.noivu.organization.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.Lookup;

/** Picks an organisation in force inside the user's scope, by its name (diacritics ignored) or code. */
@Component
class OrgUnitLookup implements Lookup {

    private final JdbcClient jdbc;

    OrgUnitLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "org-unit";
    }

    @Override
    public List<Option> search(String query, UserScope scope, int limit) {
        return jdbc.sql("""
                        SELECT code, current_name FROM organization.unit
                        WHERE valid_to IS NULL AND path LIKE :scope
                          AND (platform.fold(current_name) LIKE ALL (SELECT platform.fold(w) FROM unnest(CAST(:words AS text[])) w)
                               OR code LIKE upper(:q) || '%')
                        ORDER BY length(path), current_name, code
                        LIMIT :limit""")
                .param("scope", scope.likePattern())
                .param("q", query)
                .param("words", Lookup.words(query))
                .param("limit", limit)
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2)))
                .list();
    }
}
