package vn.noivu.personnel;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.internal.query.PersonnelQueries;

/**
 * What other modules may ask the personnel module. Figures are national (not limited to a user's
 * scope); callers apply their own scope.
 */
@Service
@Transactional(readOnly = true)
public class Personnel {

    private final JdbcClient jdbc;
    private final PersonnelQueries queries;
    private final vn.noivu.personnel.internal.CivilServantFigures civilServants;

    Personnel(
            JdbcClient jdbc, PersonnelQueries queries, vn.noivu.personnel.internal.CivilServantFigures civilServants) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.civilServants = civilServants;
    }

    /**
     * The quantity and quality of the cadres and civil servants employed on {@code asOf} in the unit's
     * subtree: {@code total}, {@code party}, {@code minority}, rank groups ({@code rank-senior} …
     * {@code rank-none}), training ({@code degree-doctor} …), political theory ({@code theory-…}), age
     * bands ({@code age-30} … {@code age-over-60}), each also as {@code <key>.women}. Not scoped.
     */
    public java.util.Map<String, Long> civilServantFigures(String unitCode, LocalDate asOf) {
        return civilServants.of(unitCode, asOf);
    }

    /**
     * Everyone employed on {@code asOf}, counted per unit and staff category: from the open headcount kept
     * by triggers and the versions that changed since (personnel.headcount_at), not a scan of every row.
     */
    public List<Headcount> headcount(LocalDate asOf) {
        return jdbc.sql("""
                        SELECT org_code, staff_category, n AS count FROM personnel.headcount_at(:d)
                        ORDER BY org_code, staff_category""").param("d", asOf).query(Headcount.class).list();
    }

    /**
     * The year's ratings (by the year rated), disciplinary measures, retirements and streamlining exits
     * (by the day they took effect), counted per unit and staff category; national, as headcount is.
     * Corrected and cancelled events do not count.
     */
    public List<CareerYearCount> careerYear(int year) {
        return jdbc.sql("""
                        WITH ev AS (
                            SELECT c.person_id, c.effective_date,
                                   CASE c.kind WHEN 'EVALUATION' THEN 'rating.' || c.rating
                                               ELSE lower(c.kind) END AS measure
                            FROM personnel.career_event c
                            WHERE c.status = 'ACTIVE'
                              AND ((c.kind = 'EVALUATION' AND c.evaluation_year = :y)
                                OR (c.kind IN ('DISCIPLINE', 'RETIREMENT')
                                    AND c.effective_date >= make_date(:y, 1, 1)
                                    AND c.effective_date < make_date(:y + 1, 1, 1))))
                        SELECT e.org_code, e.staff_category, ev.measure, count(*) AS count
                        FROM ev CROSS JOIN LATERAL (
                            SELECT org_code, staff_category FROM personnel.employment e
                            WHERE e.person_id = ev.person_id AND e.superseded_at IS NULL
                              AND e.valid_from <= ev.effective_date
                            ORDER BY e.valid_from DESC LIMIT 1) e
                        GROUP BY 1, 2, 3
                        UNION ALL
                        SELECT org_code, staff_category, 'streamlining.' || regime, count(*)
                        FROM personnel.streamlining_exit
                        WHERE exit_date >= make_date(:y, 1, 1) AND exit_date < make_date(:y + 1, 1, 1)
                        GROUP BY 1, 2, 3""").param("y", year).query(CareerYearCount.class).list();
    }

    /**
     * Everyone employed on each of {@code days}, counted per staff category (day → category → people),
     * in the units placed under {@code scopePath} in today's tree ({@code null} or "/" = the whole
     * country): {@link #headcount} summed over those units, computed the same way (open headcount − open
     * versions starting after the day + closed versions spanning it), but summed in the database and for
     * all days in one pass over the changes since the earliest, instead of a row per unit and category
     * per day. The annual review asks it for three days over the whole country.
     */
    public java.util.Map<LocalDate, java.util.Map<String, Long>> headcountByCategory(
            List<LocalDate> asked, String scopePath) {
        List<LocalDate> days = asked.stream().distinct().toList();
        java.util.Map<LocalDate, java.util.Map<String, Long>> out = new java.util.LinkedHashMap<>();
        if (days.isEmpty()) {
            return out;
        }
        days.forEach(d -> out.put(d, new java.util.TreeMap<>()));
        boolean national = scopePath == null || "/".equals(scopePath);
        // Units by today's tree: the path range, which the organisation's bytewise path index serves.
        String inScope = national
                ? ""
                : " AND org_code IN (SELECT code FROM organization.api_unit"
                        + " WHERE path COLLATE \"C\" >= :scopeLo AND path COLLATE \"C\" < :scopeHi)";
        StringBuilder open = new StringBuilder("SELECT staff_category");
        StringBuilder started = new StringBuilder("SELECT staff_category");
        StringBuilder spanning = new StringBuilder("SELECT staff_category");
        StringBuilder sums = new StringBuilder("SELECT staff_category");
        for (int i = 0; i < days.size(); i++) {
            open.append(", n AS c").append(i);
            started.append(", -count(*) FILTER (WHERE valid_from > :d")
                    .append(i)
                    .append(')');
            spanning.append(", count(*) FILTER (WHERE valid_from <= :d")
                    .append(i)
                    .append(" AND valid_to > :d")
                    .append(i)
                    .append(')');
            sums.append(", sum(c").append(i).append(")::bigint");
        }
        String sql = sums + " FROM ("
                + open + " FROM personnel.headcount_open WHERE true" + inScope
                + " UNION ALL " + started + " FROM personnel.employment"
                + " WHERE superseded_at IS NULL AND valid_to IS NULL AND valid_from > :first" + inScope
                + " GROUP BY staff_category"
                + " UNION ALL " + spanning + " FROM personnel.employment"
                + " WHERE superseded_at IS NULL AND valid_to IS NOT NULL AND valid_to > :first" + inScope
                + " GROUP BY staff_category"
                + ") x GROUP BY staff_category";
        var spec = jdbc.sql(sql)
                .param("first", days.stream().min(LocalDate::compareTo).orElseThrow());
        for (int i = 0; i < days.size(); i++) {
            spec = spec.param("d" + i, days.get(i));
        }
        if (!national) {
            String lo = scopePath.endsWith("/") ? scopePath : scopePath + "/";
            spec = spec.param("scopeLo", lo).param("scopeHi", lo.substring(0, lo.length() - 1) + "0");
        }
        spec.query(rs -> {
            String category = rs.getString(1);
            for (int i = 0; i < days.size(); i++) {
                long n = rs.getLong(i + 2);
                if (n != 0) {
                    out.get(days.get(i)).put(category, n);
                }
            }
        });
        return out;
    }

    /** The base salary (lương cơ sở) in force on {@code date}, in VND; empty before the catalogue begins. */
    public java.util.Optional<Long> baseSalary(LocalDate date) {
        return queries.baseSalary(date);
    }

    /**
     * Name, birth date, sex and highest training of these people (unknown ids are left out). Not scoped:
     * callers apply their own scope.
     */
    public List<PersonFacts> personFacts(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, full_name, birth_date, sex, highest_degree FROM personnel.person
                        WHERE id IN (:ids) ORDER BY id""")
                .param("ids", List.copyOf(personIds))
                .query(PersonFacts.class)
                .list();
    }

    /** A person's salary on a date, if the current user may see that person. */
    public Salary salary(long personId, LocalDate asOf) {
        return queries.salary(personId, asOf);
    }
}
