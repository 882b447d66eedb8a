package vn.noivu.staffing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Most units are still in force at the end of the comparison year and untouched by restructuring
 * since the baseline year: their quotas are summed in SQL by their scope path. Only the units that
 * ended, or split after the baseline year, are redistributed in Java along the lineage ({@link
 * Attribution}); for a scope, just those whose posts may land in it are read (units under the scope,
 * and units under predecessors whose lineage leads into it). The national totals need no
 * redistribution at all (every post stays in the country) and come from {@code staffing.year_total}.
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

    ReductionEngine(JdbcClient jdbc, OrgDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
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
        jdbc.sql("SELECT " + group + " AS grp, q.year, q.category, sum(q.assigned) AS posts" + "\n" + SIMPLE_FROM
                        + " GROUP BY 1, 2, 3")
                .params(plan.simpleParams())
                .param("plen", scopePath.length())
                .query(rs -> {
                    Cell cell = cell(out, rs.getString("grp"), rs.getString("category"));
                    add(cell, rs.getInt("year"), y0, y1, rs.getLong("posts"));
                });
        plan.complex(d -> {
            Contribution c = d.contribution();
            String key = byChild ? childKey(scopePath, c.carrierPath()) : "";
            add(cell(out, key, c.category()), c.year(), y0, y1, c.share());
        });
        return out;
    }

    /** The quota rows counted in one figure of a scope (a category, baseline or current side). */
    public void contributions(String scopePath, int y0, int y1, String category, int year, Consumer<Detailed> sink) {
        Plan plan = new Plan(scopePath, y0, y1, category);
        jdbc.sql("""
                        SELECT q.org_code, u.name, u.path, q.assigned, d.legal_basis, d.issued_on, d.issuer
                        FROM organization.api_unit u
                        JOIN staffing.quota q ON q.org_code = u.code AND q.year = :year AND q.category = :category
                        JOIN staffing.decision d ON d.id = q.decision_id
                        WHERE u.path LIKE :scope AND u.valid_from <= :d1 AND (u.valid_to IS NULL OR u.valid_to > :d1)
                          AND u.code <> ALL(:complex)
                        ORDER BY u.path""")
                .params(plan.simpleParams())
                .param("year", year)
                .param("category", category)
                .query(rs -> {
                    long a = rs.getLong("assigned");
                    String code = rs.getString("org_code");
                    String name = rs.getString("name");
                    sink.accept(new Detailed(
                            new Contribution(code, year, category, a, code, rs.getString("path"), a),
                            name,
                            name,
                            rs.getString("legal_basis"),
                            rs.getObject("issued_on", LocalDate.class),
                            rs.getString("issuer")));
                });
        plan.complex(d -> {
            if (d.contribution().year() == year) {
                sink.accept(d);
            }
        });
    }

    private static final String SIMPLE_FROM = """
             FROM organization.api_unit u
             JOIN staffing.quota q ON q.org_code = u.code AND q.year IN (:y0, :y1)
             WHERE u.path LIKE :scope AND u.valid_from <= :d1 AND (u.valid_to IS NULL OR u.valid_to > :d1)
               AND u.code <> ALL(:complex)""";

    private void national(int y0, int y1, Map<String, Map<String, Cell>> out) {
        jdbc.sql("SELECT year, category, assigned FROM staffing.year_total WHERE year IN (:y0, :y1)")
                .param("y0", y0)
                .param("y1", y1)
                .query(rs -> {
                    add(cell(out, "", rs.getString("category")), rs.getInt("year"), y0, y1, rs.getLong("assigned"));
                });
    }

    private static void add(Cell cell, int year, int y0, int y1, long posts) {
        if (year == y0) {
            cell.baseline += posts;
        }
        if (year == y1) {
            cell.current += posts;
        }
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

    static String like(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** What one scope and pair of years needs: the lineage, and which units are redistributed. */
    private final class Plan {
        final String scopePath;
        final int y0;
        final int y1;
        final LocalDate d1;
        final Map<String, UnitLife> lives;
        final Attribution attribution;
        final Set<String> complexAlive = new LinkedHashSet<>();
        final List<String> patterns = new ArrayList<>();

        final String category;

        Plan(String scopePath, int y0, int y1, String category) {
            this.scopePath = scopePath;
            this.y0 = y0;
            this.y1 = y1;
            this.category = category;
            this.d1 = LocalDate.of(y1, 12, 31);
            boolean national = "/".equals(scopePath);
            List<LineageEdge> edges = national ? directory.edges(d1) : directory.edgesAround(like(scopePath), d1);
            Set<String> lineage = new HashSet<>();
            for (LineageEdge e : edges) {
                lineage.add(e.predecessor());
                lineage.add(e.successor());
            }
            lives = directory.lives(lineage);
            directory.addAncestors(lives);
            // Weights are needed only to divide a split; read them when one happens.
            Map<String, Long> weights = new HashMap<>();
            Set<String> weighed = new HashSet<>();
            attribution = new Attribution(lives, edges, d1, (org, cat, y) -> {
                if (weighed.add(org)) {
                    jdbc.sql("SELECT year, category, assigned FROM staffing.quota WHERE org_code = :org")
                            .param("org", org)
                            .query(rs -> {
                                weights.put(org + "|" + rs.getString(2) + "|" + rs.getInt(1), rs.getLong(3));
                            });
                }
                return weights.get(org + "|" + cat + "|" + y);
            });
            patterns.add(like(scopePath));
            Set<String> predecessors = new HashSet<>();
            edges.forEach(e -> predecessors.add(e.predecessor()));
            for (String p : predecessors) {
                UnitLife unit = lives.get(p);
                if (unit == null) {
                    continue;
                }
                if (unit.inForceOn(d1)) {
                    if (attribution.moves(p, y0) || attribution.moves(p, y1)) {
                        complexAlive.add(p);
                    }
                } else if (!national && !unit.path().startsWith(scopePath) && leadsIntoScope(p)) {
                    patterns.add(like(unit.path()));
                }
            }
        }

        private boolean leadsIntoScope(String code) {
            Set<String> carriers = new HashSet<>(attribution.carriers(code, y0));
            carriers.addAll(attribution.carriers(code, y1));
            for (String c : carriers) {
                UnitLife carrier = lives.get(c);
                if (carrier != null && carrier.path().startsWith(scopePath)) {
                    return true;
                }
            }
            return false;
        }

        Map<String, Object> simpleParams() {
            Map<String, Object> p = new HashMap<>();
            p.put("y0", y0);
            p.put("y1", y1);
            p.put("d1", d1);
            p.put("scope", like(scopePath));
            p.put("complex", complexAlive.toArray(String[]::new));
            return p;
        }

        /** Redistributes the rows of units that ended or split, keeping the shares that land in the scope. */
        void complex(Consumer<Detailed> sink) {
            record Row(
                    String org,
                    int year,
                    String category,
                    long assigned,
                    String legalBasis,
                    LocalDate date,
                    String issuer) {}
            List<Row> rows = new ArrayList<>();
            jdbc.sql("""
                            SELECT u.code, u.name, u.type, u.province_code, u.path, u.valid_from, u.valid_to,
                                   q.year, q.category, q.assigned, d.legal_basis, d.issued_on, d.issuer
                            FROM organization.api_unit u
                            JOIN staffing.quota q ON q.org_code = u.code AND q.year IN (:y0, :y1)
                                 AND (CAST(:category AS text) IS NULL OR q.category = :category)
                            JOIN staffing.decision d ON d.id = q.decision_id
                            WHERE (u.path LIKE ANY (:patterns)
                                   AND NOT (u.valid_from <= :d1 AND (u.valid_to IS NULL OR u.valid_to > :d1)))
                               OR u.code = ANY(:complex)""")
                    .param("y0", y0)
                    .param("y1", y1)
                    .param("d1", d1)
                    .param("category", category)
                    .param("patterns", patterns.toArray(String[]::new))
                    .param("complex", complexAlive.toArray(String[]::new))
                    .query(rs -> {
                        UnitLife unit = OrgDirectory.life(rs, 0);
                        lives.putIfAbsent(unit.code(), unit);
                        rows.add(new Row(
                                unit.code(),
                                rs.getInt("year"),
                                rs.getString("category"),
                                rs.getLong("assigned"),
                                rs.getString("legal_basis"),
                                rs.getObject("issued_on", LocalDate.class),
                                rs.getString("issuer")));
                    });
            directory.addAncestors(lives);
            for (Row r : rows) {
                attribution
                        .distribute(r.org(), r.category(), r.year(), r.assigned())
                        .forEach((carrier, share) -> {
                            UnitLife c = lives.get(carrier);
                            String path = c == null ? null : c.path();
                            if (path != null && path.startsWith(scopePath)) {
                                UnitLife held = lives.get(r.org());
                                sink.accept(new Detailed(
                                        new Contribution(
                                                r.org(), r.year(), r.category(), r.assigned(), carrier, path, share),
                                        held == null ? r.org() : held.name(),
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
