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
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes comparable baselines and current figures of a scope (docs/staffing-comparability.md).
 *
 * <ul>
 *   <li>Current figures (year Y1) are the quotas of the units placed in the scope: a quota of Y1 is held
 *       by a unit in force on 31/12/Y1, which is where it is counted.
 *   <li>Baselines (year Y0): most units are still in force at the end of Y1 and untouched since Y0;
 *       their quotas count where they are. Only units that ended, or were split, after Y0 are
 *       redistributed in Java along the lineage ({@link Attribution}); for a scope, only those whose
 *       posts may land in it are read: units under the scope, and units under predecessors whose
 *       lineage leads into it.
 *   <li>A scope's quotas are read from {@code staffing.placed_quota}, the quotas keyed by the path of
 *       their unit (one index range per scope, however many units it has), and its sums from {@code
 *       staffing.placed_total}, the sums per second-level node (a province's departments and
 *       districts). The units of the scope that need more than a sum (not in force at the end of Y1,
 *       split since Y0, or whose path in the organisation differs from their place there because they
 *       moved since staffing last placed them) are read one by one from {@code staffing.quota}. So
 *       figures are exact even before {@link PlaceSync} has re-placed moved units.
 *   <li>The national totals need no redistribution (every post stays in the country) and come from
 *       {@code staffing.year_total}.
 * </ul>
 *
 * A figure takes several statements (sums, then their corrections): they read one snapshot (repeatable
 * read), so a re-placement or an import committing meanwhile cannot be counted half.
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

    /** A quota of a unit as read for a scope: the unit, the category and posts, the decision. */
    record Held(
            UnitLife unit,
            int year,
            String category,
            long assigned,
            String legalBasis,
            LocalDate date,
            String issuer) {}

    /** The units the organisation places under a scope path now. */
    private static final String UNITS = """
            SELECT code, name, type, province_code, path, valid_from, valid_to
            FROM organization.api_unit
            WHERE path COLLATE "C" >= :scopeLo AND path COLLATE "C" < :scopeHi""";

    private final JdbcClient jdbc;
    private final OrgDirectory directory;
    private final LineageCache lineage;
    private final PlaceSync places;
    private final Categories categories;

    ReductionEngine(
            JdbcClient jdbc, OrgDirectory directory, LineageCache lineage, PlaceSync places, Categories categories) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.lineage = lineage;
        this.places = places;
        this.categories = categories;
    }

    /**
     * Baseline and current per category for the whole scope ({@code byChild} false, one group "") or per
     * child of the scope root (the next segment of the carrier's path; "" for the root unit itself).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<String, Map<String, Cell>> tally(String scopePath, int y0, int y1, boolean byChild) {
        return tallies(scopePath, List.of(y0), y1, byChild).get(y0);
    }

    /**
     * {@link #tally} against several baselines at once (baseline → group → category → cell): the sums of
     * every year and the corrections are read in one pass for all of them; only the carrying of the posts
     * of ended or split units along the lineage is done per baseline. The annual review compares a year
     * with two baselines.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<Integer, Map<String, Map<String, Cell>>> tallies(
            String scopePath, List<Integer> baselines, int y1, boolean byChild) {
        List<Integer> y0s = baselines.stream().distinct().toList();
        Map<Integer, Map<String, Map<String, Cell>>> outs = new HashMap<>();
        y0s.forEach(y0 -> outs.put(y0, new TreeMap<>()));
        if ("/".equals(scopePath) && !byChild) {
            for (int y0 : y0s) {
                national(y0, y1, outs.get(y0));
                succeed(outs.get(y0), y0, y1);
            }
            return outs;
        }
        List<Plan> plans = new ArrayList<>();
        y0s.forEach(y0 -> plans.add(new Plan(scopePath, y0, y1, null)));
        placedSums(scopePath, y0s, y1, byChild, outs);
        Map<Integer, List<Held>> carried = new HashMap<>();
        y0s.forEach(y0 -> carried.put(y0, new ArrayList<>()));
        adjust(scopePath, plans, y1, byChild, outs, carried);
        Map<String, String> keys = new HashMap<>(); // carrier path → part
        for (Plan plan : plans) {
            Map<String, Map<String, Cell>> out = outs.get(plan.y0);
            List<Held> rows = carried.get(plan.y0);
            rows.addAll(plan.outside());
            plan.carry(rows, (row, carrier, share) -> {
                String key = byChild ? keys.computeIfAbsent(carrier.path(), p -> childKey(scopePath, p)) : "";
                cell(out, key, row.category()).baseline += share;
            });
            succeed(out, plan.y0, y1);
        }
        return outs;
    }

    /**
     * Counts the posts of a category that ended between the two years in the category that took them
     * over (COMMUNE_OFFICIAL → CIVIL_SERVANT on 01/07/2025), so that both years count the same people.
     * A few map operations per group: the figures' speed is unchanged.
     */
    private Map<String, Map<String, Cell>> succeed(Map<String, Map<String, Cell>> out, int y0, int y1) {
        List<vn.noivu.staffing.CategorySuccession> successions = categories.successions(y0, y1);
        if (successions.isEmpty()) {
            return out;
        }
        for (Map<String, Cell> cells : out.values()) {
            for (vn.noivu.staffing.CategorySuccession s : successions) {
                Cell from = cells.remove(s.from());
                if (from != null) {
                    Cell to = cells.computeIfAbsent(s.to(), c -> new Cell());
                    to.baseline += from.baseline;
                    to.current += from.current;
                }
            }
        }
        return out;
    }

    /**
     * Sums of the Y0 and Y1 quotas placed under the scope, by category (and child of the scope root).
     * {@link #adjust} then corrects them for the units that need more than a sum.
     *
     * <ul>
     *   <li>A top-level scope (a province, a ministry): the sums of its second-level nodes ({@code
     *       staffing.placed_total}, its children) and its own unit's quotas: a few hundred rows.
     *   <li>A second-level scope: its own sum; its parts, and deeper scopes: a range of {@code
     *       staffing.placed_quota} (small subtrees).
     *   <li>The parts of the whole country: the second-level sums grouped by top-level unit, and the
     *       top-level units' own quotas.
     * </ul>
     */
    private void placedSums(
            String scopePath,
            List<Integer> y0s,
            int y1,
            boolean byChild,
            Map<Integer, Map<String, Map<String, Cell>>> outs) {
        List<Integer> ys = new ArrayList<>(y0s);
        ys.add(y1);
        String years = years("");
        int depth = depth(scopePath);
        String sql;
        boolean grouped;
        if (depth == 1 || (depth == 2 && !byChild)) {
            // the second-level sums under the scope: its children's, or its own if it is second-level
            sql = "SELECT path AS grp, year, category, assigned AS posts FROM staffing.placed_total WHERE" + years
                    + " AND path >= :scopeLo AND path < :scopeHi AND quotas > 0";
            if (depth == 1) {
                // and the quotas of the top-level unit itself
                sql += " UNION ALL SELECT path, year, category, assigned FROM staffing.placed_quota WHERE" + years
                        + " AND path = :scopeLo";
            }
            grouped = false;
        } else if (depth == 0) {
            sql = "SELECT split_part(path, '/', 2) AS grp, year, category, sum(assigned) AS posts"
                    + " FROM staffing.placed_total WHERE" + years + " AND quotas > 0 GROUP BY 1, 2, 3"
                    + " UNION ALL SELECT split_part(f.path, '/', 2), f.year, f.category, f.assigned"
                    + " FROM staffing.unit_place p JOIN staffing.placed_quota f ON f.path = p.path"
                    + " WHERE p.path ~ '^/[^/]+/$' AND" + years("f.");
            grouped = true;
        } else {
            String group = byChild ? "split_part(substr(path, :plen + 1), '/', 1)" : "''";
            sql = "SELECT " + group + " AS grp, year, category, sum(assigned) AS posts FROM staffing.placed_quota"
                    + " WHERE" + years + " AND path >= :scopeLo AND path < :scopeHi GROUP BY 1, 2, 3";
            grouped = true;
        }
        jdbc.sql(sql)
                .params(PathRange.params(scopePath))
                .param("ys", ys)
                .param("plen", scopePath.length())
                .query(rs -> {
                    String grp = rs.getString("grp");
                    String key = grouped ? grp : byChild ? childKey(scopePath, grp) : "";
                    String category = rs.getString("category");
                    int year = rs.getInt("year");
                    long posts = rs.getLong("posts");
                    for (Map.Entry<Integer, Map<String, Map<String, Cell>>> out : outs.entrySet()) {
                        if (year == y1) {
                            cell(out.getValue(), key, category).current += posts;
                        }
                        if (year == out.getKey()) {
                            cell(out.getValue(), key, category).baseline += posts;
                        }
                    }
                });
    }

    /**
     * The years (the baselines and Y1, {@code :ys}) and the categories held in them nationally: with the
     * year, the category makes the key prefix of the index of {@code placed_quota} and {@code
     * placed_total}, so each pair is one range of it.
     */
    private static String years(String alias) {
        return " " + alias + "year IN (:ys) AND " + alias + "category = ANY(ARRAY("
                + "SELECT t.category FROM staffing.year_total t WHERE t.year IN (:ys)))";
    }

    /** How many segments a scope path has: 0 for "/", 1 for a top-level unit's path. */
    static int depth(String scopePath) {
        int slashes = 0;
        for (int i = 0; i < scopePath.length(); i++) {
            if (scopePath.charAt(i) == '/') {
                slashes++;
            }
        }
        return Math.max(0, slashes - 1);
    }

    /**
     * Corrects the sums for the scope's units that need more than a sum, read with their quotas from
     * {@code staffing.quota}: units placed elsewhere than where the organisation has them now (moved in
     * or out since staffing last placed them), and units whose Y0 posts do not simply stay with them
     * (not in force at the end of Y1, or split since Y0: their posts go to {@code carried}).
     */
    private void adjust(
            String scopePath,
            List<Plan> plans,
            int y1,
            boolean byChild,
            Map<Integer, Map<String, Map<String, Cell>>> outs,
            Map<Integer, List<Held>> carried) {
        LocalDate d1 = LocalDate.of(y1, 12, 31);
        List<Integer> ys = new ArrayList<>();
        Set<String> complex = new LinkedHashSet<>();
        for (Plan plan : plans) {
            ys.add(plan.y0);
            complex.addAll(plan.complexAlive);
        }
        ys.add(y1);
        boolean[] drift = {false};
        // Units and places are matched on the path alone: a path ends with its unit's code. A unit split
        // since one baseline only is read for all: for the others it stays, and nothing is corrected.
        jdbc.sql("WITH s AS MATERIALIZED ("
                        + " SELECT u.*, p.path AS placed_path, p.org_code AS placed_code"
                        + " FROM (" + UNITS + ") u"
                        + " FULL JOIN (SELECT org_code, path FROM staffing.unit_place"
                        + "            WHERE path >= :scopeLo AND path < :scopeHi) p ON p.path = u.path COLLATE \"C\""
                        + " WHERE u.code IS NULL OR p.path IS NULL"
                        + "    OR NOT (u.valid_from <= :d1 AND (u.valid_to IS NULL OR u.valid_to > :d1))"
                        + "    OR u.code = ANY(:complex))"
                        + " SELECT s.*, q.years, q.categories, q.posts FROM s LEFT JOIN LATERAL ("
                        + "   SELECT array_agg(CAST(q.year AS integer)) AS years, array_agg(q.category) AS categories,"
                        + "          array_agg(q.assigned) AS posts"
                        + "   FROM staffing.quota q"
                        + "   WHERE q.org_code = coalesce(s.code, s.placed_code) AND q.year IN (:ys)) q ON true")
                .params(PathRange.params(scopePath))
                .param("ys", ys)
                .param("d1", d1)
                .param("complex", complex.toArray(String[]::new))
                .query(rs -> {
                    boolean here = rs.getString("code") != null; // placed in the scope now
                    boolean placed = rs.getString("placed_path") != null; // summed under placed_path
                    drift[0] |= !here || !placed;
                    java.sql.Array years = rs.getArray("years");
                    if (years == null) {
                        return; // no quota in these years
                    }
                    Integer[] year = (Integer[]) years.getArray();
                    String[] category = (String[]) rs.getArray("categories").getArray();
                    Integer[] posts = (Integer[]) rs.getArray("posts").getArray();
                    if (!here) {
                        // summed here, but the unit is elsewhere now (or under another path of the scope,
                        // which another row of this answer adds)
                        String key = byChild ? childKey(scopePath, rs.getString("placed_path")) : "";
                        for (Plan plan : plans) {
                            Map<String, Map<String, Cell>> out = outs.get(plan.y0);
                            for (int i = 0; i < year.length; i++) {
                                if (year[i] == y1) {
                                    cell(out, key, category[i]).current -= posts[i];
                                }
                                if (year[i] == plan.y0) {
                                    cell(out, key, category[i]).baseline -= posts[i];
                                }
                            }
                        }
                        return;
                    }
                    UnitLife unit = OrgDirectory.life(rs, 0);
                    String key = byChild ? childKey(scopePath, unit.path()) : "";
                    for (Plan plan : plans) {
                        Map<String, Map<String, Cell>> out = outs.get(plan.y0);
                        boolean stays = unit.inForceOn(d1) && !plan.complexAlive.contains(unit.code());
                        boolean carries = !stays && plan.carries(unit);
                        for (int i = 0; i < year.length; i++) {
                            if (year[i] == y1 && !placed) {
                                cell(out, key, category[i]).current += posts[i];
                            }
                            if (year[i] == plan.y0) {
                                if (stays && !placed) {
                                    cell(out, key, category[i]).baseline += posts[i];
                                } else if (!stays && placed) {
                                    cell(out, key, category[i]).baseline -= posts[i];
                                }
                                if (carries) {
                                    carried.get(plan.y0)
                                            .add(new Held(unit, plan.y0, category[i], posts[i], null, null, null));
                                }
                            }
                        }
                    }
                });
        if (drift[0]) {
            places.request();
        }
    }

    /**
     * The quota rows counted in one figure of a scope (a category, baseline or current side). The
     * baseline of a category includes the rows of the categories that passed their posts to it between
     * the two years (each row keeps its own category).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void contributions(
            String scopePath, int y0, int y1, String category, boolean baseline, Consumer<Detailed> sink) {
        contributionsOf(scopePath, y0, y1, category, baseline, sink);
        if (baseline) {
            for (vn.noivu.staffing.CategorySuccession s : categories.successions(y0, y1)) {
                if (s.to().equals(category)) {
                    contributionsOf(scopePath, y0, y1, s.from(), true, sink);
                }
            }
        }
    }

    private void contributionsOf(
            String scopePath, int y0, int y1, String category, boolean baseline, Consumer<Detailed> sink) {
        if (!baseline) {
            for (Held h : held(scopePath, y1, category)) {
                sink.accept(own(h));
            }
            return;
        }
        Plan plan = new Plan(scopePath, y0, y1, category);
        List<Held> carried = new ArrayList<>();
        for (Held h : held(scopePath, y0, category)) {
            plan.lives.putIfAbsent(h.unit().code(), h.unit()); // ancestors of ended units, mostly: no look-up
            if (h.unit().inForceOn(plan.d1)
                    && !plan.complexAlive.contains(h.unit().code())) {
                sink.accept(own(h));
            } else if (plan.carries(h.unit())) {
                carried.add(h);
            }
        }
        carried.addAll(plan.outside());
        plan.carry(carried, (row, carrier, share) -> {
            UnitLife from = row.unit();
            sink.accept(new Detailed(
                    new Contribution(
                            from.code(), y0, row.category(), row.assigned(), carrier.code(), carrier.path(), share),
                    from.name(),
                    carrier.name(),
                    row.legalBasis(),
                    row.date(),
                    row.issuer()));
        });
    }

    /**
     * The quotas of one year and category of the units placed in a scope now, in path order: the scope's
     * range of {@code staffing.placed_quota} joined to the units under the same paths, plus, read by
     * code from {@code staffing.quota}, the units whose place differs from their path (moved since
     * staffing last placed them). Quotas placed under a path no unit of the scope has any more belong
     * to a unit that moved out, and are left out.
     */
    private List<Held> held(String scopePath, int year, String category) {
        record Row(UnitLife unit, long posts, long decision) {}
        List<Row> rows = new ArrayList<>();
        boolean[] drift = {false};
        // Units and places are matched on the path alone: a path ends with its unit's code.
        jdbc.sql("WITH u AS MATERIALIZED (" + UNITS + ")"
                        + " SELECT * FROM ("
                        + " SELECT u.*, f.assigned, f.decision_id, false AS drift"
                        + " FROM staffing.placed_quota f JOIN u ON u.path COLLATE \"C\" = f.path"
                        + " WHERE f.year = :year AND f.category = :category"
                        + "   AND f.path >= :scopeLo AND f.path < :scopeHi"
                        + " UNION ALL"
                        + " SELECT u.*, q.assigned, q.decision_id, true AS drift"
                        + " FROM u LEFT JOIN staffing.quota q"
                        + "   ON q.org_code = u.code AND q.year = :year AND q.category = :category"
                        + " WHERE NOT EXISTS (SELECT 1 FROM staffing.unit_place p"
                        + "   WHERE p.path >= :scopeLo AND p.path < :scopeHi AND p.path = u.path COLLATE \"C\")"
                        + " ) r ORDER BY r.path COLLATE \"C\"")
                .params(PathRange.params(scopePath))
                .param("year", year)
                .param("category", category)
                .query(rs -> {
                    drift[0] |= rs.getBoolean("drift");
                    long posts = rs.getLong("assigned");
                    if (!rs.wasNull()) {
                        rows.add(new Row(OrgDirectory.life(rs, 0), posts, rs.getLong("decision_id")));
                    }
                });
        if (drift[0]) {
            places.request();
        }
        // A scope's quotas of a year rest on a handful of decisions: read each once.
        record Decision(String legalBasis, LocalDate date, String issuer) {}
        Map<Long, Decision> decisions = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.decision()));
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, legal_basis, issued_on, issuer FROM staffing.decision WHERE id = ANY(:ids)")
                    .param("ids", ids.toArray(Long[]::new))
                    .query(rs -> {
                        decisions.put(
                                rs.getLong("id"),
                                new Decision(
                                        rs.getString("legal_basis"),
                                        rs.getObject("issued_on", LocalDate.class),
                                        rs.getString("issuer")));
                    });
        }
        List<Held> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Decision d = decisions.get(r.decision());
            out.add(new Held(r.unit(), year, category, r.posts(), d.legalBasis(), d.date(), d.issuer()));
        }
        return out;
    }

    private static Detailed own(Held h) {
        UnitLife u = h.unit();
        return new Detailed(
                new Contribution(u.code(), h.year(), h.category(), h.assigned(), u.code(), u.path(), h.assigned()),
                u.name(),
                u.name(),
                h.legalBasis(),
                h.date(),
                h.issuer());
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

    /** A share of a baseline quota that lands in the scope, on the unit that carries it. */
    interface Share {
        void accept(Held row, UnitLife carrier, long share);
    }

    /** What the baseline of one scope and pair of years needs: the lineage, and which units are redistributed. */
    private final class Plan {

        final String scopePath;
        final int y0;
        final int y1;
        final String category;
        final LocalDate d1;
        /** Units read for this plan, over the cached lineage units ({@link #look} searches both). */
        final Map<String, UnitLife> lives;

        final java.util.function.Function<String, UnitLife> look;
        final Attribution attribution;
        /** Units in force at the end of Y1 whose Y0 posts are nevertheless divided (split since Y0). */
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
            Set<LineageEdge> edges = new LinkedHashSet<>();
            if (national) {
                edges.addAll(known.upTo(d1));
            } else {
                // Edges touching a unit placed in the scope, then chains through units placed elsewhere.
                Set<String> inside = known.under(scopePath);
                List<LineageEdge> found = known.touching(inside, d1);
                Set<String> asked = new HashSet<>(inside);
                for (int round = 0; round < 6 && !found.isEmpty(); round++) {
                    Set<String> outside = new HashSet<>();
                    for (LineageEdge e : found) {
                        if (edges.add(e)) {
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
            attribution = new Attribution(look, edges, d1, (org, cat, y) -> {
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
            edges.forEach(e -> predecessors.add(e.predecessor()));
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

        private boolean leadsIntoScope(String code) {
            for (String c : attribution.carriers(code, y0)) {
                UnitLife carrier = look.apply(c);
                if (carrier != null && carrier.path().startsWith(scopePath)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the Y0 posts of a unit that does not keep them are redistributed (it ended, or split). */
        boolean carries(UnitLife unit) {
            return (unit.validTo() != null && !unit.validTo().isAfter(d1)) || complexAlive.contains(unit.code());
        }

        /**
         * Y0 quotas of units outside the scope whose posts may come into it: units that ended under the
         * paths of predecessors placed elsewhere, and units split since Y0 placed elsewhere.
         */
        List<Held> outside() {
            List<Held> rows = new ArrayList<>();
            if (paths.size() == 1 && complexAlive.isEmpty()) {
                return rows;
            }
            String select = """
                    SELECT u.code, u.name, u.type, u.province_code, u.path, u.valid_from, u.valid_to,
                           q.category, q.assigned, d.legal_basis, d.issued_on, d.issuer
                    FROM organization.api_unit u
                    JOIN staffing.quota q ON q.org_code = u.code AND q.year = :y0
                         AND (CAST(:category AS text) IS NULL OR q.category = :category)
                    JOIN staffing.decision d ON d.id = q.decision_id
                    WHERE NOT """ + PathRange.on("u") + " AND ";
            Map<String, Object> params = new HashMap<>(PathRange.params(scopePath));
            List<String> parts = new ArrayList<>();
            if (paths.size() > 1) {
                StringBuilder where = new StringBuilder();
                for (int i = 1; i < paths.size(); i++) {
                    where.append(i == 1 ? "" : " OR ").append(PathRange.on("u", "p" + i));
                    params.putAll(PathRange.params("p" + i, paths.get(i)));
                }
                parts.add(select + "(" + where + ") AND u.valid_to <= :d1");
            }
            if (!complexAlive.isEmpty()) {
                parts.add(select + "u.code = ANY(:complex)");
            }
            params.put("y0", y0);
            params.put("d1", d1);
            params.put("category", category);
            params.put("complex", complexAlive.toArray(String[]::new));
            jdbc.sql(String.join("\nUNION ALL\n", parts)).params(params).query(rs -> {
                rows.add(new Held(
                        OrgDirectory.life(rs, 0),
                        y0,
                        rs.getString("category"),
                        rs.getLong("assigned"),
                        rs.getString("legal_basis"),
                        rs.getObject("issued_on", LocalDate.class),
                        rs.getString("issuer")));
            });
            return rows;
        }

        /**
         * Redistributes Y0 quotas of units that ended or split after Y0, keeping the shares that land in
         * the scope.
         */
        void carry(List<Held> rows, Share sink) {
            Map<String, UnitLife> held = new HashMap<>();
            for (Held r : rows) {
                held.putIfAbsent(r.unit().code(), r.unit());
            }
            lives.putAll(held);
            directory.addAncestors(held.values(), look, lives);
            // A unit's posts usually all go to one carrier, whatever the category: find it once per unit.
            Map<String, Set<String>> carriersOf = new HashMap<>();
            for (Held r : rows) {
                String org = r.unit().code();
                Set<String> carriers = carriersOf.computeIfAbsent(org, o -> attribution.carriers(o, y0));
                if (carriers.size() == 1) {
                    landing(r, carriers.iterator().next(), r.assigned(), sink);
                } else {
                    attribution
                            .distribute(org, r.category(), y0, r.assigned())
                            .forEach((carrier, share) -> landing(r, carrier, share, sink));
                }
            }
        }

        /** Passes on a share of a quota if the unit carrying it lies in the scope. */
        private void landing(Held row, String carrierCode, long share, Share sink) {
            UnitLife carrier = look.apply(carrierCode);
            if (carrier != null && carrier.path() != null && carrier.path().startsWith(scopePath)) {
                sink.accept(row, carrier, share);
            }
        }
    }
}
