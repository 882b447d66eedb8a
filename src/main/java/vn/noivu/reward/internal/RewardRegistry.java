package vn.noivu.reward.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.reward.Award;
import vn.noivu.reward.AwardRequest;
import vn.noivu.reward.Bonus;
import vn.noivu.reward.CatalogueEntry;
import vn.noivu.reward.DisciplineRequest;
import vn.noivu.reward.Initiative;
import vn.noivu.reward.InitiativeRequest;
import vn.noivu.reward.RatingRequest;

/**
 * The registry of awards and initiatives, and the module's own inputs (ratings, discipline). Every
 * request is checked the same way whether it comes from the API or from an import row; every write is
 * audited.
 */
@Component
public class RewardRegistry {

    static final Set<String> SCOPES = Set.of("UNIT", "MINISTRY_PROVINCE", "NATIONAL");
    static final Set<String> RATINGS = Set.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");
    static final Set<String> DISCIPLINES = Set.of(
            "KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC", "BUOC_THOI_VIEC", "PENDING_REVIEW");

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final BonusCalculator bonuses;
    private final Subjects subjects;
    private final AuditLog audit;

    RewardRegistry(JdbcClient jdbc, Catalogue catalogue, BonusCalculator bonuses, Subjects subjects, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.bonuses = bonuses;
        this.subjects = subjects;
        this.audit = audit;
    }

    /** A checked request: the scope path of its subject when valid, else the errors. */
    public record Checked(String path, List<FieldError> errors) {

        boolean ok() {
            return errors.isEmpty();
        }
    }

    @Transactional
    public Award addAward(AwardRequest r) {
        Checked c = checkAward(r);
        refuseIfInvalid(c);
        return insertAward(r, c.path());
    }

    @Transactional
    public Initiative addInitiative(InitiativeRequest r) {
        Checked c = checkInitiative(r);
        refuseIfInvalid(c);
        return insertInitiative(r, c.path());
    }

    @Transactional
    public void setRating(RatingRequest r) {
        List<FieldError> errors = new ArrayList<>();
        String path = person(r.personId(), errors);
        year(r.year(), errors);
        if (r.rating() == null || !RATINGS.contains(r.rating())) {
            errors.add(new FieldError("rating", "reward.rating.unknown", String.join(", ", RATINGS)));
        }
        refuseIfInvalid(new Checked(path, errors));
        jdbc.sql("""
                        INSERT INTO reward.rating (person_id, year, rating, scope_path) VALUES (:p, :y, :r, :path)
                        ON CONFLICT (person_id, year) DO UPDATE SET rating = EXCLUDED.rating""")
                .param("p", r.personId())
                .param("y", r.year())
                .param("r", r.rating())
                .param("path", path)
                .update();
        audit.record("RATE", "reward.rating", r.personId() + "/" + r.year(), null, r);
    }

    @Transactional
    public void addDiscipline(DisciplineRequest r) {
        List<FieldError> errors = new ArrayList<>();
        String path = person(r.personId(), errors);
        if (r.level() == null || !DISCIPLINES.contains(r.level())) {
            errors.add(new FieldError("level", "reward.discipline.unknown", String.join(", ", DISCIPLINES)));
        }
        date("decidedOn", r.decidedOn(), errors);
        text("decisionNo", r.decisionNo(), 60, errors);
        refuseIfInvalid(new Checked(path, errors));
        jdbc.sql("""
                        INSERT INTO reward.discipline (person_id, level, decided_on, decision_no, scope_path)
                        VALUES (:p, :l, :d, :n, :path)
                        ON CONFLICT (person_id, decision_no) DO UPDATE SET level = EXCLUDED.level,
                            decided_on = EXCLUDED.decided_on""")
                .param("p", r.personId())
                .param("l", r.level())
                .param("d", r.decidedOn())
                .param("n", r.decisionNo().trim())
                .param("path", path)
                .update();
        audit.record("DISCIPLINE", "reward.discipline", r.personId() + "/" + r.decisionNo(), null, r);
    }

    /** Checks an award request against the catalogue, the user's scope and the registry. */
    public Checked checkAward(AwardRequest r) {
        List<FieldError> errors = new ArrayList<>();
        String path = null;
        boolean collective = r.orgCode() != null && !r.orgCode().isBlank();
        if ((r.personId() == null) == !collective) {
            errors.add(new FieldError("personId", "reward.subject.oneOf"));
        } else if (collective) {
            path = subjects.orgPath(r.orgCode().trim()).orElse(null);
            if (path == null) {
                errors.add(new FieldError("orgCode", "reward.org.unknown", r.orgCode()));
            }
        } else {
            path = person(r.personId(), errors);
        }
        Optional<CatalogueEntry> entry = r.title() == null
                ? Optional.empty()
                : catalogue.latest(r.title().trim());
        if (entry.isEmpty()) {
            errors.add(new FieldError("title", "reward.title.unknown", String.valueOf(r.title())));
        } else if (collective ? entry.get().isIndividualTitle() : entry.get().isCollectiveTitle()) {
            errors.add(new FieldError(
                    "title", collective ? "reward.title.individualOnly" : "reward.title.collectiveOnly", r.title()));
        }
        year(r.year(), errors);
        text("decisionNo", r.decisionNo(), 60, errors);
        date("decisionDate", r.decisionDate(), errors);
        text("issuer", r.issuer(), 200, errors);
        if (errors.isEmpty() && awardExists(r)) {
            errors.add(new FieldError("title", "reward.award.duplicate", r.title(), r.year()));
        }
        return new Checked(path, errors);
    }

    public Checked checkInitiative(InitiativeRequest r) {
        List<FieldError> errors = new ArrayList<>();
        String path = person(r.personId(), errors);
        text("title", r.title(), 500, errors);
        if (r.recognisedScope() == null || !SCOPES.contains(r.recognisedScope())) {
            errors.add(
                    new FieldError("recognisedScope", "reward.initiative.scope", String.valueOf(r.recognisedScope())));
        }
        date("recognisedOn", r.recognisedOn(), errors);
        text("decisionNo", r.decisionNo(), 60, errors);
        return new Checked(path, errors);
    }

    Award insertAward(AwardRequest r, String path) {
        boolean collective = r.personId() == null;
        String title = r.title().trim();
        Optional<Bonus> bonus = bonuses.bonus(title, r.decisionDate(), collective);
        long id = jdbc.sql("""
                        INSERT INTO reward.award (person_id, org_code, title_code, year, decision_no, decision_date,
                            issuer, base_salary, bonus_amount, scope_path, created_by)
                        VALUES (:p, :o, :t, :y, :n, :d, :i, :base, :bonus, :path, :by) RETURNING id""")
                .param("p", r.personId())
                .param("o", collective ? r.orgCode().trim() : null)
                .param("t", title)
                .param("y", r.year())
                .param("n", r.decisionNo().trim())
                .param("d", r.decisionDate())
                .param("i", r.issuer().trim())
                .param("base", bonus.map(Bonus::baseSalary).orElse(null))
                .param("bonus", bonus.map(Bonus::amount).orElse(null))
                .param("path", path)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        Award award = new Award(
                id,
                r.personId(),
                collective ? r.orgCode().trim() : null,
                title,
                r.year(),
                r.decisionNo().trim(),
                r.decisionDate(),
                r.issuer().trim(),
                bonus.map(Bonus::baseSalary).orElse(null),
                bonus.map(Bonus::amount).orElse(null));
        audit.record("CREATE", "reward.award", String.valueOf(id), null, award);
        return award;
    }

    Initiative insertInitiative(InitiativeRequest r, String path) {
        long id = jdbc.sql("""
                        INSERT INTO reward.initiative (person_id, title, recognised_scope, recognised_on, decision_no,
                            scope_path, created_by)
                        VALUES (:p, :t, :s, :d, :n, :path, :by)
                        ON CONFLICT (person_id, decision_no, title) DO UPDATE SET recognised_scope = EXCLUDED.recognised_scope,
                            recognised_on = EXCLUDED.recognised_on
                        RETURNING id""")
                .param("p", r.personId())
                .param("t", r.title().trim())
                .param("s", r.recognisedScope())
                .param("d", r.recognisedOn())
                .param("n", r.decisionNo().trim())
                .param("path", path)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        Initiative initiative = new Initiative(
                id,
                r.personId(),
                r.title().trim(),
                r.recognisedScope(),
                r.recognisedOn(),
                r.decisionNo().trim());
        audit.record("CREATE", "reward.initiative", String.valueOf(id), null, initiative);
        return initiative;
    }

    /** Awards of a person or of a unit the current user may see, newest first. */
    public List<Award> awards(Long personId, String orgCode) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", CurrentUser.scope().likePattern());
        params.put("p", personId);
        params.put("o", orgCode);
        return jdbc.sql("""
                        SELECT id, person_id, org_code, title_code AS title, year, decision_no, decision_date, issuer,
                               base_salary, bonus_amount
                        FROM reward.award
                        WHERE scope_path LIKE :scope
                          AND (CAST(:p AS bigint) IS NULL OR person_id = :p)
                          AND (CAST(:o AS text) IS NULL OR org_code = :o)
                        ORDER BY year DESC, id DESC LIMIT 1000""").params(params).query(Award.class).list();
    }

    private boolean awardExists(AwardRequest r) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM reward.award
                                       WHERE title_code = :t AND year = :y
                                         AND (person_id = :p OR org_code = :o))""")
                .param("t", r.title().trim())
                .param("y", r.year())
                .param("p", r.personId())
                .param("o", r.orgCode() == null ? null : r.orgCode().trim())
                .query(Boolean.class)
                .single();
    }

    private String person(Long personId, List<FieldError> errors) {
        if (personId == null) {
            errors.add(new FieldError("personId", "reward.person.required"));
            return null;
        }
        String path = subjects.personPath(personId).orElse(null);
        if (path == null) {
            errors.add(new FieldError("personId", "reward.person.unknown", String.valueOf(personId)));
        }
        return path;
    }

    private static void year(Integer year, List<FieldError> errors) {
        if (year == null || year < 1945 || year > LocalDate.now().getYear() + 1) {
            errors.add(new FieldError("year", "reward.year.invalid", String.valueOf(year)));
        }
    }

    private static void date(String field, LocalDate date, List<FieldError> errors) {
        if (date == null || date.getYear() < 1945 || date.isAfter(LocalDate.now())) {
            errors.add(new FieldError(field, "reward.date.invalid"));
        }
    }

    private static void text(String field, String value, int max, List<FieldError> errors) {
        String refusal = Texts.refusal(value, max);
        if (refusal != null) {
            errors.add(new FieldError(field, refusal, max));
        }
    }

    private static void refuseIfInvalid(Checked c) {
        if (!c.ok()) {
            FieldError first = c.errors().get(0);
            throw new BusinessRuleException(first.field(), first.key(), first.args());
        }
    }
}
