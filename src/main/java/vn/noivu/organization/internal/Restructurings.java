package vn.noivu.organization.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.shared.DecisionDates;

/**
 * Recording restructurings: one decided restructuring at a time, or a plan (đề án sắp xếp) that bundles
 * many, is proposed, previewed, and applied whole when approved. Every unit a change names must lie in
 * the user's scope (403 otherwise), and only national users create top-level units.
 */
@Service
public class Restructurings {

    private final RestructuringEngine engine;
    private final JdbcClient jdbc;
    private final OrgQueries queries;
    private final ChangeStatistics statistics;
    private final ProblemMessages messages;
    private final AuditLog audit;
    private final TransactionTemplate rollbackOnly;

    Restructurings(
            RestructuringEngine engine,
            JdbcClient jdbc,
            OrgQueries queries,
            ChangeStatistics statistics,
            ProblemMessages messages,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.queries = queries;
        this.statistics = statistics;
        this.messages = messages;
        this.audit = audit;
        this.rollbackOnly = new TransactionTemplate(transactions);
    }

    /** Records and applies one decided restructuring; returns its id. */
    @Transactional
    public long apply(RestructuringCommand command) {
        requireInScope(List.of(command));
        RestructuringEngine.Outcome outcome = engine.dryRun(List.of(command));
        refuseIfProblems(outcome);
        long id = engine.commit(outcome, List.of(command), null, null, true).get(0);
        audit.record("RESTRUCTURE", "organization-restructuring", String.valueOf(id), null, command);
        return id;
    }

    // ------------------------------------------------------------------------------------ plans

    public record Plan(
            long id,
            String title,
            String status,
            String legalBasis,
            LocalDate decisionDate,
            String issuer,
            String note,
            String proposedBy,
            OffsetDateTime proposedAt,
            String decidedBy,
            OffsetDateTime decidedAt,
            LocalDate firstDate,
            LocalDate lastDate,
            int changes) {

        /** PROPOSED, APPROVED, EFFECTIVE (approved and its dates have come) or REJECTED. */
        public String shownStatus() {
            if ("APPROVED".equals(status) && lastDate != null && !lastDate.isAfter(OrgClock.today())) {
                return "EFFECTIVE";
            }
            return status;
        }
    }

    /** Proposes a plan: its changes are checked now (refused if they break a rule) but not applied. */
    @Transactional
    public long propose(String title, LegalBasis basis, String note, List<RestructuringCommand> commands) {
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("title", "org.plan.titleRequired", new Object[0]);
        }
        if (commands.isEmpty()) {
            throw new BusinessRuleException("org.plan.empty");
        }
        if (!DecisionDates.accepted(basis.date())) {
            throw new BusinessRuleException(
                    "decisionDate",
                    "org.error.dateOutOfRange",
                    ProblemMessages.shown(basis.date(), DecisionDates.EARLIEST, DecisionDates.latest()));
        }
        requireInScope(commands);
        refuseIfProblems(engine.dryRun(commands));
        long id = jdbc.sql("""
                        INSERT INTO organization.plan (title, status, scope_path, legal_basis, decision_date, issuer,
                                                       note, proposed_by)
                        VALUES (:title, 'PROPOSED', :scope, :basis, :date, :issuer, :note, :by) RETURNING id""")
                .param("title", title.trim())
                .param("scope", CurrentUser.scope().path())
                .param("basis", basis.number())
                .param("date", basis.date() == null ? null : Date.valueOf(basis.date()))
                .param("issuer", basis.issuer())
                .param("note", note)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        for (int i = 0; i < commands.size(); i++) {
            engine.record(commands.get(i), id, i, false);
        }
        audit.record(
                "PROPOSE", "organization-plan", String.valueOf(id), null, Map.of("title", title, "commands", commands));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Plan> plans() {
        return jdbc.sql(PLAN_SELECT + " WHERE p.scope_path LIKE :scope ORDER BY p.id DESC")
                .param("scope", CurrentUser.scope().likePattern())
                .query((rs, n) -> plan(rs))
                .list();
    }

    /** A plan visible to the user (proposed inside their scope), else 404. */
    @Transactional(readOnly = true)
    public Plan plan(long id) {
        return jdbc.sql(PLAN_SELECT + " WHERE p.id = :id AND p.scope_path LIKE :scope")
                .param("id", id)
                .param("scope", CurrentUser.scope().likePattern())
                .query((rs, n) -> plan(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("plan", id));
    }

    @Transactional(readOnly = true)
    public List<ChangeStatistics.Record> planChanges(long id) {
        plan(id);
        return jdbc
                .sql("SELECT id FROM organization.restructuring WHERE plan_id = :id ORDER BY seq")
                .param("id", id)
                .query(Long.class)
                .list()
                .stream()
                .map(rid -> statistics.record(rid).orElseThrow())
                .toList();
    }

    /**
     * What the plan would do: the tree of its scope after its last date, the figures, and the
     * difference — each change with the units before and after it by name.
     */
    public record Preview(
            LocalDate before,
            LocalDate after,
            List<OrgQueries.Row> tree,
            ChangeStatistics.Figures figures,
            List<String> problems,
            List<Difference> differences) {}

    /** One change of a plan as a leader reads it: what is established, merged, renamed, dissolved, moved. */
    public record Difference(String kind, LocalDate effectiveDate, List<Named> before, List<Named> after) {}

    /**
     * A unit on one side of a change: its name, type and superior as they are (or would be) that day;
     * {@code established} when the plan creates it.
     */
    public record Named(String code, String name, String type, String parentName, boolean established) {}

    /**
     * Applies the plan in a transaction that is always rolled back, and reads the tree and figures from
     * inside it: the preview is exactly what approval would produce, and nothing is kept.
     */
    public Preview preview(long id) {
        Plan plan = plan(id);
        if (!"PROPOSED".equals(plan.status())) {
            throw new BusinessRuleException("org.plan.notProposed", id);
        }
        return rollbackOnly.execute(status -> {
            status.setRollbackOnly();
            List<RestructuringCommand> commands = commands(id);
            RestructuringEngine.Outcome outcome = engine.dryRun(commands);
            LocalDate before = plan.firstDate().minusDays(1);
            LocalDate after = plan.lastDate();
            UserScope scope = CurrentUser.scope();
            if (!outcome.ok()) {
                return new Preview(
                        before,
                        after,
                        List.of(),
                        null,
                        outcome.all().stream().map(messages::text).toList(),
                        List.of());
            }
            // Before the commit: the units as they stand, so a successor that exists today is not "new".
            List<String> existing = commands.stream()
                    .flatMap(c -> c.successorCodes().stream())
                    .filter(queries::exists)
                    .toList();
            engine.commit(outcome, commands, id, restructuringIds(id), false);
            return new Preview(
                    before,
                    after,
                    queries.list(after, null, null, scope),
                    statistics.between(before, after, scope),
                    List.of(),
                    commands.stream().map(c -> difference(c, existing)).toList());
        });
    }

    /** A command's units by name: the predecessors the day before it, the successors on its day. */
    private Difference difference(RestructuringCommand c, List<String> existing) {
        LocalDate dayBefore = c.effectiveDate().minusDays(1);
        List<Named> before = c.predecessors().stream()
                .map(code -> named(code, dayBefore, false))
                .toList();
        List<Named> after = c.successorCodes().stream()
                .map(code -> named(code, c.effectiveDate(), !existing.contains(code)))
                .toList();
        return new Difference(c.kind().name(), c.effectiveDate(), before, after);
    }

    private Named named(String code, LocalDate day, boolean established) {
        return queries.find(code, day)
                .map(v -> new Named(
                        code,
                        v.name(),
                        v.type(),
                        v.parentCode() == null
                                ? null
                                : queries.find(v.parentCode(), day)
                                        .map(p -> p.name())
                                        .orElse(null),
                        established))
                .orElse(new Named(code, null, null, null, established));
    }

    /**
     * Approves a proposed plan: applies all its changes in this one transaction, or none. Four eyes:
     * whoever proposed the plan may not approve it, whatever their roles (an ADMIN included).
     */
    @Transactional
    @PreAuthorize("hasRole('APPROVER')")
    public void approve(long id) {
        Plan plan = plan(id);
        if (!"PROPOSED".equals(plan.status())) {
            throw new BusinessRuleException("org.plan.notProposed", id);
        }
        if (plan.proposedBy().equals(CurrentUser.actor())) {
            throw new BusinessRuleException("org.plan.ownProposal", id);
        }
        List<RestructuringCommand> commands = commands(id);
        requireInScope(commands);
        RestructuringEngine.Outcome outcome = engine.dryRun(commands);
        refuseIfProblems(outcome);
        engine.commit(outcome, commands, id, restructuringIds(id), true);
        decide(id, "APPROVED");
        audit.record("APPROVE", "organization-plan", String.valueOf(id), plan, plan(id));
    }

    @Transactional
    @PreAuthorize("hasRole('APPROVER')")
    public void reject(long id) {
        Plan plan = plan(id);
        if (!"PROPOSED".equals(plan.status())) {
            throw new BusinessRuleException("org.plan.notProposed", id);
        }
        decide(id, "REJECTED");
        audit.record("REJECT", "organization-plan", String.valueOf(id), plan, plan(id));
    }

    private void decide(long id, String status) {
        jdbc.sql("UPDATE organization.plan SET status = :s, decided_by = :by, decided_at = now() WHERE id = :id")
                .param("s", status)
                .param("by", CurrentUser.actor())
                .param("id", id)
                .update();
    }

    private List<Long> restructuringIds(long planId) {
        return jdbc.sql("SELECT id FROM organization.restructuring WHERE plan_id = :id ORDER BY seq")
                .param("id", planId)
                .query(Long.class)
                .list();
    }

    /** The plan's changes as commands, in their recorded order. */
    List<RestructuringCommand> commands(long planId) {
        List<RestructuringCommand> commands = new ArrayList<>();
        for (Long rid : restructuringIds(planId)) {
            var r = jdbc.sql("""
                            SELECT kind, effective_date, legal_basis, decision_date, issuer, note
                            FROM organization.restructuring WHERE id = :id""")
                    .param("id", rid)
                    .query((rs, n) -> new Object[] {
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        new LegalBasis(
                                rs.getString(3),
                                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                                rs.getString(5)),
                        rs.getString(6)
                    })
                    .single();
            List<String> preds =
                    jdbc.sql("""
                            SELECT unit_code FROM organization.restructuring_unit
                            WHERE restructuring_id = :id AND role = 'PREDECESSOR' ORDER BY position""").param("id", rid).query(String.class).list();
            List<RestructuringCommand.Successor> succs = jdbc.sql("""
                            SELECT unit_code, name, short_name, type, parent_code, admin_unit_code, autonomy_group
                            FROM organization.restructuring_unit
                            WHERE restructuring_id = :id AND role = 'SUCCESSOR' ORDER BY position""")
                    .param("id", rid)
                    .query((rs, n) -> new RestructuringCommand.Successor(
                            rs.getString(1),
                            new Version.Attributes(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4) == null ? null : UnitType.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getString(6),
                                    (Integer) rs.getObject(7, Integer.class))))
                    .list();
            commands.add(new RestructuringCommand(
                    RestructuringKind.valueOf((String) r[0]),
                    (LocalDate) r[1],
                    preds,
                    succs,
                    (LegalBasis) r[2],
                    (String) r[3]));
        }
        return commands;
    }

    // ------------------------------------------------------------------------------------ rules

    /** Every existing unit a change names lies in the user's scope; new top-level units need a national user. */
    void requireInScope(List<RestructuringCommand> commands) {
        UserScope scope = CurrentUser.scope();
        for (RestructuringCommand c : commands) {
            for (String code : c.codes()) {
                Optional<String> path = queries.pathOf(code);
                if (path.isPresent() && !scope.includes(path.get())) {
                    throw new OutOfScopeException("organization " + code);
                }
            }
            if (!scope.includes("/")) {
                for (var s : c.successors()) {
                    boolean newRoot = !queries.exists(s.code())
                            && s.attributes().parentCode() == null
                            && c.predecessors().isEmpty();
                    if (newRoot) {
                        throw new OutOfScopeException("new top-level unit " + s.code());
                    }
                }
            }
        }
    }

    private static void refuseIfProblems(RestructuringEngine.Outcome outcome) {
        if (!outcome.ok()) {
            Problem p = outcome.all().get(0);
            throw new BusinessRuleException(p.messageKey(), ProblemMessages.shown(p.args()));
        }
    }

    private static final String PLAN_SELECT = """
            SELECT p.id, p.title, p.status, p.legal_basis, p.decision_date, p.issuer, p.note, p.proposed_by,
                   p.proposed_at, p.decided_by, p.decided_at,
                   (SELECT min(effective_date) FROM organization.restructuring WHERE plan_id = p.id),
                   (SELECT max(effective_date) FROM organization.restructuring WHERE plan_id = p.id),
                   (SELECT count(*) FROM organization.restructuring WHERE plan_id = p.id)
            FROM organization.plan p""";

    private static Plan plan(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Plan(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getObject(9, OffsetDateTime.class),
                rs.getString(10),
                rs.getObject(11, OffsetDateTime.class),
                rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate(),
                rs.getDate(13) == null ? null : rs.getDate(13).toLocalDate(),
                rs.getInt(14));
    }
}
