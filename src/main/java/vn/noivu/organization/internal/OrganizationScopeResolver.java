package vn.noivu.organization.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.platform.security.ScopeResolver;

/**
 * Resolves user scope codes to paths of the organisation tree (docs/decisions/002):
 *
 * <ul>
 *   <li>a 2-digit province code ({@code 01}) → the subtree of that province's People's Committee (the
 *       one in force, else the last one);
 *   <li>the code of a provincial Department of Home Affairs (short name SNV) → the whole province, as
 *       that department manages the province's apparatus;
 *   <li>the Ministry of Home Affairs (short name BNV) → the whole country ({@code /});
 *   <li>any other organisation code → its own subtree.
 * </ul>
 */
@Component
class OrganizationScopeResolver implements ScopeResolver {

    private static final Pattern PROVINCE = Pattern.compile("^[0-9]{2}$");

    private final JdbcClient jdbc;

    OrganizationScopeResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> pathOf(String scopeCode) {
        if (scopeCode == null || scopeCode.isBlank()) {
            return Optional.empty();
        }
        String code = scopeCode.trim();
        if (PROVINCE.matcher(code).matches()) {
            return jdbc.sql("""
                            SELECT path FROM organization.unit
                            WHERE current_type = 'PROVINCIAL_PEOPLES_COMMITTEE' AND current_province_code = :p
                            ORDER BY valid_to DESC NULLS FIRST LIMIT 1""").param("p", code).query(String.class).optional();
        }
        return jdbc.sql("""
                        SELECT path, current_type, current_short_name FROM organization.unit
                        WHERE code = :code""")
                .param("code", code.toUpperCase(java.util.Locale.ROOT))
                .query((rs, n) -> {
                    String type = rs.getString("current_type");
                    String shortName = rs.getString("current_short_name");
                    if ("MINISTRY".equals(type) && "BNV".equalsIgnoreCase(shortName)) {
                        return "/";
                    }
                    String path = rs.getString("path");
                    if ("PROVINCIAL_DEPARTMENT".equals(type) && "SNV".equalsIgnoreCase(shortName)) {
                        // The parent's path: drop the last segment.
                        return path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
                    }
                    return path;
                })
                .optional();
    }

    /** A province by its administrative unit's name ("Hà Nội"), any other scope by its organisation's name. */
    @Override
    public Optional<String> nameOf(String scopeCode) {
        if (scopeCode == null || scopeCode.isBlank()) {
            return Optional.empty();
        }
        String code = scopeCode.trim();
        if (PROVINCE.matcher(code).matches()) {
            return jdbc.sql("""
                            SELECT name FROM adminunit.api_unit_version WHERE code = :p AND level = 'province'
                            ORDER BY valid_to DESC NULLS FIRST LIMIT 1""").param("p", code).query(String.class).optional();
        }
        return jdbc.sql("SELECT current_name FROM organization.unit WHERE code = :code")
                .param("code", code.toUpperCase(java.util.Locale.ROOT))
                .query(String.class)
                .optional();
    }
}
