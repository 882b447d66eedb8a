package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.reward.BonusTotal;
import vn.noivu.reward.RewardYear;

/**
 * Figures of the registry for statistics: counts of awards and movements of a unit's subtree in an
 * emulation year (1/12 of the previous year to 30/11, TT 02/2023/TT-BNV; the period ends on
 * {@code asOf}), and bonus totals per year and unit. Revoked awards do not count.
 */
@Component
public class RegistryStatistics {

    private final JdbcClient jdbc;

    RegistryStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who received it: anyone, units only, or people only. */
    public enum Subject {
        ANY,
        COLLECTIVE,
        INDIVIDUAL
    }

    /** Awards of a title or form decided in the emulation year ending on {@code asOf}, in the unit's subtree. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> awards(String unitCode, LocalDate asOf, String titleCode, Subject subject) {
        return unitPath(unitCode)
                .map(path -> window("""
                SELECT count(*) FROM reward.award
                WHERE starts_with(scope_path, :path) AND revoked_on IS NULL
                  AND decision_date > :from AND decision_date <= :to
                  AND (CAST(:t AS text) IS NULL OR title_code = :t)
                  AND (:s = 'ANY' OR (:s = 'COLLECTIVE') = (org_code IS NOT NULL))""", path, asOf)
                        .param("t", titleCode)
                        .param("s", subject.name())
                        .query(Long.class)
                        .single())
                .map(BigDecimal::valueOf);
    }

    /**
     * Movements launched (by the decision's date) in the emulation year ending on {@code asOf} inside
     * the unit's subtree, filtered by a condition on {@code reward.movement} columns chosen from a fixed
     * set (never user input).
     */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> movements(String unitCode, LocalDate asOf, MovementFilter filter) {
        return unitPath(unitCode)
                .map(path -> window(
                                "SELECT count(*) FROM reward.movement WHERE starts_with(scope_path, :path)"
                                        + " AND decision_date > :from AND decision_date <= :to AND " + filter.sql,
                                path,
                                asOf)
                        .query(Long.class)
                        .single())
                .map(BigDecimal::valueOf);
    }

    /** The conditions the statistical form 0601.N/BNV-TĐKT splits movements by. */
    public enum MovementFilter {
        ALL("true"),
        NATIONAL("scope_level = 'NATIONAL'"),
        MINISTRY_PROVINCE("scope_level = 'MINISTRY_PROVINCE'"),
        CLUSTER("scope_level = 'CLUSTER'"),
        UNIT("scope_level = 'UNIT'"),
        UNDER_1_YEAR("ends_on < starts_on + interval '1 year' - interval '1 day'"),
        ONE_YEAR("ends_on = starts_on + interval '1 year' - interval '1 day'"),
        ONE_TO_3_YEARS("ends_on > starts_on + interval '1 year' - interval '1 day'"
                + " AND ends_on < starts_on + interval '3 years' - interval '1 day'"),
        THREE_TO_5_YEARS("ends_on >= starts_on + interval '3 years' - interval '1 day'"
                + " AND ends_on < starts_on + interval '5 years' - interval '1 day'"),
        FIVE_YEARS_OR_MORE("ends_on >= starts_on + interval '5 years' - interval '1 day'"),
        THEMATIC("kind = 'THEMATIC'"),
        REGULAR("kind = 'REGULAR'");

        final String sql;

        MovementFilter(String sql) {
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
                               coalesce(u.name, f.org_code)
                        FROM reward.cluster_flag f
                        JOIN reward.cluster k ON k.code = f.cluster_code
                        JOIN organization.api_unit u ON u.code = f.org_code
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
                        rs.getString(6)))
                .list();
        long bonus = awards.stream().mapToLong(RewardYear.TitleCount::bonus).sum();
        return new RewardYear(year, movements[0], movements[1], registrations, awards, bonus, flags);
    }

    /** A statement over the unit's subtree and the emulation year that ends on {@code asOf}. */
    private JdbcClient.StatementSpec window(String sql, String path, LocalDate asOf) {
        return jdbc.sql(sql)
                .param("path", path)
                .param("from", asOf.minusYears(1))
                .param("to", asOf);
    }

    private Optional<String> unitPath(String unitCode) {
        return jdbc.sql("SELECT path FROM organization.api_unit WHERE code = :c")
                .param("c", unitCode)
                .query(String.class)
                .optional();
    }
}
