package vn.noivu.personnel.internal.levels;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.NotFoundException;

/**
 * The units a report covers: the user's own scope, or a scope code inside it. A code outside the
 * user's scope looks like an unknown one (404), as everywhere in personnel.
 */
@Component
class UnitScope {

    private final JdbcClient jdbc;
    private final Scopes scopes;

    UnitScope(JdbcClient jdbc, Scopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** A LIKE pattern on {@code organization.api_unit.path}. */
    String likePattern(String scopeCode) {
        UserScope user = CurrentUser.scope();
        if (scopeCode == null || scopeCode.isBlank()) {
            return user.likePattern();
        }
        String path = scopes.resolve(scopeCode.trim()).path();
        String like = new UserScope("x", path).likePattern();
        boolean exists = jdbc.sql("SELECT count(*) FROM organization.api_unit WHERE path LIKE :p")
                        .param("p", like)
                        .query(Long.class)
                        .single()
                > 0;
        if (!user.includes(path) || !exists) {
            throw new NotFoundException("scope", scopeCode);
        }
        return like;
    }
}
