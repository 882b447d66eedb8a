package vn.noivu.personnel.internal.career;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Employment versions in the database. Rows are never edited: {@link #replace} supersedes the rows
 * that no longer hold and inserts the new ones; rows that still hold stay as they are.
 */
@Component
public class EmploymentStore {

    static final String COLUMNS = """
            id, valid_from, valid_to, org_code, position_code, staff_category, rank_code, salary_step, coefficient,
            step_since, step_interval_months, at_top_step, step_delay_months, above_ceiling_pct, leadership_title,
            position_allowance, other_allowance, term_end, probation_until, seconded_to, next_step_due, end_reason,
            event_id, import_id, decision_no, decision_date, issuer, leadership_post, non_counting_odd_days,
            above_ceiling_since, career_level, appointed_on""";

    private final JdbcClient jdbc;

    EmploymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current versions of a person, oldest first. */
    public List<EmploymentVersion> current(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM personnel.employment
                        WHERE person_id = :p AND superseded_at IS NULL ORDER BY valid_from""")
                .param("p", personId)
                .query(EmploymentStore::map)
                .list();
    }

    /** Every version ever recorded, superseded ones included, with when they were recorded and superseded. */
    List<RecordedVersion> all(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        , recorded_at, superseded_at FROM personnel.employment
                        WHERE person_id = :p ORDER BY valid_from, recorded_at""")
                .param("p", personId)
                .query((rs, i) -> new RecordedVersion(
                        map(rs, i),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class),
                        rs.getObject("superseded_at", java.time.OffsetDateTime.class)))
                .list();
    }

    record RecordedVersion(
            EmploymentVersion version, java.time.OffsetDateTime recordedAt, java.time.OffsetDateTime supersededAt) {}

    public Optional<EmploymentVersion> at(long personId, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM personnel.employment
                        WHERE person_id = :p AND superseded_at IS NULL AND valid_from <= :d
                          AND (valid_to IS NULL OR valid_to > :d)""")
                .param("p", personId)
                .param("d", date)
                .query(EmploymentStore::map)
                .optional();
    }

    /** Makes {@code derived} the current history of the person; returns how many rows changed. */
    int replace(long personId, List<EmploymentVersion> derived) {
        List<EmploymentVersion> existing = current(personId);
        List<EmploymentVersion> toInsert = new ArrayList<>();
        List<EmploymentVersion> kept = new ArrayList<>();
        for (EmploymentVersion d : derived) {
            existing.stream()
                    .filter(e -> e.sameAs(d) && !kept.contains(e))
                    .findFirst()
                    .ifPresentOrElse(kept::add, () -> toInsert.add(d));
        }
        List<Long> supersede = existing.stream()
                .filter(e -> !kept.contains(e))
                .map(EmploymentVersion::id)
                .toList();
        if (!supersede.isEmpty()) {
            jdbc.sql("UPDATE personnel.employment SET superseded_at = clock_timestamp() WHERE id IN (:ids)")
                    .param("ids", supersede)
                    .update();
        }
        for (EmploymentVersion v : toInsert) {
            insert(personId, v);
        }
        return supersede.size() + toInsert.size();
    }

    private void insert(long personId, EmploymentVersion v) {
        jdbc.sql("""
                        INSERT INTO personnel.employment
                            (person_id, valid_from, valid_to, org_code, position_code, staff_category, rank_code,
                             salary_step, coefficient, step_since, step_interval_months, at_top_step,
                             step_delay_months, above_ceiling_pct, leadership_title, position_allowance,
                             other_allowance, term_end, probation_until, seconded_to, next_step_due, end_reason,
                             event_id, import_id, decision_no, decision_date, issuer, leadership_post,
                             non_counting_odd_days, above_ceiling_since, career_level, appointed_on)
                        VALUES (:person, :from, :to, :org, :position, :category, :rank, :step, :coefficient,
                                :stepSince, :interval, :atTop, :delay, :aboveCeiling, :title, :positionAllowance,
                                :otherAllowance, :termEnd, :probationUntil, :secondedTo,
                                personnel.next_step_due(CAST(:stepSince AS date), CAST(:interval AS integer),
                                    :atTop, CAST(:aboveCeiling AS integer), CAST(:delay AS integer)),
                                :endReason, :eventId, :importId, :decisionNo, :decisionDate, :issuer, :post,
                                :oddDays, :aboveCeilingSince, :level, :appointedOn)""")
                .param("person", personId)
                .param("from", v.validFrom())
                .param("to", v.validTo())
                .param("org", v.orgCode())
                .param("position", v.positionCode())
                .param("category", v.staffCategory())
                .param("rank", v.rankCode())
                .param("step", v.salaryStep())
                .param("coefficient", v.coefficient())
                .param("stepSince", v.stepSince())
                .param("interval", v.stepIntervalMonths())
                .param("atTop", v.atTopStep())
                .param("delay", v.stepDelayMonths())
                .param("aboveCeiling", v.aboveCeilingPct())
                .param("title", v.leadershipTitle())
                .param("positionAllowance", v.positionAllowance())
                .param("otherAllowance", v.otherAllowance())
                .param("termEnd", v.termEnd())
                .param("probationUntil", v.probationUntil())
                .param("secondedTo", v.secondedTo())
                .param("endReason", v.endReason())
                .param("eventId", v.eventId())
                .param("importId", v.importId())
                .param("post", v.leadershipPost())
                .param("decisionNo", v.decisionNo())
                .param("decisionDate", v.decisionDate())
                .param("issuer", v.issuer())
                .param("oddDays", v.nonCountingOddDays())
                .param("aboveCeilingSince", v.aboveCeilingSince())
                .param("level", v.careerLevel())
                .param("appointedOn", v.appointedOn())
                .update();
    }

    static EmploymentVersion map(ResultSet rs, int i) throws SQLException {
        return new EmploymentVersion(
                rs.getLong("id"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("org_code"),
                rs.getString("position_code"),
                rs.getString("staff_category"),
                rs.getString("rank_code"),
                (Integer) rs.getObject("salary_step", Integer.class),
                rs.getBigDecimal("coefficient"),
                rs.getObject("step_since", LocalDate.class),
                (Integer) rs.getObject("step_interval_months", Integer.class),
                rs.getBoolean("at_top_step"),
                rs.getInt("step_delay_months"),
                rs.getInt("above_ceiling_pct"),
                rs.getString("leadership_title"),
                rs.getBigDecimal("position_allowance"),
                rs.getBigDecimal("other_allowance"),
                rs.getObject("term_end", LocalDate.class),
                rs.getObject("probation_until", LocalDate.class),
                rs.getString("seconded_to"),
                rs.getObject("next_step_due", LocalDate.class),
                rs.getString("end_reason"),
                (Long) rs.getObject("event_id", Long.class),
                (Long) rs.getObject("import_id", Long.class),
                rs.getString("decision_no"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("issuer"),
                rs.getString("leadership_post"),
                rs.getInt("non_counting_odd_days"),
                rs.getObject("above_ceiling_since", LocalDate.class),
                (Integer) rs.getObject("career_level", Integer.class),
                rs.getObject("appointed_on", LocalDate.class));
    }
}
