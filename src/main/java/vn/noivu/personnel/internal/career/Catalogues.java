package vn.noivu.personnel.internal.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.organization.Organizations;
import vn.noivu.personnel.internal.allowances.LeadershipAllowances;
import vn.noivu.platform.calendar.PublicHolidays.DaysOff;

/** The reference catalogues as of a date, and the organisation facts a career needs. */
@Component
public class Catalogues implements CareerRules {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final LeadershipAllowances allowances;

    Catalogues(JdbcClient jdbc, Organizations organizations, LeadershipAllowances allowances) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.allowances = allowances;
    }

    @Override
    public Optional<String> leadershipPostClass(String postCode) {
        return allowances.post(postCode).map(LeadershipAllowances.Post::orgClass);
    }

    @Override
    public boolean postFitsUnit(String orgClass, String orgCode, LocalDate date) {
        return organizations
                .find(orgCode, date)
                .map(u -> LeadershipAllowances.postFitsUnit(orgClass, u.type()))
                .orElse(false);
    }

    @Override
    public Optional<BigDecimal> leadershipAllowance(String postCode, String orgCode, LocalDate date) {
        return allowances.rate(postCode, orgCode, date).map(LeadershipAllowances.Rate::coefficient);
    }

    @Override
    public Optional<Scale> careerLevelScale(int level, LocalDate date) {
        return jdbc.sql("""
                        SELECT s.code, s.step_count, s.step_interval_months, s.probation_months
                        FROM personnel.career_level l JOIN personnel.salary_scale s ON s.code = l.scale_code
                        WHERE l.level = :level AND l.valid_from <= :d AND (l.valid_to IS NULL OR l.valid_to > :d)""")
                .param("level", level)
                .param("d", date)
                .query((rs, i) -> new Scale(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    /** The days off and worked Saturdays of the holiday catalogue between the two dates. */
    @Override
    public DaysOff workCalendar(LocalDate first, LocalDate last) {
        java.util.Set<LocalDate> off = new java.util.HashSet<>();
        java.util.Set<LocalDate> worked = new java.util.HashSet<>();
        jdbc.sql("SELECT day, kind FROM personnel.public_holiday WHERE day BETWEEN :first AND :last")
                .param("first", first)
                .param("last", last)
                .query((rs, i) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    (rs.getString("kind").equals("SWAP_WORKDAY") ? worked : off).add(day);
                    return day;
                })
                .list();
        return new DaysOff(off, worked);
    }

    @Override
    public Optional<Integer> titleLevel(String rankCode, LocalDate date) {
        return jdbc.sql("""
                        SELECT c.level FROM personnel.rank r
                        JOIN personnel.career_level_conversion c ON c.scale_code = r.scale_code
                             AND c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to > :d)
                        WHERE r.code = :code AND r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to > :d)""")
                .param("code", rankCode)
                .param("d", date)
                .query(Integer.class)
                .optional();
    }

    /** The unit's approval in force with levels, else the framework list's range of the position. */
    @Override
    public Optional<LevelRange> positionLevels(String orgCode, String positionCode, LocalDate date) {
        Optional<LevelRange> approved = jdbc.sql("""
                        SELECT min_level, max_level, decision_no FROM personnel.position_approval
                        WHERE org_code = :org AND position_code = :pos AND status = 'ACTIVE'
                          AND min_level IS NOT NULL AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""")
                .param("org", orgCode)
                .param("pos", positionCode)
                .param("d", date)
                .query((rs, i) -> new LevelRange(rs.getInt(1), rs.getInt(2), rs.getString(3)))
                .optional();
        if (approved.isPresent()) {
            return approved;
        }
        return jdbc.sql("""
                        SELECT min_level, max_level, source FROM personnel.position_level_range
                        WHERE position_code = :pos AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""")
                .param("pos", positionCode)
                .param("d", date)
                .query((rs, i) -> new LevelRange(rs.getInt(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    public record Rank(
            String code,
            String kind,
            String name,
            String scaleCode,
            LocalDate validFrom,
            LocalDate validTo,
            String source) {}

    public record BaseSalary(LocalDate validFrom, LocalDate validTo, long amount, String legalBasis) {}

    public record Position(
            String orgCode,
            String code,
            String positionGroup,
            String title,
            String requiredRankCode,
            LocalDate validFrom,
            LocalDate validTo,
            String legalBasis) {}

    @Override
    public Optional<Scale> scaleOfRank(String rankCode, LocalDate date) {
        return jdbc.sql("""
                        SELECT s.code, s.step_count, s.step_interval_months,
                               coalesce(r.probation_months, s.probation_months)
                        FROM personnel.rank r JOIN personnel.salary_scale s ON s.code = r.scale_code
                        WHERE r.code = :code AND r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to > :d)""")
                .param("code", rankCode)
                .param("d", date)
                .query((rs, i) -> new Scale(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    @Override
    public Optional<BigDecimal> coefficient(String scaleCode, int step, LocalDate date) {
        return jdbc.sql("""
                        SELECT coefficient FROM personnel.salary_coefficient
                        WHERE scale_code = :s AND step = :step AND valid_from <= :d
                          AND (valid_to IS NULL OR valid_to > :d)""")
                .param("s", scaleCode)
                .param("step", step)
                .param("d", date)
                .query(BigDecimal.class)
                .optional();
    }

    @Override
    public boolean positionExists(String orgCode, String positionCode, LocalDate date) {
        return jdbc.sql("""
                        SELECT count(*) FROM personnel.job_position
                        WHERE code = :code AND (org_code IS NULL OR org_code = :org)
                          AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""")
                        .param("code", positionCode)
                        .param("org", orgCode)
                        .param("d", date)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean orgExists(String orgCode, LocalDate date) {
        return organizations.find(orgCode, date).isPresent();
    }

    @Override
    public List<Discipline> discipline(String code) {
        return jdbc.sql("""
                        SELECT k.code, r.staff_category, r.valid_from, r.valid_to, r.step_delay_months,
                               k.ends_leadership, k.ends_employment, r.source
                        FROM personnel.discipline_kind k
                        JOIN personnel.discipline_rule r ON r.code = k.code
                        WHERE k.code = :c ORDER BY r.staff_category, r.valid_from""").param("c", code).query(Discipline.class).list();
    }

    public Optional<Long> baseSalary(LocalDate date) {
        return jdbc.sql("""
                        SELECT amount FROM personnel.base_salary
                        WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""").param("d", date).query(Long.class).optional();
    }

    public List<Rank> ranks() {
        return jdbc.sql("""
                        SELECT code, kind, name, scale_code, valid_from, valid_to, source
                        FROM personnel.rank ORDER BY kind, code, valid_from""").query(Rank.class).list();
    }

    public List<BaseSalary> baseSalaries() {
        return jdbc.sql(
                        "SELECT valid_from, valid_to, amount, legal_basis FROM personnel.base_salary ORDER BY valid_from")
                .query(BaseSalary.class)
                .list();
    }

    public List<Position> positions() {
        return jdbc.sql("""
                        SELECT org_code, code, position_group, title, required_rank_code, valid_from, valid_to,
                               legal_basis
                        FROM personnel.job_position ORDER BY org_code NULLS FIRST, code, valid_from""").query(Position.class).list();
    }

    public List<RetirementRoadmap.Age> retirementAges() {
        return jdbc.sql("SELECT sex, from_year, years, months FROM personnel.retirement_age")
                .query((rs, i) -> new RetirementRoadmap.Age(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    public RetirementRoadmap roadmap() {
        return new RetirementRoadmap(retirementAges());
    }
}
