package vn.noivu.reward.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.reward.BonusTotal;
import vn.noivu.reward.RewardYear;

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

    /**
     * The year of a subtree ({@code path}, "/" for the country) for the annual review, within the
     * user's scope (a subtree outside it counts nothing). Awards count by the year of the title, movements
     * by the year of their decision; a title is named as its latest catalogue version names it.
     */
    @Transactional(readOnly = true)
    public RewardYear year(String path, int year) {
        if (!CurrentUser.scope().includes(path)) {
            return new RewardYear(year, 0, 0, 0, List.of(), 0, List.of());
        }
        String like = path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long[] movements = new long[2];
        jdbc.sql("""
                        SELECT kind, count(*) FROM reward.movement
                        WHERE scope_path LIKE :p AND extract(year FROM decision_date) = :y GROUP BY kind""")
                .param("p", like)
                .param("y", year)
                .query((rs, n) -> movements["REGULAR".equals(rs.getString(1)) ? 0 : 1] = rs.getLong(2))
                .list();
        long registrations = jdbc.sql("""
                        SELECT count(*) FROM reward.movement_registration r JOIN reward.movement m ON m.id = r.movement_id
                        WHERE r.scope_path LIKE :p AND extract(year FROM m.decision_date) = :y""")
                .param("p", like)
                .param("y", year)
                .query(Long.class)
                .single();
        List<RewardYear.TitleCount> awards = jdbc.sql("""
                        SELECT a.title_code, coalesce(c.name, a.title_code) AS name, a.org_code IS NOT NULL AS collective,
                               count(*) AS awards, coalesce(sum(a.bonus_amount), 0) AS bonus
                        FROM reward.award a
                        LEFT JOIN (SELECT DISTINCT ON (code) code, name, sort_order FROM reward.catalogue
                                   ORDER BY code, valid_from DESC) c ON c.code = a.title_code
                        WHERE a.scope_path LIKE :p AND a.year = :y AND a.revoked_on IS NULL
                        GROUP BY a.title_code, c.name, c.sort_order, a.org_code IS NOT NULL
                        ORDER BY c.sort_order NULLS LAST, a.title_code, collective DESC""")
                .param("p", like)
                .param("y", year)
                .query((rs, n) -> new RewardYear.TitleCount(
                        rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4), rs.getLong(5)))
                .list();
        List<RewardYear.FlagOf> flags = jdbc.sql("""
                        SELECT f.cluster_code, k.name, f.title_code, coalesce(c.name, f.title_code), f.org_code,
                               coalesce(u.name, f.org_code), l.org_code, coalesce(lu.name, l.org_code)
                        FROM reward.cluster_flag f
                        JOIN reward.cluster k ON k.code = f.cluster_code
                        JOIN organization.api_unit u ON u.code = f.org_code
                        LEFT JOIN reward.cluster_leader l ON l.cluster_code = f.cluster_code AND l.year = f.year
                        LEFT JOIN organization.api_unit lu ON lu.code = l.org_code
                        LEFT JOIN (SELECT DISTINCT ON (code) code, name FROM reward.catalogue
                                   ORDER BY code, valid_from DESC) c ON c.code = f.title_code
                        WHERE f.year = :y AND u.path LIKE :p
                        ORDER BY f.title_code, k.name""")
                .param("p", like)
                .param("y", year)
                .query((rs, n) -> new RewardYear.FlagOf(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        long bonus = awards.stream().mapToLong(RewardYear.TitleCount::bonus).sum();
        return new RewardYear(year, movements[0], movements[1], registrations, awards, bonus, flags);
    }

    /** The materialised path of a unit's subtree; empty for an unknown unit. */
    Optional<String> unitPath(String unitCode) {
        return jdbc.sql("SELECT path FROM organization.api_unit WHERE code = :c")
                .param("c", unitCode)
                .query(String.class)
                .optional();
    }
}
