package vn.noivu.reward.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.reward.BonusTotal;

/**
 * Figures of the registry for statistics: bonus totals per year and unit (revoked awards do not count),
 * the movement filters of form 0601 and the path of a reporting unit's subtree, which the pre-fill
 * groups ({@link MovementFigures}, {@link AwardFigures}) count in the emulation year (1/12 of the previous
 * year to 30/11, TT 02/2023/TT-BNV) ending on the period's cut-off.
 */
@Component
public class RegistryStatistics {

    private final JdbcClient jdbc;

    RegistryStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The conditions the statistical form 0601.N/BNV-TĐKT splits movements by, with their source names. */
    public enum MovementFilter {
        ALL("all", "true"),
        NATIONAL("national", "scope_level = 'NATIONAL'"),
        MINISTRY_PROVINCE("ministryProvince", "scope_level = 'MINISTRY_PROVINCE'"),
        CLUSTER("cluster", "scope_level = 'CLUSTER'"),
        UNIT("unit", "scope_level = 'UNIT'"),
        UNDER_1_YEAR("under1Year", "ends_on < starts_on + interval '1 year' - interval '1 day'"),
        ONE_YEAR("1Year", "ends_on = starts_on + interval '1 year' - interval '1 day'"),
        ONE_TO_3_YEARS(
                "1To3Years",
                "ends_on > starts_on + interval '1 year' - interval '1 day'"
                        + " AND ends_on < starts_on + interval '3 years' - interval '1 day'"),
        THREE_TO_5_YEARS(
                "3To5Years",
                "ends_on >= starts_on + interval '3 years' - interval '1 day'"
                        + " AND ends_on < starts_on + interval '5 years' - interval '1 day'"),
        FIVE_YEARS_OR_MORE("5YearsOrMore", "ends_on >= starts_on + interval '5 years' - interval '1 day'"),
        THEMATIC("thematic", "kind = 'THEMATIC'"),
        REGULAR("regular", "kind = 'REGULAR'");

        final String key;
        final String sql;

        MovementFilter(String key, String sql) {
            this.key = key;
            this.sql = sql;
        }
    }

    /** Bonus paid per year (of the title) and unit, for the units of the user's scope. */
    @Transactional(readOnly = true)
    public List<BonusTotal> bonusTotals(Integer year) {
        return jdbc.sql("""
                        SELECT a.year, u.code AS unit_code, u.name AS unit_name, count(*) AS awards,
                               coalesce(sum(a.bonus_amount), 0) AS bonus
                        FROM reward.award a JOIN organization.api_unit u ON u.path = a.scope_path
                        WHERE a.scope_path LIKE :scope AND a.revoked_on IS NULL
                          AND (CAST(:y AS int) IS NULL OR a.year = :y)
                        GROUP BY a.year, u.code, u.name
                        ORDER BY a.year DESC, bonus DESC, u.code LIMIT 5000""")
                .param("scope", CurrentUser.scope().likePattern())
                .param("y", year)
                .query(BonusTotal.class)
                .list();
    }

    /** The materialised path of a unit's subtree; empty for an unknown unit. */
    Optional<String> unitPath(String unitCode) {
        return jdbc.sql("SELECT path FROM organization.api_unit WHERE code = :c")
                .param("c", unitCode)
                .query(String.class)
                .optional();
    }
}
