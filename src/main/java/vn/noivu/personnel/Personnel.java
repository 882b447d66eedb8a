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
