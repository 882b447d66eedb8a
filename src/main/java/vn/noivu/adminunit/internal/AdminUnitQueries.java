package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.adminunit.AdminUnitView;

/**
 * Read models behind the pages and the API: counts as of a date, search, a unit's history and
 * lineage, and what changed between two dates. Units are national reference data: nothing is scoped.
 */
@Service
@Transactional(readOnly = true)
public class AdminUnitQueries {

    public static final List<String> LEVELS = List.of("province", "district", "commune");

    private static final String AS_OF = "v.valid_from <= :d AND (v.valid_to IS NULL OR v.valid_to > :d)";

    private final JdbcClient jdbc;

    AdminUnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- summary

    public record Summary(
            LocalDate asOf,
            Map<String, Integer> counts,
            Map<String, Integer> byType,
            Map<String, Map<String, Integer>> byLevel,
            LocalDate coverageFrom) {}

    public Summary summary(LocalDate asOf) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byLevel = new LinkedHashMap<>();
        LEVELS.forEach(l -> {
            counts.put(l, 0);
            byLevel.put(l, new LinkedHashMap<>());
        });
        Map<String, Integer> byType = new LinkedHashMap<>();
        jdbc.sql("SELECT v.level, v.type, count(*) AS n FROM adminunit.unit_version v WHERE " + AS_OF
                        + " GROUP BY v.level, v.type ORDER BY array_position(ARRAY['province','district','commune'],"
                        + " v.level), n DESC")
                .param("d", asOf)
                .query(rs -> {
                    String level = rs.getString("level");
                    int n = rs.getInt("n");
                    counts.merge(level, n, Integer::sum);
                    byLevel.get(level).put(rs.getString("type"), n);
                    byType.merge(rs.getString("type"), n, Integer::sum);
                });
        return new Summary(asOf, counts, byType, byLevel, coverageFrom());
    }

    /** The earliest date for which units are held (null when none are). */
    public LocalDate coverageFrom() {
        return jdbc.sql("SELECT min(valid_from) FROM adminunit.unit_version")
                .query(LocalDate.class)
                .single();
    }

    // ---- tree

    /** A unit in the tree, with how many units hang under it on the date. */
    public record TreeNode(String code, String name, String fullName, String level, String type, int children) {}

    public List<TreeNode> children(LocalDate asOf, String parentCode) {
        return jdbc.sql("SELECT v.code, v.name, v.full_name, v.level, v.type,"
                        + " (SELECT count(*) FROM adminunit.unit_version c WHERE c.parent_code = v.code"
                        + "   AND c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to > :d)) AS children"
                        + " FROM adminunit.unit_version v WHERE " + AS_OF
                        + " AND (CAST(:parent AS text) IS NULL AND v.parent_code IS NULL OR v.parent_code = :parent)"
                        + " ORDER BY v.code")
                .param("d", asOf)
                .param("parent", parentCode)
                .query(TreeNode.class)
                .list();
    }

    // ---- search

    public record SearchHit(
            String code,
            String name,
            String fullName,
            String level,
            String type,
            String parentCode,
            LocalDate validFrom,
            LocalDate validTo,
            String parentName,
            String provinceCode,
            String provinceName,
            double score) {}

    /**
     * Units in force on {@code asOf} whose name matches {@code q} ignoring case, diacritics and đ, with
     * a typo tolerated (trigram similarity; "hanoi" also matches "Hà Nội"); a code matches exactly or
     * by prefix. Best match first; among equals, provinces before districts before communes.
     */
    public List<SearchHit> search(String q, LocalDate asOf, int limit) {
        String text = q == null ? "" : q.replace('%', ' ').replace('_', ' ').trim();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return search(Match.CODE, text, asOf, limit);
        }
        List<SearchHit> hits = search(Match.NAME, text, asOf, limit);
        if (hits.isEmpty()) {
            hits = search(Match.SIMILAR, text, asOf, limit); // a typo
        }
        return hits;
    }

    /** How a query is matched: by code (prefix), by name (whole or beginning), by similar name (typos). */
    public enum Match {
        CODE,
        NAME,
        SIMILAR
    }

    private List<SearchHit> search(Match match, String text, LocalDate asOf, int limit) {
        return jdbc.sql(searchSql(match))
                .param("q", text)
                .param("name", withoutType(text))
                .param("d", asOf)
                .param("limit", Math.max(1, Math.min(limit, 100)))
                .query(SearchHit.class)
                .list();
    }

    /**
     * The search statement (public for the benchmark's query plans). platform.fold is IMMUTABLE: on a
     * parameter the planner folds it to a constant, so the indexes serve the comparisons.
     */
    public static String searchSql(Match match) {
        String hits = switch (match) {
            case CODE ->
                "SELECT v.*, CASE WHEN v.code = :q THEN 2.0 ELSE 1.0 END AS score"
                        + " FROM adminunit.unit_version v WHERE v.code LIKE :q || '%' AND " + AS_OF;
            case NAME ->
                "SELECT v.*, m.score FROM ("
                        + "   SELECT n.name,"
                        + "     CASE WHEN n.name_fold IN (platform.fold(:name), platform.fold(:q))"
                        + "            OR n.name_compact IN (replace(platform.fold(:name), ' ', ''),"
                        + "                                  replace(platform.fold(:q), ' ', ''))"
                        + "     THEN 2.0 ELSE 1.0 + length(platform.fold(:name))::float / length(n.name_fold) END"
                        + "     AS score"
                        + "   FROM adminunit.search_name n"
                        + "   WHERE n.name_fold IN (platform.fold(:name), platform.fold(:q))"
                        + "      OR n.name_compact IN (replace(platform.fold(:name), ' ', ''),"
                        + "                            replace(platform.fold(:q), ' ', ''))"
                        + "      OR n.name_fold LIKE platform.fold(:name) || '%'"
                        + "      OR n.name_compact LIKE replace(platform.fold(:name), ' ', '') || '%') m"
                        + " JOIN adminunit.unit_version v ON v.name = m.name AND " + AS_OF;
            // The names nearest by trigram distance (GiST k-nearest neighbours), spelled with and
            // without spaces, that are similar enough.
            case SIMILAR ->
                "SELECT v.*, m.score FROM ("
                        + "   SELECT x.name, max(x.score) AS score FROM ("
                        + "     (SELECT n.name, similarity(n.name_fold, platform.fold(:name)) AS score"
                        + "      FROM adminunit.search_name n"
                        + "      ORDER BY n.name_fold <-> platform.fold(:name) LIMIT 60)"
                        + "     UNION ALL"
                        + "     (SELECT n.name, similarity(n.name_compact, replace(platform.fold(:name), ' ', ''))"
                        + "      FROM adminunit.search_name n"
                        + "      ORDER BY n.name_compact <-> replace(platform.fold(:name), ' ', '') LIMIT 60)) x"
                        + "   WHERE x.score >= 0.3 GROUP BY x.name) m"
                        + " JOIN adminunit.unit_version v ON v.name = m.name AND " + AS_OF;
        };
        return "WITH hits AS (" + hits
                + " ORDER BY score DESC, array_position(ARRAY['province','district','commune'], v.level),"
                + " v.code LIMIT :limit)"
                + " SELECT h.code, h.name, h.full_name, h.level, h.type, h.parent_code, h.valid_from,"
                + " h.valid_to, p.full_name AS parent_name,"
                + " CASE h.level WHEN 'province' THEN h.code WHEN 'district' THEN h.parent_code"
                + "   ELSE coalesce(pp.code, p.code) END AS province_code,"
                + " CASE h.level WHEN 'province' THEN h.full_name WHEN 'district' THEN p.full_name"
                + "   ELSE coalesce(pp.full_name, p.full_name) END AS province_name, h.score"
                + " FROM hits h"
                + " LEFT JOIN adminunit.unit_version p ON p.code = h.parent_code"
                + "   AND p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to > :d)"
                + " LEFT JOIN adminunit.unit_version pp ON pp.code = p.parent_code"
                + "   AND pp.valid_from <= :d AND (pp.valid_to IS NULL OR pp.valid_to > :d)"
                + " ORDER BY h.score DESC, array_position(ARRAY['province','district','commune'], h.level),"
                + " h.code";
    }

    /** Type words a user may type before a name ("tinh thanh hoa", "Xã Tân Phú"); names are matched without. */
    private static final List<String> TYPE_WORDS = List.of(
            "thanh pho truc thuoc trung uong",
            "thanh pho",
            "tinh",
            "quan",
            "huyen",
            "thi xa",
            "thi tran",
            "phuong",
            "xa",
            "dac khu",
            "tp.",
            "tp");

    static String withoutType(String text) {
        String folded = MappingImport.fold(text);
        for (String word : TYPE_WORDS) {
            if (folded.startsWith(word + " ") && folded.length() > word.length() + 1) {
                return folded.substring(word.length()).trim();
            }
        }
        return text;
    }

    // ---- one unit: its versions, changes and lineage

    public record UnitRef(long unitId, AdminUnitView version) {}

    /** The unit bearing {@code code} on {@code asOf}; without a date, the latest unit that bore it. */
    public Optional<UnitRef> resolve(String code, LocalDate asOf) {
        String where = asOf != null ? AS_OF : "true";
        return jdbc.sql("SELECT v.unit_id, v.code, v.name, v.full_name, v.level, v.type, v.parent_code,"
                        + " v.valid_from, v.valid_to FROM adminunit.unit_version v WHERE v.code = :code AND "
                        + where + " ORDER BY v.valid_from DESC LIMIT 1")
                .param("code", code)
                .param("d", asOf)
                .query((rs, i) -> new UnitRef(
                        rs.getLong("unit_id"),
                        new AdminUnitView(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("full_name"),
                                rs.getString("level"),
                                rs.getString("type"),
                                rs.getString("parent_code"),
                                rs.getObject("valid_from", LocalDate.class),
                                rs.getObject("valid_to", LocalDate.class))))
                .optional();
    }

    public List<AdminUnitView> versions(long unitId) {
        return jdbc.sql("SELECT code, name, full_name, level, type, parent_code, valid_from, valid_to"
                        + " FROM adminunit.unit_version WHERE unit_id = :u ORDER BY valid_from")
                .param("u", unitId)
                .query(AdminUnitView.class)
                .list();
    }

    /** A change record with the documents it cites and the codes of the units it links. */
    public record ChangeRecord(
            long id,
            LocalDate effectiveDate,
            List<String> kinds,
            String level,
            String code,
            String fullName,
            String codeBefore,
            String codeAfter,
            String nameBefore,
            String nameAfter,
            String typeBefore,
            String typeAfter,
            String parentBefore,
            String parentAfter,
            String legalBasis,
            String legalBasisStep,
            List<String> predecessors) {}

    private static final String CHANGE_SELECT = """
            SELECT c.id, c.effective_date, c.kinds, c.level, coalesce(c.code_after, c.code_before) AS code,
                   coalesce(c.name_after, c.name_before) AS full_name, c.code_before, c.code_after,
                   c.name_before, c.name_after, c.type_before, c.type_after, c.parent_before, c.parent_after,
                   c.legal_basis, c.legal_basis_step,
                   (SELECT array_agg(pv.code ORDER BY pv.code) FROM adminunit.lineage l
                      CROSS JOIN LATERAL (SELECT x.code FROM adminunit.unit_version x
                                          WHERE x.unit_id = l.predecessor_id AND x.valid_from < l.effective_date
                                          ORDER BY x.valid_from DESC LIMIT 1) pv
                     WHERE l.change_id = c.id) AS predecessors
            FROM adminunit.change c""";

    public List<ChangeRecord> changesOf(long unitId) {
        return jdbc.sql(CHANGE_SELECT + " WHERE c.unit_id = :u ORDER BY c.effective_date, c.id")
                .param("u", unitId)
                .query((rs, i) -> changeRecord(rs))
                .list();
    }

    /** A unit at the other end of a lineage edge, as it was on the edge's date. */
    public record LineageLink(
            String code,
            String name,
            String fullName,
            String level,
            String type,
            String parentCode,
            LocalDate validFrom,
            LocalDate validTo,
            String relation,
            LocalDate effectiveDate,
            List<String> kinds,
            String legalBasis) {}

    public List<LineageLink> predecessors(long unitId) {
        return jdbc.sql("""
                        SELECT v.code, v.name, v.full_name, v.level, v.type, v.parent_code, v.valid_from, v.valid_to,
                               l.relation, l.effective_date, c.kinds, c.legal_basis
                        FROM adminunit.lineage l
                        JOIN adminunit.change c ON c.id = l.change_id
                        CROSS JOIN LATERAL (SELECT * FROM adminunit.unit_version x
                                            WHERE x.unit_id = l.predecessor_id AND x.valid_from < l.effective_date
                                            ORDER BY x.valid_from DESC LIMIT 1) v
                        WHERE l.successor_id = :u ORDER BY l.effective_date, v.code""").param("u", unitId).query((rs, i) -> link(rs)).list();
    }

    public List<LineageLink> successors(long unitId) {
        return jdbc.sql("""
                        SELECT v.code, v.name, v.full_name, v.level, v.type, v.parent_code, v.valid_from, v.valid_to,
                               l.relation, l.effective_date, c.kinds, c.legal_basis
                        FROM adminunit.lineage l
                        JOIN adminunit.change c ON c.id = l.change_id
                        CROSS JOIN LATERAL (SELECT * FROM adminunit.unit_version x
                                            WHERE x.unit_id = l.successor_id AND x.valid_from <= l.effective_date
                                            ORDER BY x.valid_from DESC LIMIT 1) v
                        WHERE l.predecessor_id = :u ORDER BY l.effective_date, v.code""").param("u", unitId).query((rs, i) -> link(rs)).list();
    }

    /** A legal document as cited: number, issuer and, when held, its title and effective date. */
    public record LegalDocument(String number, String issuer, LocalDate effectiveDate, String title) {}

    public List<LegalDocument> documents(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, LegalDocument> held = new LinkedHashMap<>();
        jdbc.sql("SELECT number, issuer, effective_date, title FROM adminunit.legal_document" + " WHERE number IN (:n)")
                .param("n", numbers)
                .query(LegalDocument.class)
                .list()
                .forEach(d -> held.put(d.number(), d));
        return numbers.stream()
                .map(n -> held.getOrDefault(n, new LegalDocument(n, LegalBasis.issuerOf(n), null, null)))
                .toList();
    }

    // ---- what changed between two dates

    public record LevelDelta(int before, int after, int created, int abolished, int net) {}

    /** Also each level's figures at the top ({@code province}, {@code district}, {@code commune}). */
    public record Changes(
            LocalDate from,
            LocalDate to,
            LevelDelta province,
            LevelDelta district,
            LevelDelta commune,
            Map<String, LevelDelta> levels,
            List<ChangeRecord> changes,
            LocalDate coverageFrom) {}

    /**
     * Counts per level on {@code from} and {@code to}, the units created (in force on {@code to}, not on
     * {@code from}) and abolished (the reverse), and the change records dated after {@code from} up to
     * and including {@code to}.
     */
    public Changes changes(LocalDate from, LocalDate to, boolean withRecords) {
        Map<String, LevelDelta> levels = new LinkedHashMap<>();
        LEVELS.forEach(l -> levels.put(l, new LevelDelta(0, 0, 0, 0, 0)));
        jdbc.sql("""
                        WITH a AS (SELECT DISTINCT unit_id, level FROM adminunit.unit_version
                                   WHERE valid_from <= :from AND (valid_to IS NULL OR valid_to > :from)),
                             b AS (SELECT DISTINCT unit_id, level FROM adminunit.unit_version
                                   WHERE valid_from <= :to AND (valid_to IS NULL OR valid_to > :to))
                        SELECT coalesce(a.level, b.level) AS level,
                               count(a.unit_id) AS before, count(b.unit_id) AS after,
                               count(*) FILTER (WHERE a.unit_id IS NULL) AS created,
                               count(*) FILTER (WHERE b.unit_id IS NULL) AS abolished
                        FROM a FULL JOIN b ON a.unit_id = b.unit_id
                        GROUP BY 1""").param("from", from).param("to", to).query(rs -> {
            int before = rs.getInt("before");
            int after = rs.getInt("after");
            levels.put(
                    rs.getString("level"),
                    new LevelDelta(before, after, rs.getInt("created"), rs.getInt("abolished"), after - before));
        });
        List<ChangeRecord> records = withRecords ? changeRecords(from, to, null, null, 0, Integer.MAX_VALUE) : null;
        return new Changes(
                from,
                to,
                levels.get("province"),
                levels.get("district"),
                levels.get("commune"),
                levels,
                records,
                coverageFrom());
    }

    /**
     * Units of a level in force on {@code from} and not on {@code to} whose change in between is not a
     * dissolution — why "ended" and "dissolved" differ: a district that became a special zone (đặc khu)
     * of the commune level goes on as a unit, it is not dissolved. {@code kinds} are the change's kinds.
     */
    public record EndedUnit(String code, String name, String levelAfter, String kinds) {}

    public List<EndedUnit> endedWithoutDissolution(LocalDate from, LocalDate to, String level) {
        return jdbc.sql("""
                        WITH a AS (SELECT DISTINCT unit_id FROM adminunit.unit_version
                                   WHERE level = :level AND valid_from <= :from AND (valid_to IS NULL OR valid_to > :from)),
                             b AS (SELECT DISTINCT unit_id FROM adminunit.unit_version
                                   WHERE level = :level AND valid_from <= :to AND (valid_to IS NULL OR valid_to > :to)),
                             ended AS (SELECT unit_id FROM a EXCEPT SELECT unit_id FROM b)
                        SELECT v.code, v.full_name AS name,
                               (SELECT w.level FROM adminunit.unit_version w WHERE w.unit_id = e.unit_id
                                  AND w.valid_from <= :to AND (w.valid_to IS NULL OR w.valid_to > :to) LIMIT 1) AS level_after,
                               (SELECT string_agg(k, ', ') FROM adminunit.change c, unnest(c.kinds) k
                                 WHERE c.unit_id = e.unit_id AND c.effective_date > :from AND c.effective_date <= :to)
                                   AS kinds
                        FROM ended e
                        JOIN adminunit.unit_version v ON v.unit_id = e.unit_id
                             AND v.valid_from <= :from AND (v.valid_to IS NULL OR v.valid_to > :from)
                        WHERE NOT EXISTS (SELECT 1 FROM adminunit.change c
                                          WHERE c.unit_id = e.unit_id AND c.effective_date > :from
                                            AND c.effective_date <= :to AND 'DISSOLVE' = ANY (c.kinds))
                        ORDER BY v.code""")
                .param("level", level)
                .param("from", from)
                .param("to", to)
                .query(EndedUnit.class)
                .list();
    }

    /**
     * The reforms: the dates on which at least {@code minimum} units changed, latest first, with their
     * number of changes and the legal basis most of them cite.
     */
    public record Reform(LocalDate effectiveDate, int changes, String legalBasis) {}

    public List<Reform> reforms(int minimum) {
        return jdbc.sql("""
                        SELECT effective_date, count(*) AS changes,
                               mode() WITHIN GROUP (ORDER BY legal_basis) AS legal_basis
                        FROM adminunit.change GROUP BY effective_date HAVING count(*) >= :minimum
                        ORDER BY effective_date DESC""").param("minimum", minimum).query(Reform.class).list();
    }

    /** Change records in ({@code from}, {@code to}], optionally of one level and one kind, a page at a time. */
    public List<ChangeRecord> changeRecords(
            LocalDate from, LocalDate to, String level, String kind, int offset, int limit) {
        return jdbc.sql(CHANGE_SELECT + """
                         WHERE c.effective_date > :from AND c.effective_date <= :to
                          AND (CAST(:level AS text) IS NULL OR c.level = :level)
                          AND (CAST(:kind AS text) IS NULL OR :kind = ANY (c.kinds))
                        ORDER BY c.effective_date, array_position(ARRAY['province','district','commune'], c.level),
                                 coalesce(c.code_after, c.code_before), c.id
                        OFFSET :offset LIMIT :limit""")
                .param("from", from)
                .param("to", to)
                .param("level", level)
                .param("kind", kind)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, i) -> changeRecord(rs))
                .list();
    }

    /** A unit created or abolished between two dates, with the change that created or ended it. */
    public record DeltaUnit(
            String code,
            String fullName,
            String level,
            String type,
            String parentCode,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate changeDate,
            List<String> kinds,
            String legalBasis,
            List<String> related) {}

    /**
     * The units behind a number of {@link #changes}: {@code created} (in force on {@code to} but not on
     * {@code from}) with the change that established them and their predecessors, or {@code abolished}
     * with the change that ended them and their successors.
     */
    public List<DeltaUnit> deltaUnits(
            LocalDate from, LocalDate to, String level, boolean created, int offset, int limit) {
        String sql = created ? """
                WITH a AS (SELECT DISTINCT unit_id FROM adminunit.unit_version
                           WHERE valid_from <= :from AND (valid_to IS NULL OR valid_to > :from)),
                     u AS (SELECT v.* FROM adminunit.unit_version v
                           WHERE v.valid_from <= :to AND (v.valid_to IS NULL OR v.valid_to > :to) AND v.level = :level
                             AND NOT EXISTS (SELECT 1 FROM a WHERE a.unit_id = v.unit_id))
                SELECT u.code, u.full_name, u.level, u.type, u.parent_code, u.valid_from, u.valid_to,
                       c.effective_date AS change_date, c.kinds, coalesce(c.legal_basis, c.legal_basis_step) AS legal_basis,
                       (SELECT array_agg(DISTINCT pv.code) FROM adminunit.lineage l
                          CROSS JOIN LATERAL (SELECT x.code FROM adminunit.unit_version x
                                              WHERE x.unit_id = l.predecessor_id AND x.valid_from < l.effective_date
                                              ORDER BY x.valid_from DESC LIMIT 1) pv
                         WHERE l.successor_id = u.unit_id) AS related
                FROM u
                LEFT JOIN LATERAL (SELECT * FROM adminunit.change c WHERE c.unit_id = u.unit_id
                                     AND c.effective_date > :from AND c.effective_date <= :to
                                   ORDER BY c.effective_date LIMIT 1) c ON true
                ORDER BY u.code OFFSET :offset LIMIT :limit""" : """
                WITH b AS (SELECT DISTINCT unit_id FROM adminunit.unit_version
                           WHERE valid_from <= :to AND (valid_to IS NULL OR valid_to > :to)),
                     u AS (SELECT v.* FROM adminunit.unit_version v
                           WHERE v.valid_from <= :from AND (v.valid_to IS NULL OR v.valid_to > :from) AND v.level = :level
                             AND NOT EXISTS (SELECT 1 FROM b WHERE b.unit_id = v.unit_id))
                SELECT u.code, u.full_name, u.level, u.type, u.parent_code, u.valid_from, u.valid_to,
                       e.valid_to AS change_date,
                       coalesce(c.kinds, CASE WHEN sc.split THEN ARRAY['SPLIT'] WHEN NOT sc.split THEN ARRAY['MERGE']
                                         END) AS kinds,
                       coalesce(c.legal_basis, c.legal_basis_step, sc.legal_basis) AS legal_basis,
                       (SELECT array_agg(DISTINCT sv.code) FROM adminunit.lineage l
                          CROSS JOIN LATERAL (SELECT x.code FROM adminunit.unit_version x
                                              WHERE x.unit_id = l.successor_id AND x.valid_from <= l.effective_date
                                              ORDER BY x.valid_from DESC LIMIT 1) sv
                         WHERE l.predecessor_id = u.unit_id) AS related
                FROM u
                JOIN LATERAL (SELECT max(x.valid_to) AS valid_to FROM adminunit.unit_version x
                              WHERE x.unit_id = u.unit_id) e ON true
                LEFT JOIN adminunit.change c ON c.unit_id = u.unit_id AND c.effective_date = e.valid_to
                -- A unit that ended in mergers or splits has no change of its own: how it went on is
                -- in its lineage edges and the decisions of its successors.
                LEFT JOIN LATERAL (SELECT bool_or(l.relation = 'partial') AS split,
                                          string_agg(DISTINCT sc.legal_basis, ';') AS legal_basis
                                   FROM adminunit.lineage l
                                   JOIN adminunit.change sc ON sc.id = l.change_id
                                   WHERE l.predecessor_id = u.unit_id) sc ON true
                ORDER BY u.code OFFSET :offset LIMIT :limit""";
        return jdbc.sql(sql)
                .param("from", from)
                .param("to", to)
                .param("level", level)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, i) -> {
                    List<String> kinds = strings(rs.getArray("kinds"));
                    return new DeltaUnit(
                            rs.getString("code"),
                            rs.getString("full_name"),
                            rs.getString("level"),
                            rs.getString("type"),
                            rs.getString("parent_code"),
                            rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class),
                            rs.getObject("change_date", LocalDate.class),
                            kinds,
                            rs.getString("legal_basis"),
                            strings(rs.getArray("related")));
                })
                .list();
    }

    // ---- mapping rows

    private static ChangeRecord changeRecord(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChangeRecord(
                rs.getLong("id"),
                rs.getObject("effective_date", LocalDate.class),
                strings(rs.getArray("kinds")),
                rs.getString("level"),
                rs.getString("code"),
                rs.getString("full_name"),
                rs.getString("code_before"),
                rs.getString("code_after"),
                rs.getString("name_before"),
                rs.getString("name_after"),
                rs.getString("type_before"),
                rs.getString("type_after"),
                rs.getString("parent_before"),
                rs.getString("parent_after"),
                rs.getString("legal_basis"),
                rs.getString("legal_basis_step"),
                strings(rs.getArray("predecessors")));
    }

    private static LineageLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LineageLink(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("full_name"),
                rs.getString("level"),
                rs.getString("type"),
                rs.getString("parent_code"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("relation"),
                rs.getObject("effective_date", LocalDate.class),
                strings(rs.getArray("kinds")),
                rs.getString("legal_basis"));
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
