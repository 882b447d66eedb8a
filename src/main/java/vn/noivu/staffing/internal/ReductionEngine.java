package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes comparable baselines and current figures of a scope (docs/staffing-comparability.md).
 *
 * <ul>
 *   <li>Current figures (year Y1) are the quotas of the units placed in the scope: a quota of Y1 is held
 *       by a unit in force on 31/12/Y1, which is where it is counted.
 *   <li>Baselines (year Y0): most units are still in force at the end of Y1 and untouched since Y0;
 *       their quotas are summed in SQL by their scope path. Only units that ended, or were split, after
 *       Y0 are redistributed in Java along the lineage ({@link Attribution}); for a scope, only those
 *       whose posts may land in it are read: units under the scope, and units under predecessors whose
 *       lineage leads into it.
 *   <li>The national totals need no redistribution (every post stays in the country) and come from
 *       {@code staffing.year_total}.
 * </ul>
 */
@Component
public class ReductionEngine {

    /** Posts of a category in one group of a scope: baseline (held in Y0) and current (held in Y1). */
    public static final class Cell {
        public long baseline;
        public long current;
    }

    /** One quota row as counted in a scope, with the unit that carries it on the comparison date. */
    public record Contribution(
            String orgCode,
            int year,
            String category,
            long assigned,
            String carrierCode,
            String carrierPath,
            long share) {}

    /** A contribution with the names and the decision behind it, for drill-down lists. */
    public record Detailed(
            Contribution contribution,
            String orgName,
            String carrierName,
            String legalBasis,
            LocalDate decisionDate,
            String issuer) {}

    private final JdbcClient jdbc;
    private final OrgDirectory directory;
    private final LineageCache lineage;

    ReductionEngine(JdbcClient jdbc, OrgDirectory directory, LineageCache lineage) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.lineage = lineage;
    }

    /**
     * Baseline and current per category for the whole scope ({@code byChild} false, one group "") or per
     * child of the scope root (the next segment of the carrier's path; "" for the root unit itself).
     */
    public Map<String, Map<String, Cell>> tally(String scopePath, int y0, int y1, boolean byChild) {
        Map<String, Map<String, Cell>> out = new TreeMap<>();
        if ("/".equals(scopePath) && !byChild) {
            national(y0, y1, out);
            return out;
        }
        Plan plan = new Plan(scopePath, y0, y1, null);
        String group = byChild ? "split_part(substr(u.path, :plen + 1), '/', 1)" : "''";
        // One pass over the scope: Y1 quotas where their units are; Y0 quotas of the units that stay.
        jdbc.sql("SELECT " + group + " AS grp, q.category,"
                        + " sum(q.assigned) FILTER (WHERE q.year = :y1) AS current_posts,"
                        + " sum(q.assigned) FILTER (WHERE q.year = :y0 AND u.valid_from <= :d1"
                        + "   AND (u.valid_to IS NULL OR u.valid_to > :d1) AND u.code <> ALL(:complex)) AS baseline_posts"
                        + " FROM organization.api_unit u"
                        + " JOIN staffing.quota q ON q.org_code = u.code AND q.year IN (:y0, :y1)"
                        + " WHERE " + PathRange.on("u") + " GROUP BY 1, 2")
                .params(plan.baselineParams())
                .param("y1", y1)
                .param("plen", scopePath.length())
                .query(rs -> {
                    Cell cell = cell(out, rs.getString("grp"), rs.getString("category"));
                    cell.current += rs.getLong("current_posts");
                    cell.baseline += rs.getLong("baseline_posts");
                });
        plan.carried(d -> {
            Contribution c = d.contribution();
            String key = byChild ? childKey(scopePath, c.carrierPath()) : "";
            cell(out, key, c.category()).baseline += c.share();
        });
        return out;
    }

    /** The quota rows counted in one figure of a scope (a category, baseline or current side). */
    public void contributions(
            String scopePath, int y0, int y1, String category, boolean baseline, Consumer<Detailed> sink) {
        if (!baseline) {
            jdbc.sql("""
                            SELECT q.org_code, u.name, u.path, q.assigned, d.legal_basis, d.issued_on, d.issuer
                            FROM organization.api_unit u
                            JOIN staffing.quota q ON q.org_code = u.code AND q.year = :year AND q.category = :category
                            JOIN staffing.decision d ON d.id = q.decision_id
                            WHERE (u.path COLLATE "C" >= :scopeLo AND u.path COLLATE "C" < :scopeHi)
                            ORDER BY u.path""")
                    .param("year", y1)
                    .param("category", category)
                    .params(PathRange.params(scopePath))
                    .query(rs -> {
                        sink.accept(own(rs, y1, category));
                    });
            return;
        }
        Plan plan = new Plan(scopePath, y0, y1, category);
        jdbc.sql("SELECT q.org_code, u.name, u.path, q.assigned, d.legal_basis, d.issued_on, d.issuer\n"
                        + Plan.BASELINE_FROM
                        + " AND q.category = :category ORDER BY u.path")
                .params(plan.baselineParams())
                .param("category", category)
                .query(rs -> {
                    sink.accept(own(rs, y0, category));
                });
        plan.carried(sink);
    }

    private static Detailed own(java.sql.ResultSet rs, int year, String category) throws java.sql.SQLException {
        long a = rs.getLong("assigned");
        String code = rs.getString("org_code");
        String name = rs.getString("name");
        return new Detailed(
                new Contribution(code, year, category, a, code, rs.getString("path"), a),
                name,
                name,
                rs.getString("legal_basis"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("issuer"));
    }

    private void national(int y0, int y1, Map<String, Map<String, Cell>> out) {
        jdbc.sql("SELECT year, category, assigned FROM staffing.year_total WHERE year IN (:y0, :y1)")
                .param("y0", y0)
                .param("y1", y1)
                .query(rs -> {
                    Cell cell = cell(out, "", rs.getString("category"));
                    if (rs.getInt("year") == y0) {
                        cell.baseline += rs.getLong("assigned");
                    }
                    if (rs.getInt("year") == y1) {
                        cell.current += rs.getLong("assigned");
                    }
                });
    }

    private static Cell cell(Map<String, Map<String, Cell>> out, String group, String category) {
        return out.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(category, c -> new Cell());
    }

    static String childKey(String scopePath, String carrierPath) {
        if (carrierPath == null || !carrierPath.startsWith(scopePath)) {
            return "";
        }
        String rest = carrierPath.substring(scopePath.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** What the baseline of one scope and pair of years needs: the lineage, and which units are redistributed. */
    private final class Plan {

        /** Quotas of Y0 held by units in force at the end of Y1 and not split since: they stay where they are. */
        static final String BASELINE_FROM = """
                 FROM organization.api_unit u
                 JOIN staffing.quota q ON q.org_code = u.code AND q.year = :y0
                 JOIN staffing.decision d ON d.id = q.decision_id
                 WHERE (u.path COLLATE "C" >= :scopeLo AND u.path COLLATE "C" < :scopeHi)
                   AND u.valid_from <= :d1 AND (u.valid_to IS NULL OR u.valid_to > :d1)
                   AND u.code <> ALL(:complex)""";

        final String scopePath;
        final int y0;
        final int y1;
        final String category;
        final LocalDate d1;
        /** Units read for this plan, over the cached lineage units ({@link #look} searches both). */
        final Map<String, UnitLife> lives;

        final java.util.function.Function<String, UnitLife> look;
        final Attribution attribution;
        final Set<String> complexAlive = new LinkedHashSet<>();
        /** The scope's path and those of predecessors outside it whose lineage leads into it. */
        final List<String> paths = new ArrayList<>();

        Plan(String scopePath, int y0, int y1, String category) {
            this.scopePath = scopePath;
            this.y0 = y0;
            this.y1 = y1;
            this.category = category;
            this.d1 = LocalDate.of(y1, 12, 31);
            boolean national = "/".equals(scopePath);
            LineageCache.Snapshot known = lineage.get();
            Map<String, UnitLife> cached = known.units();
            lives = new HashMap<>();
            look = c -> {
                UnitLife u = lives.get(c);
                return u != null ? u : cached.get(c);
            };
            Map<String, LineageEdge> edges = new LinkedHashMap<>();
            if (national) {
                known.upTo(d1).forEach(e -> edges.put(key(e), e));
            } else {
                // Edges touching a unit placed in the scope, then chains through units placed elsewhere.
                Set<String> inside = known.under(scopePath);
                List<LineageEdge> found = known.touching(inside, d1);
                Set<String> asked = new HashSet<>(inside);
                for (int round = 0; round < 6 && !found.isEmpty(); round++) {
                    Set<String> outside = new HashSet<>();
                    for (LineageEdge e : found) {
                        if (edges.putIfAbsent(key(e), e) == null) {
                            for (String c : List.of(e.predecessor(), e.successor())) {
                                if (asked.add(c)) {
                                    outside.add(c);
                                }
                            }
                        }
                    }
                    found = known.touching(outside, d1);
                }
            }
            // Weights are needed only to divide a split; read them when one happens.
            Map<String, Long> weights = new HashMap<>();
            Set<String> weighed = new HashSet<>();
            attribution = new Attribution(look, edges.values(), d1, (org, cat, y) -> {
                if (weighed.add(org)) {
                    jdbc.sql("SELECT year, category, assigned FROM staffing.quota WHERE org_code = :org")
                            .param("org", org)
                            .query(rs -> {
                                weights.put(org + "|" + rs.getString(2) + "|" + rs.getInt(1), rs.getLong(3));
                            });
                }
                return weights.get(org + "|" + cat + "|" + y);
            });
            paths.add(scopePath);
            Set<String> predecessors = new HashSet<>();
            edges.values().forEach(e -> predecessors.add(e.predecessor()));
            for (String p : predecessors) {
                UnitLife unit = look.apply(p);
                if (unit == null) {
                    continue;
                }
                if (unit.inForceOn(d1)) {
                    if (attribution.moves(p, y0)) {
                        complexAlive.add(p);
                    }
                } else if (!national && !unit.path().startsWith(scopePath) && leadsIntoScope(p)) {
                    paths.add(unit.path());
                }
            }
        }

        private static String key(LineageEdge e) {
            return e.predecessor() + ">" + e.successor() + "@" + e.effectiveDate();
        }

        private boolean leadsIntoScope(String code) {
            for (String c : attribution.carriers(code, y0)) {
                UnitLife carrier = look.apply(c);
                if (carrier != null && carrier.path().startsWith(scopePath)) {
                    return true;
                }
            }
            return false;
        }

        Map<String, Object> baselineParams() {
            Map<String, Object> p = new HashMap<>();
            p.put("y0", y0);
            p.put("d1", d1);
            p.putAll(PathRange.params(scopePath));
            p.put("complex", complexAlive.toArray(String[]::new));
            return p;
        }

        /**
         * Redistributes the baseline quotas of units that ended or split after Y0, keeping the shares that
         * land in the scope.
         */
        void carried(Consumer<Detailed> sink) {
            record Row(String org, String category, long assigned, String legalBasis, LocalDate date, String issuer) {}
            List<Row> rows = new ArrayList<>();
            StringBuilder where = new StringBuilder();
            Map<String, Object> params = new HashMap<>();
            for (int i = 0; i < paths.size(); i++) {
                where.append(i == 0 ? "" : " OR ").append(PathRange.on("u", "p" + i));
                params.putAll(PathRange.params("p" + i, paths.get(i)));
            }
            String select = """
                    SELECT u.code, u.name, u.type, u.province_code, u.path, u.valid_from, u.valid_to,
                           q.category, q.assigned, d.legal_basis, d.issued_on, d.issuer
                    FROM organization.api_unit u
                    JOIN staffing.quota q ON q.org_code = u.code AND q.year = :y0
                         AND (CAST(:category AS text) IS NULL OR q.category = :category)
                    JOIN staffing.decision d ON d.id = q.decision_id
                    """;
            String sql = select + " WHERE (" + where + ") AND u.valid_to <= :d1";
            if (!complexAlive.isEmpty()) {
                sql += "\nUNION ALL\n" + select + " WHERE u.code = ANY(:complex)";
            }
            params.put("y0", y0);
            params.put("d1", d1);
            params.put("category", category);
            params.put("complex", complexAlive.toArray(String[]::new));
            Map<String, UnitLife> held = new HashMap<>();
            jdbc.sql(sql).params(params).query(rs -> {
                UnitLife unit = OrgDirectory.life(rs, 0);
                held.putIfAbsent(unit.code(), unit);
                rows.add(new Row(
                        unit.code(),
                        rs.getString("category"),
                        rs.getLong("assigned"),
                        rs.getString("legal_basis"),
                        rs.getObject("issued_on", LocalDate.class),
                        rs.getString("issuer")));
            });
            lives.putAll(held);
            directory.addAncestors(held.values(), look, lives);
            // A unit's posts usually all go to one carrier, whatever the category: find it once per unit.
            Map<String, Set<String>> carriersOf = new HashMap<>();
            for (Row r : rows) {
                Set<String> carriers = carriersOf.computeIfAbsent(r.org(), o -> attribution.carriers(o, y0));
                Map<String, Long> shares = carriers.size() == 1
                        ? Map.of(carriers.iterator().next(), r.assigned())
                        : attribution.distribute(r.org(), r.category(), y0, r.assigned());
                shares.forEach((carrier, share) -> {
                    UnitLife c = look.apply(carrier);
                    String path = c == null ? null : c.path();
                    if (path != null && path.startsWith(scopePath)) {
                        UnitLife from = look.apply(r.org());
                        sink.accept(new Detailed(
                                new Contribution(r.org(), y0, r.category(), r.assigned(), carrier, path, share),
                                from == null ? r.org() : from.name(),
                                c.name(),
                                r.legalBasis(),
                                r.date(),
                                r.issuer()));
                    }
                });
            }
        }
    }
}
