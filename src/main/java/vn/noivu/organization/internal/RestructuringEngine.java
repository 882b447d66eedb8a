package vn.noivu.organization.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.organization.OrganizationsRestructured;
import vn.noivu.platform.security.CurrentUser;

/**
 * Runs restructurings the same way whatever their source (API, plan approval, import): applies them in
 * date order to a {@link Timeline}, validates the result as a whole, and only then records them and
 * writes the histories. Nothing is written when a single rule is broken.
 */
@Component
public class RestructuringEngine {

    private final VersionStore store;
    private final HistoryWriter writer;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AdminUnitCheck adminUnits;

    RestructuringEngine(
            VersionStore store,
            HistoryWriter writer,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            AdminUnitCheck adminUnits) {
        this.store = store;
        this.writer = writer;
        this.jdbc = jdbc;
        this.events = events;
        this.adminUnits = adminUnits;
    }

    /** The result of a dry run: the changed timeline and the problems by command index. */
    public record Outcome(Timeline timeline, Map<Integer, List<Problem>> problems, List<Integer> order) {

        public boolean ok() {
            return problems.isEmpty();
        }

        public List<Problem> all() {
            return problems.values().stream().flatMap(List::stream).toList();
        }
    }

    public Timeline newTimeline() {
        return new Timeline(store, adminUnits);
    }

    /** Applies the commands (in date order, stable) in memory and validates; writes nothing. */
    public Outcome dryRun(List<RestructuringCommand> commands) {
        Timeline t = newTimeline();
        Map<Integer, List<Problem>> problems = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) ->
                commands.get(a).effectiveDate().compareTo(commands.get(b).effectiveDate()));
        Map<String, Integer> lastTouch = new HashMap<>();
        for (int i : order) {
            RestructuringCommand c = commands.get(i);
            try {
                Restructurer.apply(t, c, provisionalId(i));
                for (String code : c.codes()) {
                    lastTouch.put(code, i);
                }
            } catch (TimelineException e) {
                problems.computeIfAbsent(i, k -> new ArrayList<>()).add(e.problem());
            }
        }
        if (problems.isEmpty()) {
            t.derive();
            for (Problem p : t.validate()) {
                Integer at = lastTouch.get(p.unitCode());
                if (at == null && p.related() != null) {
                    at = lastTouch.get(p.related());
                }
                problems.computeIfAbsent(at == null ? order.get(order.size() - 1) : at, k -> new ArrayList<>())
                        .add(p);
            }
        }
        return new Outcome(t, problems, order);
    }

    static long provisionalId(int index) {
        return -(index + 1L);
    }

    /**
     * Records the commands (applied) and writes the outcome of a successful dry run. {@code planId}
     * links them to a plan; {@code existingIds} are the ids of already recorded (planned) commands.
     */
    public List<Long> commit(
            Outcome outcome,
            List<RestructuringCommand> commands,
            Long planId,
            List<Long> existingIds,
            boolean publish) {
        if (!outcome.ok()) {
            throw new IllegalStateException("commit of a refused outcome");
        }
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, RestructuringKind> kinds = new HashMap<>();
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            RestructuringCommand c = commands.get(i);
            long id = existingIds != null ? existingIds.get(i) : record(c, planId, i, true);
            if (existingIds != null) {
                jdbc.sql("UPDATE organization.restructuring SET applied = true WHERE id = :id")
                        .param("id", id)
                        .update();
            }
            ids.put(provisionalId(i), id);
            kinds.put(id, c.kind());
            recorded.add(id);
        }
        writer.write(outcome.timeline(), ids, kinds);
        if (publish && !recorded.isEmpty()) {
            events.publishEvent(new OrganizationsRestructured(
                    recorded,
                    List.copyOf(outcome.timeline().changed()),
                    commands.stream()
                            .map(RestructuringCommand::effectiveDate)
                            .min(java.util.Comparator.naturalOrder())
                            .orElse(null)));
        }
        return recorded;
    }

    /** Inserts a restructuring record with its predecessors and successors; returns its id. */
    public long record(RestructuringCommand c, Long planId, int seq, boolean applied) {
        long id = jdbc.sql("""
                        INSERT INTO organization.restructuring
                            (plan_id, seq, kind, effective_date, legal_basis, decision_date, issuer, note, applied,
                             fingerprint, created_by)
                        VALUES (:plan, :seq, :kind, :date, :basis, :decisionDate, :issuer, :note, :applied,
                                :fingerprint, :by)
                        RETURNING id""")
                .param("plan", planId)
                .param("seq", seq)
                .param("kind", c.kind().name())
                .param("date", Date.valueOf(c.effectiveDate()))
                .param("basis", c.legalBasis().number())
                .param(
                        "decisionDate",
                        c.legalBasis().date() == null
                                ? null
                                : Date.valueOf(c.legalBasis().date()))
                .param("issuer", c.legalBasis().issuer())
                .param("note", c.note())
                .param("applied", applied)
                .param("fingerprint", planId == null ? fingerprint(c) : null)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        int position = 0;
        for (String p : c.predecessors()) {
            jdbc.sql("""
                            INSERT INTO organization.restructuring_unit (restructuring_id, role, position, unit_code)
                            VALUES (:id, 'PREDECESSOR', :pos, :code)""")
                    .param("id", id)
                    .param("pos", position++)
                    .param("code", p)
                    .update();
        }
        position = 0;
        for (var s : c.successors()) {
            var a = s.attributes();
            jdbc.sql("""
                            INSERT INTO organization.restructuring_unit
                                (restructuring_id, role, position, unit_code, name, short_name, type, parent_code,
                                 admin_unit_code, autonomy_group)
                            VALUES (:id, 'SUCCESSOR', :pos, :code, :name, :short, :type, :parent, :admin, :group)""")
                    .param("id", id)
                    .param("pos", position++)
                    .param("code", s.code())
                    .param("name", a.name())
                    .param("short", a.shortName())
                    .param("type", a.type() == null ? null : a.type().name())
                    .param("parent", a.parentCode())
                    .param("admin", a.adminUnitCode())
                    .param("group", a.autonomyGroup())
                    .update();
        }
        return id;
    }

    /** Which of these fingerprints are already recorded (imports skip those rows). */
    public Set<String> recordedFingerprints(List<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("SELECT fingerprint FROM organization.restructuring WHERE fingerprint = ANY(:f)")
                        .param("f", fingerprints.toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    /** A stable digest of what a command does, so that importing it twice records it once. */
    public static String fingerprint(RestructuringCommand c) {
        StringBuilder s = new StringBuilder();
        s.append(c.kind()).append('|').append(c.effectiveDate()).append('|');
        s.append(String.join(";", c.predecessors())).append('|');
        for (var succ : c.successors()) {
            var a = succ.attributes();
            s.append(succ.code())
                    .append(',')
                    .append(Objects.toString(a.name(), ""))
                    .append(',')
                    .append(Objects.toString(a.shortName(), ""))
                    .append(',')
                    .append(a.type() == null ? "" : a.type().name())
                    .append(',')
                    .append(Objects.toString(a.parentCode(), ""))
                    .append(',')
                    .append(Objects.toString(a.adminUnitCode(), ""))
                    .append(',')
                    .append(Objects.toString(a.autonomyGroup(), ""))
                    .append(';');
        }
        s.append('|').append(Objects.toString(c.legalBasis().number(), ""));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
