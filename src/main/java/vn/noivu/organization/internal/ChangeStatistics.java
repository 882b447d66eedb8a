package vn.noivu.organization.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.security.UserScope;

/**
 * "What changed between D1 and D2" for a scope, per tier and type: units in force on D1 (before) and
 * on D2 (after), created and abolished in between (abolished split by how: merged, split, dissolved,
 * continued under another code), and units whose tier or type changed (reclassified in/out), so that
 * {@code after = before + created - abolished + reclassifiedIn - reclassifiedOut}. A scope is a subtree
 * of today's tree: a province's figures include the history of the provinces merged into it.
 * "Between" is the half-open (D1, D2]: a unit established on D2 counts, one established on D1 does not.
 */
@Component
@Transactional(readOnly = true)
public class ChangeStatistics {

    private final JdbcClient jdbc;

    ChangeStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the statistics. */
    public record Line(
            String tier,
            String type,
            int before,
            int after,
            int created,
            int abolished,
            int merged,
            int split,
            int dissolved,
            int reclassifiedIn,
            int reclassifiedOut) {

        public int net() {
            return after - before;
        }

        /** The figure named {@code measure} (before, created, …, after). */
        public int value(String measure) {
            return switch (measure) {
                case "before" -> before;
                case "after" -> after;
                case "created" -> created;
                case "abolished" -> abolished;
                case "merged" -> merged;
                case "split" -> split;
                case "dissolved" -> dissolved;
                case "reclassifiedIn" -> reclassifiedIn;
                case "reclassifiedOut" -> reclassifiedOut;
                default -> throw new IllegalArgumentException(measure);
            };
        }

        public static final List<String> MEASURES = List.of(
                "before",
                "created",
                "abolished",
                "merged",
                "split",
                "dissolved",
                "reclassifiedIn",
                "reclassifiedOut",
                "after");

        Line plus(Line o) {
            return new Line(
                    tier,
                    type,
                    before + o.before,
                    after + o.after,
                    created + o.created,
                    abolished + o.abolished,
                    merged + o.merged,
                    split + o.split,
                    dissolved + o.dissolved,
                    reclassifiedIn + o.reclassifiedIn,
                    reclassifiedOut + o.reclassifiedOut);
        }
    }

    /** Lines per (tier, type), then per type, then the total. */
    public record Figures(List<Line> byTierAndType, List<Line> byType, Line total) {}

    public Figures between(LocalDate from, LocalDate to, UserScope scope) {
        return between(List.of(from), to, scope).get(0);
    }

    /**
     * The figures from each of several days to the same {@code to} (the annual review compares a year
     * with two baselines), in one scan of the versions instead of one per day; element i is from
     * {@code froms.get(i)}, the same figures {@link #between(LocalDate, LocalDate, UserScope)} gives.
     */
    public List<Figures> between(List<LocalDate> froms, LocalDate to, UserScope scope) {
        String filter = scope.isNational() || "/".equals(scope.path())
                ? ""
                : "WHERE v.unit_code IN (SELECT code FROM organization.unit u WHERE " + ScopeRange.on("u") + ")";
        // Per day: before, created, abolished, merged, split, dissolved, reclassified in and out; after
        // (the same for all days) once.
        StringBuilder columns = new StringBuilder(
                "count(*) FILTER (WHERE v.valid_from <= :d2 AND (v.valid_to IS NULL OR v.valid_to > :d2))");
        for (int i = 0; i < froms.size(); i++) {
            String d1 = ":d1_" + i;
            columns.append("""
                    ,
                      count(*) FILTER (WHERE v.valid_from <= D1 AND (v.valid_to IS NULL OR v.valid_to > D1)),
                      count(*) FILTER (WHERE v.is_first AND v.valid_from > D1 AND v.valid_from <= :d2),
                      count(*) FILTER (WHERE v.is_last AND v.valid_to > D1 AND v.valid_to <= :d2),
                      count(*) FILTER (WHERE v.is_last AND v.valid_to > D1 AND v.valid_to <= :d2 AND v.ended_kind = 'MERGE'),
                      count(*) FILTER (WHERE v.is_last AND v.valid_to > D1 AND v.valid_to <= :d2 AND v.ended_kind = 'SPLIT'),
                      count(*) FILTER (WHERE v.is_last AND v.valid_to > D1 AND v.valid_to <= :d2 AND v.ended_kind = 'DISSOLVE'),
                      count(*) FILTER (WHERE v.class_in AND v.valid_from > D1 AND v.valid_from <= :d2),
                      count(*) FILTER (WHERE v.class_out AND v.valid_to > D1 AND v.valid_to <= :d2)""".replace("D1", d1));
        }
        var spec = jdbc.sql("SELECT v.tier, v.type, " + columns + " FROM organization.unit_version v " + filter
                        + " GROUP BY v.tier, v.type")
                .param("d2", Date.valueOf(to));
        for (int i = 0; i < froms.size(); i++) {
            spec = spec.param("d1_" + i, Date.valueOf(froms.get(i)));
        }
        if (!filter.isEmpty()) {
            spec = spec.param("scopeLo", ScopeRange.of(scope).lo())
                    .param("scopeHi", ScopeRange.of(scope).hi());
        }
        List<List<Line>> perDay = new ArrayList<>();
        froms.forEach(f -> perDay.add(new ArrayList<>()));
        spec.query(rs -> {
            int after = rs.getInt(3);
            for (int i = 0; i < froms.size(); i++) {
                int c = 4 + 8 * i;
                perDay.get(i)
                        .add(new Line(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getInt(c),
                                after,
                                rs.getInt(c + 1),
                                rs.getInt(c + 2),
                                rs.getInt(c + 3),
                                rs.getInt(c + 4),
                                rs.getInt(c + 5),
                                rs.getInt(c + 6),
                                rs.getInt(c + 7)));
            }
        });
        List<Figures> out = new ArrayList<>();
        perDay.forEach(lines -> out.add(figures(lines)));
        return out;
    }

    private static Figures figures(List<Line> lines) {
        lines.removeIf(l ->
                l.before() + l.after() + l.created() + l.abolished() + l.reclassifiedIn() + l.reclassifiedOut() == 0);
        lines.sort((a, b) -> {
            int t = Tier.valueOf(a.tier()).compareTo(Tier.valueOf(b.tier()));
            return t != 0 ? t : UnitType.valueOf(a.type()).compareTo(UnitType.valueOf(b.type()));
        });
        Map<String, Line> byType = new LinkedHashMap<>();
        for (UnitType type : UnitType.values()) {
            for (Line l : lines) {
                if (l.type().equals(type.name())) {
                    // Moving between tiers inside one type is not a change of the type's count.
                    Line plain = new Line(
                            null,
                            l.type(),
                            l.before(),
                            l.after(),
                            l.created(),
                            l.abolished(),
                            l.merged(),
                            l.split(),
                            l.dissolved(),
                            l.reclassifiedIn(),
                            l.reclassifiedOut());
                    byType.merge(type.name(), plain, Line::plus);
                }
            }
        }
        Line total = new Line(null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Line l : lines) {
            total = total.plus(l);
        }
        return new Figures(lines, List.copyOf(byType.values()), total);
    }

    /** A unit behind a figure, with the restructuring that made it count. */
    public record Unit(
            String code,
            String name,
            String tier,
            String type,
            LocalDate date,
            Long restructuringId,
            String kind,
            String legalBasis) {}

    /**
     * The units behind one figure: measure = before | after | created | abolished | merged | split |
     * dissolved | reclassifiedIn | reclassifiedOut; tier and type narrow it (null = all).
     */
    public List<Unit> units(LocalDate from, LocalDate to, UserScope scope, String tier, String type, String measure) {
        String condition = switch (measure) {
            case "before" -> "v.valid_from <= :d1 AND (v.valid_to IS NULL OR v.valid_to > :d1)";
            case "after" -> "v.valid_from <= :d2 AND (v.valid_to IS NULL OR v.valid_to > :d2)";
            case "created" -> "v.is_first AND v.valid_from > :d1 AND v.valid_from <= :d2";
            case "abolished" -> "v.is_last AND v.valid_to > :d1 AND v.valid_to <= :d2";
            case "merged" -> "v.is_last AND v.valid_to > :d1 AND v.valid_to <= :d2 AND v.ended_kind = 'MERGE'";
            case "split" -> "v.is_last AND v.valid_to > :d1 AND v.valid_to <= :d2 AND v.ended_kind = 'SPLIT'";
            case "dissolved" ->
                "v.is_last AND v.valid_to > :d1 AND v.valid_to <= :d2" + " AND v.ended_kind = 'DISSOLVE'";
            case "reclassifiedIn" -> "v.class_in AND v.valid_from > :d1 AND v.valid_from <= :d2";
            case "reclassifiedOut" -> "v.class_out AND v.valid_to > :d1 AND v.valid_to <= :d2";
            default -> throw new vn.noivu.platform.web.BusinessRuleException("org.changes.measure", measure);
        };
        String dateAndCause = switch (measure) {
            case "created" -> "v.valid_from AS d, u.created_by_restructuring AS rid";
            case "abolished", "merged", "split", "dissolved" -> "v.valid_to AS d, u.ended_by_restructuring AS rid";
            case "reclassifiedIn" -> "v.valid_from AS d, v.restructuring_id AS rid";
            case "reclassifiedOut" ->
                "v.valid_to AS d, (SELECT n.restructuring_id"
                        + " FROM organization.unit_version n"
                        + " WHERE n.unit_code = v.unit_code AND n.valid_from = v.valid_to) AS rid";
            default -> "CAST(NULL AS date) AS d, CAST(NULL AS bigint) AS rid";
        };
        return jdbc.sql("""
                        SELECT s.unit_code, s.name, s.tier, s.type, s.d, s.rid, r.kind, r.legal_basis FROM (
                            SELECT v.unit_code, v.name, v.tier, v.type, %s
                            FROM organization.unit_version v JOIN organization.unit u ON u.code = v.unit_code
                            WHERE u.path LIKE :scope AND %s
                              AND (CAST(:tier AS text) IS NULL OR v.tier = :tier)
                              AND (CAST(:type AS text) IS NULL OR v.type = :type)
                        ) s
                        LEFT JOIN organization.restructuring r ON r.id = s.rid
                        ORDER BY s.d NULLS FIRST, s.unit_code""".formatted(dateAndCause, condition))
                .param("d1", Date.valueOf(from))
                .param("d2", Date.valueOf(to))
                .param("scope", scope.likePattern())
                .param("tier", tier)
                .param("type", type)
                .query((rs, n) -> new Unit(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        (Long) rs.getObject(6, Long.class),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** A restructuring record, with the codes on each side. */
    public record Record(
            long id,
            String kind,
            LocalDate effectiveDate,
            String legalBasis,
            LocalDate decisionDate,
            String issuer,
            String note,
            List<String> predecessors,
            List<String> successors) {}

    /** Applied restructurings effective in (from, to] that touch a unit of the scope. */
    public List<Record> records(LocalDate from, LocalDate to, UserScope scope, int limit) {
        return jdbc.sql("""
                        SELECT r.id, r.kind, r.effective_date, r.legal_basis, r.decision_date, r.issuer, r.note,
                          (SELECT string_agg(unit_code, ';' ORDER BY position) FROM organization.restructuring_unit
                            WHERE restructuring_id = r.id AND role = 'PREDECESSOR'),
                          (SELECT string_agg(unit_code, ';' ORDER BY position) FROM organization.restructuring_unit
                            WHERE restructuring_id = r.id AND role = 'SUCCESSOR')
                        FROM organization.restructuring r
                        WHERE r.applied AND r.effective_date > :d1 AND r.effective_date <= :d2
                          AND EXISTS (SELECT 1 FROM organization.restructuring_unit ru
                                      JOIN organization.unit u ON u.code = ru.unit_code
                                      WHERE ru.restructuring_id = r.id AND u.path LIKE :scope)
                        ORDER BY r.effective_date, r.id
                        LIMIT :limit""")
                .param("d1", Date.valueOf(from))
                .param("d2", Date.valueOf(to))
                .param("scope", scope.likePattern())
                .param("limit", limit)
                .query((rs, n) -> new Record(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getString(6),
                        rs.getString(7),
                        OrgQueries.split(rs.getString(8)),
                        OrgQueries.split(rs.getString(9))))
                .list();
    }

    /** One restructuring record by id (no scope: callers check it). */
    public java.util.Optional<Record> record(long id) {
        return jdbc.sql("""
                        SELECT r.id, r.kind, r.effective_date, r.legal_basis, r.decision_date, r.issuer, r.note,
                          (SELECT string_agg(unit_code, ';' ORDER BY position) FROM organization.restructuring_unit
                            WHERE restructuring_id = r.id AND role = 'PREDECESSOR'),
                          (SELECT string_agg(unit_code, ';' ORDER BY position) FROM organization.restructuring_unit
                            WHERE restructuring_id = r.id AND role = 'SUCCESSOR')
                        FROM organization.restructuring r WHERE r.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Record(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getString(6),
                        rs.getString(7),
                        OrgQueries.split(rs.getString(8)),
                        OrgQueries.split(rs.getString(9))))
                .optional();
    }
}
