package vn.noivu.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.organization.OrganizationsRestructured;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Cancels a recorded restructuring (a wrong date such as 31/12/9999, a decision entered twice): undoes
 * the versions it wrote — the units it created disappear, the versions it started are removed and the
 * ones it ended run on again — and keeps the record, marked cancelled, with who cancelled it, when and
 * why. Only when nothing later builds on it: a later change of one of its units must be cancelled
 * first, and the refusal names it. A restructuring of a plan is not cancelled alone (the plan was
 * approved whole).
 */
@Service
public class RestructuringCancellation {

    private final JdbcClient jdbc;
    private final RestructuringEngine engine;
    private final HistoryWriter writer;
    private final OrgQueries queries;
    private final ProblemMessages messages;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RestructuringCancellation(
            JdbcClient jdbc,
            RestructuringEngine engine,
            HistoryWriter writer,
            OrgQueries queries,
            ProblemMessages messages,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.writer = writer;
        this.queries = queries;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
    }

    private record Recorded(long id, Long planId, LocalDate date, boolean applied, String cancelledBy) {}

    /**
     * Cancels restructuring {@code id}; returns the code of a unit that still exists and was part of
     * it (its parent when it only established units), where its page can send the user.
     */
    @Transactional
    @PreAuthorize("hasRole('APPROVER')")
    public Optional<String> cancel(long id, String reason) {
        Recorded r = jdbc.sql("""
                        SELECT id, plan_id, effective_date, applied, cancelled_by
                        FROM organization.restructuring WHERE id = :id FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new Recorded(
                        rs.getLong(1),
                        (Long) rs.getObject(2, Long.class),
                        rs.getDate(3).toLocalDate(),
                        rs.getBoolean(4),
                        rs.getString(5)))
                .optional()
                .orElseThrow(() -> new NotFoundException("restructuring", id));
        requireInScope(id);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "org.cancel.reasonRequired", new Object[0]);
        }
        if (r.cancelledBy() != null || !r.applied()) {
            throw new BusinessRuleException("org.cancel.notApplied", id);
        }
        if (r.planId() != null) {
            throw new BusinessRuleException("org.cancel.partOfPlan", id, r.planId());
        }
        LocalDate e = r.date();
        Set<String> created = new LinkedHashSet<>(
                jdbc.sql("SELECT code FROM organization.unit WHERE created_by_restructuring = :id ORDER BY code")
                        .param("id", id)
                        .query(String.class)
                        .list());
        Set<String> touched = new LinkedHashSet<>(
                jdbc.sql("""
                        SELECT unit_code FROM organization.unit_version WHERE restructuring_id = :id
                        UNION SELECT code FROM organization.unit WHERE ended_by_restructuring = :id
                        ORDER BY 1""").param("id", id).query(String.class).list());
        touched.removeAll(created);
        Set<String> all = new LinkedHashSet<>(touched);
        all.addAll(created);
        Optional<String> remaining = touched.stream()
                .findFirst()
                .or(() -> jdbc.sql("""
                        SELECT parent_code FROM organization.restructuring_unit
                        WHERE restructuring_id = :id AND parent_code IS NOT NULL ORDER BY position LIMIT 1""").param("id", id).query(String.class).optional());
        refuseIfSomethingBuildsOnIt(id, e, all, created);

        Timeline t = engine.newTimeline();
        t.preload(touched);
        for (String code : touched) {
            List<Version> h = t.history(code);
            h.removeIf(v -> v.validFrom().equals(e) && Objects.equals(v.restructuringId(), id));
            Version last = h.isEmpty() ? null : h.get(h.size() - 1);
            if (last == null || !e.equals(last.validTo())) {
                // The change replaced a version of the same day: what was there before is not kept.
                throw new BusinessRuleException("org.cancel.overwritten", id, code);
            }
            h.set(h.size() - 1, last.to(null));
            t.changed().add(code);
        }
        t.derive();
        List<Problem> problems = t.validate().stream()
                .filter(p -> !created.contains(p.unitCode()))
                .toList();
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("org.cancel.refused", id, messages.text(problems.get(0)));
        }
        Map<String, Object> before = state(id);
        writer.write(t, Map.of(), Map.of());
        if (!created.isEmpty()) {
            String[] codes = created.toArray(String[]::new);
            jdbc.sql("DELETE FROM organization.unit_version WHERE unit_code = ANY(:codes)")
                    .param("codes", codes)
                    .update();
            jdbc.sql("DELETE FROM organization.unit WHERE code = ANY(:codes)")
                    .param("codes", codes)
                    .update();
        }
        jdbc.sql("""
                        UPDATE organization.restructuring
                        SET applied = false, fingerprint = NULL, cancelled_by = :by, cancelled_at = now(),
                            cancel_reason = :reason
                        WHERE id = :id""")
                .param("by", CurrentUser.actor())
                .param("reason", reason.strip())
                .param("id", id)
                .update();
        audit.record("CANCEL", "organization-restructuring", String.valueOf(id), before, state(id), reason.strip());
        events.publishEvent(new OrganizationsRestructured(List.of(id), List.copyOf(all), e));
        return remaining;
    }

    /** Whether a restructuring is cancelled (by whom, when, why) or may be: for its page and API answer. */
    public record Status(
            boolean cancellable, String cancelledBy, java.time.OffsetDateTime cancelledAt, String reason) {}

    @Transactional(readOnly = true)
    public Status status(long id) {
        return jdbc.sql("""
                        SELECT applied AND cancelled_by IS NULL AND plan_id IS NULL, cancelled_by, cancelled_at,
                               cancel_reason
                        FROM organization.restructuring WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new Status(
                        rs.getBoolean(1),
                        rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class),
                        rs.getString(4)))
                .optional()
                .orElseThrow(() -> new NotFoundException("restructuring", id));
    }

    private void refuseIfSomethingBuildsOnIt(long id, LocalDate e, Set<String> units, Set<String> created) {
        if (units.isEmpty()) {
            return;
        }
        String[] codes = units.toArray(String[]::new);
        Optional<Object[]> later = jdbc.sql("""
                        SELECT ru.unit_code, r.effective_date, r.id
                        FROM organization.restructuring r
                        JOIN organization.restructuring_unit ru ON ru.restructuring_id = r.id
                        WHERE r.applied AND r.id <> :id AND r.effective_date >= :e
                          AND (ru.unit_code = ANY(:codes) OR ru.parent_code = ANY(:codes))
                        ORDER BY r.effective_date, r.id LIMIT 1""")
                .param("id", id)
                .param("e", e)
                .param("codes", codes)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getDate(2).toLocalDate(), rs.getLong(3)})
                .optional();
        if (later.isPresent()) {
            Object[] l = later.get();
            throw new BusinessRuleException("org.cancel.laterChange", ProblemMessages.shown(id, l[0], l[1], l[2]));
        }
        Optional<Object[]> laterVersion = jdbc.sql("""
                        SELECT unit_code, valid_from FROM organization.unit_version
                        WHERE (unit_code = ANY(:codes)
                               AND (valid_from > :e OR (valid_from = :e AND restructuring_id IS DISTINCT FROM :id)))
                           OR (parent_code = ANY(:created) AND restructuring_id IS DISTINCT FROM :id)
                        ORDER BY valid_from LIMIT 1""")
                .param("codes", codes)
                .param("created", created.toArray(String[]::new))
                .param("e", e)
                .param("id", id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getDate(2).toLocalDate()})
                .optional();
        if (laterVersion.isPresent()) {
            Object[] l = laterVersion.get();
            throw new BusinessRuleException("org.cancel.laterVersion", ProblemMessages.shown(id, l[0], l[1]));
        }
    }

    /** Every unit the restructuring names lies in the user's scope; none visible looks like absent. */
    private void requireInScope(long id) {
        UserScope scope = CurrentUser.scope();
        List<String> codes = jdbc.sql("""
                        SELECT unit_code FROM organization.restructuring_unit WHERE restructuring_id = :id
                        UNION SELECT parent_code FROM organization.restructuring_unit
                        WHERE restructuring_id = :id AND parent_code IS NOT NULL""").param("id", id).query(String.class).list();
        List<String> outside = new ArrayList<>();
        boolean anyInside = false;
        for (String code : codes) {
            Optional<String> path = queries.pathOf(code);
            if (path.isPresent() && scope.includes(path.get())) {
                anyInside = true;
            } else if (path.isPresent()) {
                outside.add(code);
            }
        }
        if (!anyInside) {
            throw new NotFoundException("restructuring", id);
        }
        if (!outside.isEmpty()) {
            throw new OutOfScopeException("organization " + outside.get(0));
        }
    }

    private Map<String, Object> state(long id) {
        Map<String, Object> state = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, kind, effective_date, legal_basis, applied, cancelled_by, cancel_reason
                        FROM organization.restructuring WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    state.put("id", rs.getLong(1));
                    state.put("kind", rs.getString(2));
                    state.put("effectiveDate", rs.getDate(3).toString());
                    state.put("legalBasis", rs.getString(4));
                    state.put("applied", rs.getBoolean(5));
                    state.put("cancelledBy", rs.getString(6));
                    state.put("cancelReason", rs.getString(7));
                    return null;
                })
                .list();
        return state;
    }
}
