package vn.noivu.personnel.internal.exit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.internal.career.CareerEvent;
import vn.noivu.personnel.internal.career.CareerHistory;
import vn.noivu.personnel.internal.career.Careers;
import vn.noivu.personnel.internal.career.EventCommand;
import vn.noivu.personnel.internal.person.Access;
import vn.noivu.personnel.internal.person.PersonStore;
import vn.noivu.personnel.internal.query.PersonnelQueries;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;

/**
 * Exits under the restructuring's regimes (tinh giản biên chế): an exit the law excludes is refused
 * with its reason; an accepted one records the career event that ends the employment and the exit
 * with its decision and amounts; the report counts exits by regime, province, staff category and
 * month, and flags those re-employed within 60 months (who must repay, NĐ 154/2025/NĐ-CP Art. 3).
 */
@Service
public class StreamliningExits {

    /** Re-employment within this many months of the exit obliges the person to repay. */
    static final int REPAY_MONTHS = 60;

    /** A child younger than this many months keeps the parent out of streamlining (NĐ 154/2025 Art. 4(1)). */
    static final int CHILD_MONTHS = 36;

    private final JdbcClient jdbc;
    private final Access access;
    private final Careers careers;
    private final PersonnelQueries queries;
    private final AuditLog audit;

    StreamliningExits(JdbcClient jdbc, Access access, Careers careers, PersonnelQueries queries, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.careers = careers;
        this.queries = queries;
        this.audit = audit;
    }

    /** One recorded exit, with the date of a re-employment within 60 months if there is one. */
    public record Exit(
            long id,
            long personId,
            String fullName,
            String regime,
            LocalDate exitDate,
            String decisionNo,
            LocalDate decisionDate,
            String issuer,
            long allowanceAmount,
            long otherAmount,
            String orgCode,
            String provinceCode,
            String staffCategory,
            boolean voluntary,
            LocalDate reEmployedOn) {

        public boolean mustRepay() {
            return reEmployedOn != null;
        }
    }

    /** Counts of one report: the total and the counts per regime, province, staff category and month. */
    public record Report(
            LocalDate from,
            LocalDate to,
            long total,
            long reEmployedWithin60Months,
            Map<String, Long> byRegime,
            Map<String, Long> byProvince,
            Map<String, Long> byCategory,
            Map<String, Long> byMonth) {}

    @Transactional
    public Exit record(long personId, ExitCommand command) {
        PersonStore.PersonRow person = access.writable(personId);
        StreamliningRegime regime = StreamliningRegime.of(
                command.regime() == null ? null : command.regime().trim());
        if (regime == null) {
            throw new BusinessRuleException(
                    "regime", "personnel.exit.unknownRegime", new Object[] {String.valueOf(command.regime())});
        }
        LocalDate d = command.exitDate();
        refuseExcluded(personId, regime, command);
        Served served = servedBefore(personId, d);
        CareerEvent ended = careers.record(
                personId,
                EventCommand.decided(
                        regime.ends().name(),
                        d,
                        null,
                        "Tinh giản biên chế: " + regime.name(),
                        command.decisionNo(),
                        command.decisionDate(),
                        command.issuer()));
        long id = jdbc.sql("""
                        INSERT INTO personnel.streamlining_exit (person_id, event_id, regime, exit_date, decision_no,
                            decision_date, issuer, allowance_amount, other_amount, org_code, province_code,
                            staff_category, voluntary, recorded_by)
                        VALUES (:p, :e, :regime, :d, :no, :dd, :issuer, :allowance, :other, :org, :province,
                            :category, :voluntary, :by)
                        RETURNING id""")
                .param("p", personId)
                .param("e", ended.id())
                .param("regime", regime.name())
                .param("d", d)
                .param("no", command.decisionNo().trim())
                .param("dd", command.decisionDate())
                .param("issuer", command.issuer().trim())
                .param("allowance", command.allowanceAmount())
                .param("other", command.otherAmount() == null ? 0L : command.otherAmount())
                .param("org", served.orgCode())
                .param("province", served.provinceCode())
                .param("category", served.staffCategory())
                .param("voluntary", command.volunteered())
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        Exit saved = find(id);
        var after = new LinkedHashMap<String, Object>();
        after.put("personId", personId);
        after.put("fullName", person.profile().fullName());
        after.put("regime", regime.name());
        after.put("exitDate", d);
        after.put("decisionNo", saved.decisionNo());
        after.put("allowanceAmount", saved.allowanceAmount());
        after.put("otherAmount", saved.otherAmount());
        audit.record("CREATE", "personnel.streamlining_exit", String.valueOf(id), null, after);
        return saved;
    }

    /**
     * The exclusions: NĐ 154/2025/NĐ-CP Art. 4 for its regimes (pregnancy, maternity leave or a child
     * under 36 months unless the person volunteers; a pending disciplinary review, prosecution or
     * inspection), and for every regime two consecutive failed years, which the law answers with
     * dismissal rather than a regime's benefits (docs/personnel-rules.md, "Streamlining exits").
     */
    private void refuseExcluded(long personId, StreamliningRegime regime, ExitCommand c) {
        LocalDate d = c.exitDate();
        if (regime.underDecree154()) {
            if (c.pregnant() && !c.volunteered()) {
                throw new BusinessRuleException("pregnantOrMaternityLeave", "personnel.exit.pregnant", new Object[0]);
            }
            LocalDate child = c.youngestChildBirthDate();
            if (child != null && !c.volunteered() && d.isBefore(child.plusMonths(CHILD_MONTHS))) {
                throw new BusinessRuleException("youngestChildBirthDate", "personnel.exit.youngChild", new Object[] {
                    child.format(CareerHistory.VN_DATE),
                    child.plusMonths(CHILD_MONTHS).format(CareerHistory.VN_DATE)
                });
            }
            if (c.reviewed()) {
                throw new BusinessRuleException("underReview", "personnel.exit.underReview", new Object[0]);
            }
        }
        List<Integer> failed = twoConsecutiveFailedYears(personId, d);
        if (!failed.isEmpty()) {
            throw new BusinessRuleException("regime", "personnel.exit.failedTwoYears", new Object[] {
                String.valueOf(failed.get(0)), String.valueOf(failed.get(1))
            });
        }
    }

    /**
     * The two years, if the two latest ratings recorded by the exit date are of consecutive years and
     * both NOT_COMPLETED ("02 năm liên tiếp không hoàn thành nhiệm vụ"); empty otherwise.
     */
    private List<Integer> twoConsecutiveFailedYears(long personId, LocalDate d) {
        List<Map<String, Object>> latest =
                jdbc.sql("""
                        SELECT evaluation_year, rating FROM personnel.career_event
                        WHERE person_id = :p AND kind = 'EVALUATION' AND status = 'ACTIVE' AND effective_date <= :d
                        ORDER BY evaluation_year DESC LIMIT 2""").param("p", personId).param("d", d).query().listOfRows();
        if (latest.size() == 2
                && "NOT_COMPLETED".equals(latest.get(0).get("rating"))
                && "NOT_COMPLETED".equals(latest.get(1).get("rating"))) {
            int last = ((Number) latest.get(0).get("evaluation_year")).intValue();
            int before = ((Number) latest.get(1).get("evaluation_year")).intValue();
            if (last == before + 1) {
                return List.of(before, last);
            }
        }
        return List.of();
    }

    private record Served(String orgCode, String provinceCode, String staffCategory) {}

    /** Where and as what the person served the day before the exit; refused if not employed then. */
    private Served servedBefore(long personId, LocalDate d) {
        return jdbc.sql("""
                        SELECT e.org_code, u.province_code, e.staff_category
                        FROM personnel.api_employment e
                        LEFT JOIN organization.api_unit u ON u.code = e.org_code
                        WHERE e.person_id = :p AND e.valid_from < :d AND (e.valid_to IS NULL OR e.valid_to >= :d)
                        ORDER BY e.valid_from DESC LIMIT 1""")
                .param("p", personId)
                .param("d", d)
                .query(Served.class)
                .optional()
                .orElseThrow(() -> new BusinessRuleException(
                        "exitDate", "personnel.exit.notEmployed", new Object[] {d.format(CareerHistory.VN_DATE)}));
    }

    private static final String EXITS = """
            SELECT x.id, x.person_id, p.full_name, x.regime, x.exit_date, x.decision_no, x.decision_date, x.issuer,
                   x.allowance_amount, x.other_amount, x.org_code, x.province_code, x.staff_category, x.voluntary,
                   (SELECT min(r.effective_date) FROM personnel.career_event r
                    WHERE r.person_id = x.person_id AND r.kind = 'RECRUITMENT' AND r.status = 'ACTIVE'
                      AND r.effective_date > x.exit_date
                      AND r.effective_date < x.exit_date + make_interval(months => %d)) AS re_employed_on
            FROM personnel.streamlining_exit x
            JOIN personnel.person p ON p.id = x.person_id
            JOIN organization.api_unit u ON u.code = x.org_code
            """.formatted(REPAY_MONTHS);

    private Exit find(long id) {
        return jdbc.sql(EXITS + " WHERE x.id = :id")
                .param("id", id)
                .query(Exit.class)
                .single();
    }

    /** The exits of the period inside the scope (the unit served at the exit), oldest first. */
    @Transactional(readOnly = true)
    public List<Exit> exits(String scopeCode, LocalDate from, LocalDate to) {
        Period p = period(from, to);
        return jdbc.sql(EXITS + """
                         WHERE u.path LIKE :scope AND x.exit_date >= :from AND x.exit_date <= :to
                        ORDER BY x.exit_date, x.id""")
                .param("scope", queries.effectiveScope(scopeCode))
                .param("from", p.from())
                .param("to", p.to())
                .query(Exit.class)
                .list();
    }

    /** Counts by regime, province, staff category and month of the exits of the period in the scope. */
    @Transactional(readOnly = true)
    public Report report(String scopeCode, LocalDate from, LocalDate to) {
        Period p = period(from, to);
        List<Exit> exits = exits(scopeCode, p.from(), p.to());
        Map<String, Long> regime = new LinkedHashMap<>();
        Map<String, Long> province = new LinkedHashMap<>();
        Map<String, Long> category = new LinkedHashMap<>();
        Map<String, Long> month = new LinkedHashMap<>();
        for (StreamliningRegime r : StreamliningRegime.values()) {
            regime.put(r.name(), 0L);
        }
        long repay = 0;
        for (Exit x : exits) {
            regime.merge(x.regime(), 1L, Long::sum);
            province.merge(x.provinceCode() == null ? "" : x.provinceCode(), 1L, Long::sum);
            category.merge(x.staffCategory(), 1L, Long::sum);
            month.merge(x.exitDate().toString().substring(0, 7), 1L, Long::sum);
            repay += x.mustRepay() ? 1 : 0;
        }
        return new Report(
                p.from(),
                p.to(),
                exits.size(),
                repay,
                regime,
                new java.util.TreeMap<>(province),
                new java.util.TreeMap<>(category),
                new java.util.TreeMap<>(month));
    }

    private record Period(LocalDate from, LocalDate to) {}

    /** The period asked, by default from 01/01/2025 (NĐ 178/2024 in force) to today. */
    private static Period period(LocalDate from, LocalDate to) {
        LocalDate f = from == null ? LocalDate.of(2025, 1, 1) : from;
        LocalDate t = to == null ? LocalDate.now() : to;
        if (t.isBefore(f)) {
            throw new BusinessRuleException("to", "personnel.exit.period", new Object[0]);
        }
        return new Period(f, t);
    }
}
