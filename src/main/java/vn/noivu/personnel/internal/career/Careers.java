package vn.noivu.personnel.internal.career;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.EmploymentChanged;
import vn.noivu.personnel.internal.person.Access;
import vn.noivu.personnel.internal.person.PersonStore;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Career events: recording, correcting and cancelling one re-derives the person's employment in the
 * same transaction; a broken rule anywhere in the re-derived history refuses the change whole.
 */
@Service
public class Careers {

    private final JdbcClient jdbc;
    private final Access access;
    private final PersonStore people;
    private final EmploymentStore employment;
    private final CareerHistory history;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Careers(
            JdbcClient jdbc,
            Access access,
            PersonStore people,
            EmploymentStore employment,
            Catalogues catalogues,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.employment = employment;
        this.history = new CareerHistory(catalogues);
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CareerEvent> events(long personId, boolean withReplaced) {
        access.readable(personId);
        return jdbc.sql("SELECT * FROM personnel.career_event WHERE person_id = :p"
                        + (withReplaced ? "" : " AND status = 'ACTIVE'")
                        + " ORDER BY effective_date, ordinal, id")
                .param("p", personId)
                .query(CareerEvent.class)
                .list();
    }

    @Transactional(readOnly = true)
    public List<EmploymentVersion> employment(long personId) {
        access.readable(personId);
        return employment.current(personId);
    }

    @Transactional(readOnly = true)
    public List<EmploymentStore.RecordedVersion> employmentRecord(long personId) {
        access.readable(personId);
        return employment.all(personId);
    }

    @Transactional
    public CareerEvent record(long personId, EventCommand command) {
        PersonStore.PersonRow person = access.writable(personId);
        EventCommand c = validate(person, command);
        checkOneRatingPerYear(personId, c, null);
        long id = insert(
                personId,
                c,
                null,
                jdbc.sql("SELECT nextval('personnel.career_event_ordinal')")
                        .query(Long.class)
                        .single());
        rederive(person);
        CareerEvent saved = find(personId, id);
        audit.record("CREATE", "personnel.career_event", String.valueOf(id), null, describe(saved));
        events.publishEvent(new EmploymentChanged(personId, c.effectiveDate()));
        return saved;
    }

    @Transactional
    public CareerEvent correct(long personId, long eventId, EventCommand command) {
        PersonStore.PersonRow person = access.writable(personId);
        CareerEvent old = activeEvent(personId, eventId);
        EventCommand c = validate(person, command);
        checkOneRatingPerYear(personId, c, eventId);
        jdbc.sql("UPDATE personnel.career_event SET status = 'CORRECTED' WHERE id = :id")
                .param("id", eventId)
                .update();
        long ordinal = jdbc.sql("SELECT ordinal FROM personnel.career_event WHERE id = :id")
                .param("id", eventId)
                .query(Long.class)
                .single();
        long id = insert(personId, c, eventId, ordinal);
        rederive(person);
        CareerEvent saved = find(personId, id);
        audit.record("CORRECT", "personnel.career_event", String.valueOf(eventId), describe(old), describe(saved));
        LocalDate from = old.effectiveDate().isBefore(c.effectiveDate()) ? old.effectiveDate() : c.effectiveDate();
        events.publishEvent(new EmploymentChanged(personId, from));
        return saved;
    }

    @Transactional
    public void cancel(long personId, long eventId) {
        PersonStore.PersonRow person = access.writable(personId);
        CareerEvent old = activeEvent(personId, eventId);
        jdbc.sql("UPDATE personnel.career_event SET status = 'CANCELLED' WHERE id = :id")
                .param("id", eventId)
                .update();
        rederive(person);
        audit.record("CANCEL", "personnel.career_event", String.valueOf(eventId), describe(old), null);
        events.publishEvent(new EmploymentChanged(personId, old.effectiveDate()));
    }

    /** Re-derives the person's employment from the import anchors and active events. */
    void rederive(PersonStore.PersonRow person) {
        long personId = person.id();
        List<EmploymentVersion> anchors = employment.current(personId).stream()
                .filter(v -> v.importId() != null)
                .toList();
        List<CareerEvent> active =
                jdbc.sql("""
                        SELECT * FROM personnel.career_event WHERE person_id = :p AND status = 'ACTIVE'
                        ORDER BY effective_date, ordinal""").param("p", personId).query(CareerEvent.class).list();
        List<EmploymentVersion> derived = history.derive(person.profile().birthDate(), anchors, active);
        employment.replace(personId, derived);
        String org = derived.isEmpty()
                ? person.profile().orgCode()
                : derived.get(derived.size() - 1).orgCode();
        LocalDate death = active.stream()
                .filter(e -> e.eventKind() == EventKind.DEATH)
                .map(CareerEvent::effectiveDate)
                .findFirst()
                .orElse(null);
        people.setOrgAndDeath(personId, org, death);
    }

    private EventCommand validate(PersonStore.PersonRow person, EventCommand command) {
        EventCommand c = command.normalised();
        if (!EventKind.isValid(c.kind())) {
            throw new BusinessRuleException("kind", "personnel.event.unknownKind", new Object[] {c.kind()});
        }
        if (c.effectiveDate().isBefore(person.profile().birthDate())) {
            throw new BusinessRuleException("effectiveDate", "personnel.event.beforeBirth", new Object[] {
                c.effectiveDate().format(CareerHistory.VN_DATE), c.kind()
            });
        }
        if (c.orgCode() != null) {
            access.requireUnit("orgCode", c.orgCode(), c.effectiveDate());
        }
        if (c.decisionDate().isAfter(c.effectiveDate().plusYears(1))) {
            throw new BusinessRuleException("decisionDate", "personnel.event.decisionLate", new Object[0]);
        }
        if (EventKind.EVALUATION.name().equals(c.kind())) {
            CareerHistory.checkEvaluation(asEvent(c));
        } else if (c.year() != null || c.rating() != null) {
            throw new BusinessRuleException("rating", "personnel.event.ratingOnlyForEvaluation", new Object[0]);
        }
        if (EventKind.NON_COUNTING_PERIOD.name().equals(c.kind())) {
            CareerHistory.checkNonCounting(asEvent(c));
        } else if (c.periodTo() != null || c.reason() != null) {
            throw new BusinessRuleException("reason", "personnel.event.periodOnlyForNonCounting", new Object[0]);
        }
        if (EventKind.CAREER_LEVEL_CHANGE.name().equals(c.kind())) {
            if (c.careerLevel() == null) {
                throw new BusinessRuleException("careerLevel", "personnel.event.levelRequired", new Object[] {
                    c.effectiveDate().format(CareerHistory.VN_DATE), c.kind()
                });
            }
        } else if (c.careerLevel() != null) {
            throw new BusinessRuleException("careerLevel", "personnel.event.levelOnlyForLevelChange", new Object[0]);
        }
        return c;
    }

    /**
     * A year has one rating per person: a second one is refused (a change of rating is a correction
     * of the first, which keeps both in the record and in the audit log).
     */
    private void checkOneRatingPerYear(long personId, EventCommand c, Long replacing) {
        if (!EventKind.EVALUATION.name().equals(c.kind())) {
            return;
        }
        boolean taken = jdbc.sql("""
                        SELECT count(*) FROM personnel.career_event
                        WHERE person_id = :p AND kind = 'EVALUATION' AND status = 'ACTIVE'
                          AND evaluation_year = :y AND id <> coalesce(CAST(:replacing AS bigint), -1)""")
                        .param("p", personId)
                        .param("y", c.year())
                        .param("replacing", replacing)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new BusinessRuleException(
                    "year", "personnel.event.ratingExists", new Object[] {String.valueOf(c.year())});
        }
    }

    /** The command as an unsaved event, for the rules that read events. */
    private static CareerEvent asEvent(EventCommand c) {
        return new CareerEvent(
                null,
                0,
                c.kind(),
                c.effectiveDate(),
                c.orgCode(),
                c.positionCode(),
                c.staffCategory(),
                c.rankCode(),
                c.salaryStep(),
                c.leadershipTitle(),
                c.positionAllowance(),
                c.otherAllowance(),
                c.disciplineCode(),
                c.termMonths(),
                c.note(),
                c.decisionNo(),
                c.decisionDate(),
                c.issuer(),
                "ACTIVE",
                null,
                null,
                c.year(),
                c.rating(),
                c.leadershipPost(),
                c.periodTo(),
                c.reason(),
                c.careerLevel(),
                null);
    }

    private long insert(long personId, EventCommand c, Long replaces, long ordinal) {
        return jdbc.sql("""
                        INSERT INTO personnel.career_event
                            (person_id, kind, effective_date, org_code, position_code, staff_category, rank_code,
                             salary_step, leadership_title, position_allowance, other_allowance, discipline_code,
                             term_months, note, decision_no, decision_date, issuer, replaces_id, ordinal, recorded_by,
                             evaluation_year, rating, leadership_post, period_to, reason, career_level)
                        VALUES (:p, :kind, :date, :org, :position, :category, :rank, :step, :title,
                                :positionAllowance, :otherAllowance, :discipline, :term, :note, :decisionNo,
                                :decisionDate, :issuer, :replaces, :ordinal, :by, :year, :rating, :post,
                                :periodTo, :reason, :level)
                        RETURNING id""")
                .param("p", personId)
                .param("kind", c.kind())
                .param("date", c.effectiveDate())
                .param("org", c.orgCode())
                .param("position", c.positionCode())
                .param("category", c.staffCategory())
                .param("rank", c.rankCode())
                .param("step", c.salaryStep())
                .param("title", c.leadershipTitle())
                .param("positionAllowance", c.positionAllowance())
                .param("otherAllowance", c.otherAllowance())
                .param("discipline", c.disciplineCode())
                .param("term", c.termMonths())
                .param("note", c.note())
                .param("decisionNo", c.decisionNo())
                .param("decisionDate", c.decisionDate())
                .param("issuer", c.issuer())
                .param("replaces", replaces)
                .param("ordinal", ordinal)
                .param("by", CurrentUser.actor())
                .param("year", c.year())
                .param("rating", c.rating())
                .param("post", c.leadershipPost())
                .param("periodTo", c.periodTo())
                .param("reason", c.reason())
                .param("level", c.careerLevel())
                .query(Long.class)
                .single();
    }

    private CareerEvent activeEvent(long personId, long eventId) {
        CareerEvent e = find(personId, eventId);
        if (!"ACTIVE".equals(e.status())) {
            throw new BusinessRuleException("personnel.event.notActive", eventId);
        }
        return e;
    }

    private CareerEvent find(long personId, long eventId) {
        return jdbc.sql("SELECT * FROM personnel.career_event WHERE id = :id AND person_id = :p")
                .param("id", eventId)
                .param("p", personId)
                .query(CareerEvent.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("career event", eventId));
    }

    static Map<String, Object> describe(CareerEvent e) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("personId", e.personId());
        m.put("kind", e.kind());
        m.put("effectiveDate", e.effectiveDate());
        m.put("orgCode", e.orgCode());
        m.put("rankCode", e.rankCode());
        m.put("salaryStep", e.salaryStep());
        m.put("disciplineCode", e.disciplineCode());
        m.put("evaluationYear", e.evaluationYear());
        m.put("rating", e.rating());
        m.put("periodTo", e.periodTo());
        m.put("reason", e.reason());
        m.put("careerLevel", e.careerLevel());
        m.put("decisionNo", e.decisionNo());
        m.put("decisionDate", e.decisionDate());
        m.put("issuer", e.issuer());
        return m;
    }
}
