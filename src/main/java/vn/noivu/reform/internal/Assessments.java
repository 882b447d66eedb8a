package vn.noivu.reform.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reform.Appraisal;
import vn.noivu.reform.Assessment;
import vn.noivu.reform.AssessmentItem;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.Evidence;
import vn.noivu.reform.Method;
import vn.noivu.reform.SelfScore;

/**
 * Self-assessment and appraisal. The unit scores the criteria of its method with evidence and a
 * comment until the deadline and submits, which locks it; the evaluator adjusts points with a reason,
 * asks for more evidence (which reopens it to the unit) and finalises. Every change is audited.
 */
@Service
public class Assessments {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private record Row(long id, long methodId, String unitCode, String status) {}

    private final JdbcClient jdbc;
    private final ReformStore store;
    private final Rankings rankings;
    private final EvaluationScope scope;
    private final AuditLog audit;

    Assessments(JdbcClient jdbc, ReformStore store, Rankings rankings, EvaluationScope scope, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.rankings = rankings;
        this.scope = scope;
        this.audit = audit;
    }

    /** The unit's assessment of the year, created (as a draft) when the unit opens it the first time. */
    @Transactional
    public Assessment open(int year, EvaluatedSet set, String owner, String unitCode) {
        Method method = store.method(year, set, owner)
                .orElseThrow(() -> new BusinessRuleException(
                        "year", "reform.assessment.noMethod", new Object[] {String.valueOf(year)}));
        Optional<Long> id = jdbc.sql("SELECT id FROM reform.assessment WHERE method_id = :m AND unit_code = :u")
                .param("m", method.id())
                .param("u", unitCode)
                .query(Long.class)
                .optional();
        if (id.isPresent()) {
            return get(id.get());
        }
        if (!scope.mayAssess(set, owner, unitCode)) {
            throw new OutOfScopeException(unitCode);
        }
        if (!rankings.names(year, set, owner).containsKey(unitCode)) {
            throw new BusinessRuleException("unitCode", "reform.assessment.unknownUnit", new Object[] {unitCode});
        }
        long created = jdbc.sql("INSERT INTO reform.assessment (method_id, unit_code) VALUES (:m, :u) RETURNING id")
                .param("m", method.id())
                .param("u", unitCode)
                .query(Long.class)
                .single();
        audit.record(
                "CREATE",
                "reform.assessment",
                String.valueOf(created),
                null,
                Map.of("year", year, "set", set.name(), "unit", unitCode));
        return get(created);
    }

    /** An assessment, to its unit, its evaluator and the Ministry. */
    @Transactional(readOnly = true)
    public Assessment get(long id) {
        Row row = rowOf(id, "");
        Method method = store.method(row.methodId()).orElseThrow();
        if (!scope.mayAssess(method.set(), method.ownerCode(), row.unitCode())
                && !scope.mayEvaluate(method.set(), method.ownerCode())
                && !CurrentUser.scope().isNational()) {
            throw new NotFoundException("assessment", id);
        }
        Map<String, Map<String, Object>> items = new HashMap<>();
        jdbc.sql("""
                        SELECT criterion_code, self_points, comment, appraised_points, reason, evidence_request
                        FROM reform.assessment_item WHERE assessment_id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("self", rs.getBigDecimal(2));
                    m.put("comment", rs.getString(3));
                    m.put("appraised", rs.getBigDecimal(4));
                    m.put("reason", rs.getString(5));
                    m.put("request", rs.getString(6));
                    return items.put(rs.getString(1), m);
                })
                .list();
        Map<String, List<Evidence>> evidence = new HashMap<>();
        jdbc.sql("SELECT id, criterion_code, link, filename FROM reform.evidence WHERE assessment_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> evidence.computeIfAbsent(rs.getString(2), k -> new java.util.ArrayList<>())
                        .add(new Evidence(rs.getLong(1), rs.getString(3), rs.getString(4))))
                .list();
        List<AssessmentItem> list = leaves(method).stream()
                .filter(c -> c.kind().assessed())
                .map(c -> {
                    Map<String, Object> m = items.getOrDefault(c.code(), Map.of());
                    return new AssessmentItem(
                            c.code(),
                            c.name(),
                            c.maxPoints(),
                            c.kind(),
                            (BigDecimal) m.get("self"),
                            (String) m.get("comment"),
                            (BigDecimal) m.get("appraised"),
                            (String) m.get("reason"),
                            (String) m.get("request"),
                            evidence.getOrDefault(c.code(), List.of()));
                })
                .toList();
        String name = rankings.names(method.year(), method.set(), method.ownerCode())
                .getOrDefault(row.unitCode(), row.unitCode());
        return new Assessment(
                id,
                method.year(),
                method.set(),
                method.ownerCode(),
                row.unitCode(),
                name,
                row.status(),
                method.deadline(),
                list);
    }

    /**
     * The assessments the user may see, latest year first: the unit's own, and those its level
     * evaluates (the Ministry sees all; a province its own departments' and communes').
     */
    @Transactional(readOnly = true)
    public List<vn.noivu.reform.AssessmentSummary> list() {
        var user = CurrentUser.scope();
        record Line(
                long id,
                int year,
                String setCode,
                String ownerCode,
                String unitCode,
                String status,
                LocalDate deadline,
                BigDecimal selfPoints,
                BigDecimal counted,
                long appraised) {}
        List<Line> lines = jdbc.sql("""
                        SELECT a.id, m.year, m.set_code, m.owner_code, a.unit_code, a.status, m.deadline,
                               sum(i.self_points) AS self_points,
                               sum(coalesce(i.appraised_points, i.self_points)) AS counted,
                               count(i.appraised_points) AS appraised
                        FROM reform.assessment a
                        JOIN reform.method m ON m.id = a.method_id
                        LEFT JOIN reform.assessment_item i ON i.assessment_id = a.id
                        WHERE :national OR a.unit_code = :code OR m.owner_code = :code
                        GROUP BY a.id, m.year, m.set_code, m.owner_code, a.unit_code, a.status, m.deadline
                        ORDER BY m.year DESC, m.set_code, m.owner_code, a.unit_code""")
                .param("national", user.isNational())
                .param("code", user.code() == null ? "" : user.code())
                .query(Line.class)
                .list();
        Map<String, Map<String, String>> names = new HashMap<>();
        return lines.stream()
                .map(l -> {
                    EvaluatedSet set = EvaluatedSet.valueOf(l.setCode());
                    String name = names.computeIfAbsent(
                                    l.year() + "/" + l.setCode() + "/" + l.ownerCode(),
                                    k -> rankings.names(l.year(), set, l.ownerCode()))
                            .getOrDefault(l.unitCode(), l.unitCode());
                    return new vn.noivu.reform.AssessmentSummary(
                            l.id(),
                            l.year(),
                            set,
                            l.ownerCode(),
                            l.unitCode(),
                            name,
                            l.status(),
                            l.deadline(),
                            l.selfPoints(),
                            l.appraised() > 0 ? l.counted() : null);
                })
                .toList();
    }

    /** The unit scores a criterion (with its comment and links), while the assessment is open to it. */
    @Transactional
    public Assessment score(long id, String criterion, SelfScore score) {
        Row row = row(id);
        Method method = forUnit(row);
        Criterion c = assessedLeaf(method, criterion);
        BigDecimal points = checkPoints(score.points(), c, "points");
        Map<String, Object> before = item(id, criterion);
        jdbc.sql("""
                        INSERT INTO reform.assessment_item (assessment_id, criterion_code, self_points, comment)
                        VALUES (:a, :c, :p, :comment)
                        ON CONFLICT (assessment_id, criterion_code)
                        DO UPDATE SET self_points = EXCLUDED.self_points, comment = EXCLUDED.comment""")
                .param("a", id)
                .param("c", criterion)
                .param("p", points)
                .param("comment", trimmed(score.comment(), 4000, "comment"))
                .update();
        if (score.links() != null) {
            for (String link : score.links()) {
                addLink(id, criterion, link);
            }
        }
        audit.record("UPDATE", "reform.assessment", id + "/" + criterion, before, item(id, criterion), "Tự chấm điểm");
        return get(id);
    }

    private void addLink(long id, String criterion, String link) {
        String l = trimmed(link, 2000, "links");
        if (l == null || !(l.startsWith("https://") || l.startsWith("http://"))) {
            throw new BusinessRuleException("links", "reform.assessment.link", new Object[] {String.valueOf(link)});
        }
        jdbc.sql("""
                        INSERT INTO reform.evidence (assessment_id, criterion_code, link, added_by)
                        VALUES (:a, :c, :l, :by)""")
                .param("a", id)
                .param("c", criterion)
                .param("l", l)
                .param("by", CurrentUser.actor())
                .update();
    }

    /** The unit attaches a file as evidence of a criterion. */
    @Transactional
    public Evidence attach(long id, String criterion, String filename, String mediaType, byte[] content) {
        Row row = row(id);
        Method method = forUnit(row);
        assessedLeaf(method, criterion);
        if (content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException(
                    "file", "reform.assessment.fileSize", new Object[] {MAX_FILE_BYTES / 1024 / 1024});
        }
        String name = filename == null || filename.isBlank() ? "tep" : filename.replaceAll("[\\\\/\\r\\n\"]", "_");
        long eid = jdbc.sql("""
                        INSERT INTO reform.evidence (assessment_id, criterion_code, filename, media_type, content, added_by)
                        VALUES (:a, :c, :f, :t, :b, :by) RETURNING id""")
                .param("a", id)
                .param("c", criterion)
                .param("f", trimmed(name, 255, "file"))
                .param("t", mediaType == null ? "application/octet-stream" : mediaType)
                .param("b", content)
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        audit.record(
                "CREATE",
                "reform.evidence",
                String.valueOf(eid),
                null,
                Map.of("assessment", id, "criterion", criterion, "file", name, "bytes", content.length));
        return new Evidence(eid, null, name);
    }

    /** An attached file of an assessment the user may read: name, media type and bytes. */
    @Transactional(readOnly = true)
    public Optional<Object[]> file(long id, long evidenceId) {
        get(id); // checks scope
        return jdbc.sql("""
                        SELECT filename, media_type, content FROM reform.evidence
                        WHERE id = :e AND assessment_id = :a AND content IS NOT NULL""")
                .param("e", evidenceId)
                .param("a", id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)})
                .optional();
    }

    /** The unit submits: the assessment is locked to it and counts in the index. */
    @Transactional
    public Assessment submit(long id) {
        Row row = row(id);
        forUnit(row);
        setStatus(row, "SUBMITTED", "submitted");
        return get(id);
    }

    /** The evaluator adjusts a criterion's points; a reason is required when they differ from the unit's. */
    @Transactional
    public Assessment appraise(long id, String criterion, Appraisal appraisal) {
        Row row = row(id);
        Method method = forEvaluator(row, "SUBMITTED");
        Criterion c = assessedLeaf(method, criterion);
        BigDecimal points = checkPoints(appraisal.points(), c, "points");
        Map<String, Object> before = item(id, criterion);
        BigDecimal self = before == null ? null : (BigDecimal) before.get("self_points");
        String reason = trimmed(appraisal.reason(), 4000, "reason");
        if (reason == null && (self == null || self.compareTo(points) != 0)) {
            throw new BusinessRuleException("reason", "reform.assessment.reasonRequired", new Object[0]);
        }
        jdbc.sql("""
                        INSERT INTO reform.assessment_item (assessment_id, criterion_code, appraised_points, reason)
                        VALUES (:a, :c, :p, :r)
                        ON CONFLICT (assessment_id, criterion_code)
                        DO UPDATE SET appraised_points = EXCLUDED.appraised_points, reason = EXCLUDED.reason""")
                .param("a", id)
                .param("c", criterion)
                .param("p", points)
                .param("r", reason)
                .update();
        audit.record(
                "UPDATE",
                "reform.assessment",
                id + "/" + criterion,
                before,
                item(id, criterion),
                // Confirming the unit's points needs no reason; the trail must not read "null".
                reason == null ? "Thẩm định: giữ nguyên điểm tự đánh giá" : "Thẩm định: " + reason);
        return get(id);
    }

    /** The evaluator asks for more evidence of a criterion: the assessment reopens to the unit. */
    @Transactional
    public Assessment requestEvidence(long id, String criterion, String message) {
        Row row = row(id);
        Method method = forEvaluator(row, "SUBMITTED");
        assessedLeaf(method, criterion);
        String text = trimmed(message, 4000, "message");
        if (text == null) {
            throw new BusinessRuleException("message", "reform.assessment.messageRequired", new Object[0]);
        }
        jdbc.sql("""
                        INSERT INTO reform.assessment_item (assessment_id, criterion_code, evidence_request)
                        VALUES (:a, :c, :m)
                        ON CONFLICT (assessment_id, criterion_code) DO UPDATE SET evidence_request = EXCLUDED.evidence_request""").param("a", id).param("c", criterion).param("m", text).update();
        setStatus(row, "MORE_EVIDENCE", null);
        audit.record(
                "UPDATE",
                "reform.assessment",
                id + "/" + criterion,
                null,
                Map.of("evidenceRequest", text),
                "Yêu cầu bổ sung tài liệu kiểm chứng");
        return get(id);
    }

    /** The evaluator finalises the appraisal. */
    @Transactional
    public Assessment finalise(long id) {
        Row row = row(id);
        forEvaluator(row, "SUBMITTED");
        setStatus(row, "FINAL", "finalised");
        return get(id);
    }

    // ---- rules ----

    private Method forUnit(Row row) {
        Method method = store.method(row.methodId()).orElseThrow();
        if (!scope.mayAssess(method.set(), method.ownerCode(), row.unitCode())) {
            throw new OutOfScopeException(row.unitCode());
        }
        if (!row.status().equals("DRAFT") && !row.status().equals("MORE_EVIDENCE")) {
            throw new BusinessRuleException("status", "reform.assessment.locked", new Object[0]);
        }
        // The deadline closes the first submission; evidence asked for afterwards may still come.
        if (row.status().equals("DRAFT")
                && method.deadline() != null
                && LocalDate.now(VIETNAM).isAfter(method.deadline())) {
            throw new BusinessRuleException("deadline", "reform.assessment.pastDeadline", new Object[] {
                method.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            });
        }
        return method;
    }

    private Method forEvaluator(Row row, String status) {
        Method method = store.method(row.methodId()).orElseThrow();
        if (!scope.mayEvaluate(method.set(), method.ownerCode())) {
            throw new OutOfScopeException(row.unitCode());
        }
        if (!row.status().equals(status)) {
            throw new BusinessRuleException("status", "reform.assessment.notSubmitted", new Object[0]);
        }
        return method;
    }

    private static List<Criterion> leaves(Method method) {
        return method.criteria().stream()
                .filter(c -> IndexCalculator.children(method, c.code()).isEmpty())
                .toList();
    }

    private static Criterion assessedLeaf(Method method, String code) {
        return leaves(method).stream()
                .filter(c -> c.code().equals(code) && c.kind().assessed())
                .findFirst()
                .orElseThrow(() ->
                        new BusinessRuleException("criterion", "reform.assessment.criterion", new Object[] {code}));
    }

    private static BigDecimal checkPoints(BigDecimal points, Criterion c, String field) {
        if (points == null || points.signum() < 0 || points.compareTo(c.maxPoints()) > 0 || points.scale() > 2) {
            throw new BusinessRuleException(field, "reform.assessment.points", new Object[] {
                c.code(), c.maxPoints().toPlainString()
            });
        }
        return points;
    }

    private static String trimmed(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new BusinessRuleException(field, "reform.assessment.tooLong", new Object[] {max});
        }
        return value.trim();
    }

    private void setStatus(Row row, String status, String stamp) {
        String sql = "UPDATE reform.assessment SET status = :s"
                + (stamp == null ? "" : ", " + stamp + "_at = now(), " + stamp + "_by = :by")
                + " WHERE id = :id";
        jdbc.sql(sql)
                .param("s", status)
                .param("by", CurrentUser.actor())
                .param("id", row.id())
                .update();
        audit.record(
                "UPDATE",
                "reform.assessment",
                String.valueOf(row.id()),
                Map.of("status", row.status()),
                Map.of("status", status));
    }

    /** The assessment, locked against a concurrent change of its status. */
    private Row row(long id) {
        return rowOf(id, " FOR UPDATE");
    }

    private Row rowOf(long id, String lock) {
        return jdbc.sql("SELECT id, method_id, unit_code, status FROM reform.assessment WHERE id = :id" + lock)
                .param("id", id)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("assessment", id));
    }

    private Map<String, Object> item(long id, String criterion) {
        return jdbc.sql("""
                        SELECT self_points, comment, appraised_points, reason, evidence_request
                        FROM reform.assessment_item WHERE assessment_id = :a AND criterion_code = :c""")
                .param("a", id)
                .param("c", criterion)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("self_points", rs.getBigDecimal(1));
                    m.put("comment", rs.getString(2));
                    m.put("appraised_points", rs.getBigDecimal(3));
                    m.put("reason", rs.getString(4));
                    m.put("evidence_request", rs.getString(5));
                    return m;
                })
                .optional()
                .orElse(null);
    }
}
