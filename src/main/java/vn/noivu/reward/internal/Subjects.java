package vn.noivu.reward.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.security.CurrentUser;

/**
 * Where a person or a unit sits in the organisation tree, and whether the current user may touch it.
 * A person sits in the unit of their latest employment (personnel.api_employment); someone outside the
 * user's scope looks like someone unknown.
 */
@Component
public class Subjects {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    Subjects(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The scope path of a person the current user may see; empty when unknown or out of scope. */
    public Optional<String> personPath(long personId) {
        return jdbc.sql("""
                        SELECT u.path FROM personnel.api_employment e
                        JOIN organization.api_unit u ON u.code = e.org_code
                        WHERE e.person_id = :p
                        ORDER BY e.valid_from DESC LIMIT 1""")
                .param("p", personId)
                .query(String.class)
                .optional()
                .filter(path -> CurrentUser.scope().includes(path));
    }

    /** The scope path of a unit the current user may see; empty when unknown or out of scope. */
    public Optional<String> orgPath(String orgCode) {
        return organizations.pathOf(orgCode).filter(path -> CurrentUser.scope().includes(path));
    }

    /** A unit's name (its latest, also for a unit that has ended); the code when the unit is unknown. */
    public String unitName(String orgCode) {
        return jdbc.sql("SELECT name FROM organization.api_unit WHERE code = :c")
                .param("c", orgCode)
                .query(String.class)
                .optional()
                .orElse(orgCode);
    }

    /** A visible person's unit code and its scope path, from the latest employment. */
    public Optional<String[]> personUnit(long personId) {
        return jdbc.sql("""
                        SELECT e.org_code, u.path FROM personnel.api_employment e
                        JOIN organization.api_unit u ON u.code = e.org_code
                        WHERE e.person_id = :p
                        ORDER BY e.valid_from DESC LIMIT 1""")
                .param("p", personId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .filter(place -> CurrentUser.scope().includes(place[1]));
    }
}
