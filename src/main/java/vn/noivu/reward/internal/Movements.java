package vn.noivu.reward.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reward.Movement;

/**
 * Emulation movements and their registrations. A movement lies where it was launched: nationally (only
 * a national user launches one), in a ministry or province or unit (the launching unit's subtree), or
 * in a cluster (the cluster's scope). A user sees the movements of their subtree and those launched
 * above it (a province sees the national ones, in which its units take part), and registers only
 * units and people of their own scope that lie within the movement's.
 */
@Component
public class Movements {

    static final Set<String> KINDS = Set.of("REGULAR", "THEMATIC");
    static final Set<String> LEVELS = Set.of("NATIONAL", "MINISTRY_PROVINCE", "CLUSTER", "UNIT");

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String VISIBLE = "(starts_with(:path, scope_path) OR scope_path LIKE :pattern)";

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final Catalogue catalogue;
    private final AuditLog audit;

    Movements(JdbcClient jdbc, Subjects subjects, Catalogue catalogue, AuditLog audit) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    private record Head(
            long id,
            String theme,
            String kind,
            String scopeLevel,
            String scopeRef,
            LocalDate startsOn,
            LocalDate endsOn,
            String decisionNo,
            LocalDate decisionDate,
            String signer,
            String scopePath) {}

    @Transactional
    public Movement launch(Movement.Request r) {
        if (r == null) {
            throw new BusinessRuleException("theme", "reward.field.required", new Object[0]);
        }
        String themeRefusal = Texts.refusal(r.theme(), 500);
        if (themeRefusal != null) {
            throw new BusinessRuleException("theme", themeRefusal, new Object[] {500});
        }
        if (r.kind() == null || !KINDS.contains(r.kind())) {
            throw new BusinessRuleException("kind", "reward.movement.kind", new Object[] {String.valueOf(r.kind())});
        }
        if (r.scopeLevel() == null || !LEVELS.contains(r.scopeLevel())) {
            throw new BusinessRuleException(
                    "scopeLevel", "reward.movement.level", new Object[] {String.valueOf(r.scopeLevel())});
        }
        String ref = r.scopeRef() == null || r.scopeRef().isBlank()
                ? null
                : r.scopeRef().trim();
        String path = scopePath(r.scopeLevel(), ref);
        if (r.startsOn() == null
                || r.startsOn().getYear() < 1945
                || r.startsOn().getYear() > 2100) {
            throw new BusinessRuleException("startsOn", "reward.date.invalid", new Object[0]);
        }
        if (r.endsOn() == null
                || r.endsOn().isBefore(r.startsOn())
                || r.endsOn().getYear() > 2100) {
            throw new BusinessRuleException("endsOn", "reward.movement.period", new Object[0]);
        }
        String no = DecisionNumber.require("decisionNo", r.decisionNo(), DecisionNumber.LAUNCH);
        if (r.decisionDate() == null
                || r.decisionDate().isAfter(LocalDate.now(VIETNAM))
                || r.decisionDate().getYear() < 1945) {
            throw new BusinessRuleException("decisionDate", "reward.date.invalid", new Object[0]);
        }
        String signerRefusal = Texts.refusal(r.signer(), 200);
        if (signerRefusal != null) {
            throw new BusinessRuleException("signer", signerRefusal, new Object[] {200});
        }
        long id = jdbc.sql("""
                        INSERT INTO reward.movement (theme, kind, scope_level, scope_ref, starts_on, ends_on, decision_no,
                            decision_date, signer, scope_path, created_by)
                        VALUES (:t, :k, :l, :r, :s, :e, :n, :d, :sg, :p, :by) RETURNING id""")
                .param("t", r.theme().trim())
                .param("k", r.kind())
                .param("l", r.scopeLevel())
                .param("r", "NATIONAL".equals(r.scopeLevel()) ? null : ref)
                .param("s", r.startsOn())
                .param("e", r.endsOn())
                .param("n", no)
                .param("d", r.decisionDate())
                .param("sg", r.signer().trim())
                .param("p", path)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        Movement created = get(id);
        audit.record("CREATE", "reward.movement", String.valueOf(id), null, created);
        return created;
    }

    /** Where a movement launched at this level lies; refused when the user may not launch there. */
    private String scopePath(String level, String ref) {
        UserScope scope = CurrentUser.scope();
        return switch (level) {
            case "NATIONAL" -> {
                if (!scope.isNational()) {
                    throw new BusinessRuleException("scopeLevel", "reward.movement.nationalOnly", new Object[0]);
                }
                yield UserScope.NATIONAL.path();
            }
            case "CLUSTER" -> {
                String path = ref == null
                        ? null
                        : jdbc.sql("SELECT scope_path FROM reward.cluster WHERE code = :c")
                                .param("c", ref)
                                .query(String.class)
                                .optional()
                                .filter(scope::includes)
                                .orElse(null);
                if (path == null) {
                    throw new BusinessRuleException(
                            "scopeRef", "reward.movement.cluster", new Object[] {String.valueOf(ref)});
                }
                yield path;
            }
            default ->
                subjects.orgPath(ref == null ? "" : ref)
                        .orElseThrow(() -> new BusinessRuleException(
                                "scopeRef", "reward.org.unknown", new Object[] {String.valueOf(ref)}));
        };
    }

    /** Registers a unit or a person in a movement with its pledge. */
    @Transactional
    public Movement register(long movementId, Movement.RegistrationRequest r) {
        Head m = head(movementId);
        if (r == null) {
            throw new BusinessRuleException("personId", "reward.subject.oneOf", new Object[0]);
        }
        boolean collective = r.orgCode() != null && !r.orgCode().isBlank();
        if ((r.personId() == null) == !collective) {
            throw new BusinessRuleException("personId", "reward.subject.oneOf", new Object[0]);
        }
        String path;
        if (collective) {
            path = subjects.orgPath(r.orgCode().trim())
                    .orElseThrow(() ->
                            new BusinessRuleException("orgCode", "reward.org.unknown", new Object[] {r.orgCode()}));
        } else {
            path = subjects.personUnit(r.personId())
                    .map(place -> place[1])
                    .orElseThrow(() -> new BusinessRuleException(
                            "personId", "reward.person.unknown", new Object[] {String.valueOf(r.personId())}));
        }
        if (!withinMovement(m, path)) {
            throw new BusinessRuleException(
                    collective ? "orgCode" : "personId", "reward.movement.outside", new Object[] {m.theme()});
        }
        String pledgeRefusal = Texts.refusal(r.pledge(), 4000);
        if (pledgeRefusal != null) {
            throw new BusinessRuleException("pledge", pledgeRefusal, new Object[] {4000});
        }
        String target = r.targetTitle() == null || r.targetTitle().isBlank()
                ? null
                : r.targetTitle().trim();
        if (target != null && catalogue.latest(target).isEmpty()) {
            throw new BusinessRuleException("targetTitle", "reward.title.unknown", new Object[] {target});
        }
        LocalDate on = r.registeredOn() == null ? LocalDate.now(VIETNAM) : r.registeredOn();
        if (on.getYear() < 1945 || on.isAfter(m.endsOn())) {
            throw new BusinessRuleException("registeredOn", "reward.movement.registeredOn", new Object[0]);
        }
        try {
            jdbc.sql("""
                            INSERT INTO reward.movement_registration (movement_id, person_id, org_code, pledge,
                                target_title, registered_on, scope_path, created_by)
                            VALUES (:m, :p, :o, :pl, :t, :d, :path, :by)""")
                    .param("m", movementId)
                    .param("p", collective ? null : r.personId())
                    .param("o", collective ? r.orgCode().trim() : null)
                    .param("pl", r.pledge().trim())
                    .param("t", target)
                    .param("d", on)
                    .param("path", path)
                    .param("by", CurrentUser.actor())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException(
                    collective ? "orgCode" : "personId", "reward.movement.registered", new Object[0]);
        }
        audit.record("REGISTER", "reward.movement", String.valueOf(movementId), null, r);
        return get(movementId);
    }

    /** Within a cluster's movement: a member unit of the movement's years, or a unit or person under one. */
    private boolean withinMovement(Head m, String path) {
        if (!"CLUSTER".equals(m.scopeLevel())) {
            return path.startsWith(m.scopePath());
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM reward.cluster_member c
                                       JOIN organization.api_unit u ON u.code = c.org_code
                                       WHERE c.cluster_code = :c AND c.year BETWEEN :y1 AND :y2
                                         AND starts_with(:path, u.path))""")
                .param("c", m.scopeRef())
                .param("y1", m.startsOn().getYear())
                .param("y2", m.endsOn().getYear())
                .param("path", path)
                .query(Boolean.class)
                .single();
    }

    @Transactional(readOnly = true)
    public Movement get(long id) {
        Head h = head(id);
        UserScope scope = CurrentUser.scope();
        // Registrations of the user's subtree only: a province sees its own pledges to a national movement.
        List<Movement.Registration> registrations = jdbc.sql("""
                        SELECT id, person_id, org_code, pledge, target_title, registered_on
                        FROM reward.movement_registration WHERE movement_id = :m AND scope_path LIKE :pattern
                        ORDER BY id""")
                .param("m", id)
                .param("pattern", scope.likePattern())
                .query(Movement.Registration.class)
                .list();
        return new Movement(
                h.id(),
                h.theme(),
                h.kind(),
                h.scopeLevel(),
                h.scopeRef(),
                h.startsOn(),
                h.endsOn(),
                h.decisionNo(),
                h.decisionDate(),
                h.signer(),
                registrations);
    }

    /** Movements the user may see, newest first; of a year (running in it) when given. */
    @Transactional(readOnly = true)
    public List<Movement> list(Integer year) {
        return jdbc
                .sql("SELECT id FROM reward.movement WHERE " + VISIBLE + """
                          AND (CAST(:y AS int) IS NULL OR (extract(year FROM starts_on) <= :y
                                                           AND extract(year FROM ends_on) >= :y))
                        ORDER BY decision_date DESC, id DESC LIMIT 500""")
                .param("path", CurrentUser.scope().path())
                .param("pattern", CurrentUser.scope().likePattern())
                .param("y", year)
                .query(Long.class)
                .list()
                .stream()
                .map(this::get)
                .toList();
    }

    /** Movements launched per year (by the decision's year) and kind, with their registrations in scope. */
    @Transactional(readOnly = true)
    public List<Movement.YearCount> perYear() {
        return jdbc.sql("""
                        SELECT CAST(extract(year FROM m.decision_date) AS int) AS year, m.kind,
                               count(DISTINCT m.id) AS movements, count(r.id) AS registrations
                        FROM reward.movement m
                        LEFT JOIN reward.movement_registration r ON r.movement_id = m.id AND r.scope_path LIKE :pattern
                        WHERE (starts_with(:path, m.scope_path) OR m.scope_path LIKE :pattern)
                        GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("path", CurrentUser.scope().path())
                .param("pattern", CurrentUser.scope().likePattern())
                .query(Movement.YearCount.class)
                .list();
    }

    private Head head(long id) {
        return jdbc.sql("""
                        SELECT id, theme, kind, scope_level, scope_ref, starts_on, ends_on, decision_no, decision_date,
                               signer, scope_path
                        FROM reward.movement WHERE id = :id AND """ + VISIBLE)
                .param("id", id)
                .param("path", CurrentUser.scope().path())
                .param("pattern", CurrentUser.scope().likePattern())
                .query(Head.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("movement", id));
    }
}
