package vn.noivu.reform.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.CriterionKind;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.Method;

/** The module's SQL: methods, scores from every source, unit names and regions. */
@Repository
public class ReformStore {

    /** A province's region on a date. */
    public record RegionOf(String provinceCode, String regionCode, String name) {}

    private final JdbcClient jdbc;

    ReformStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Method> method(int year, EvaluatedSet set, String owner) {
        return jdbc.sql("""
                        SELECT id, group_a_min, group_b_min, deadline FROM reform.method
                        WHERE year = :y AND set_code = :s AND owner_code = :o""")
                .param("y", year)
                .param("s", set.name())
                .param("o", owner)
                .query((rs, n) -> new Method(
                        rs.getLong("id"),
                        year,
                        set,
                        owner,
                        rs.getBigDecimal("group_a_min"),
                        rs.getBigDecimal("group_b_min"),
                        rs.getObject("deadline", LocalDate.class),
                        criteria(rs.getLong("id"))))
                .optional();
    }

    public Optional<Method> method(long id) {
        return jdbc.sql("SELECT year, set_code, owner_code FROM reform.method WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> method(rs.getInt(1), EvaluatedSet.valueOf(rs.getString(2)), rs.getString(3)))
                .optional()
                .flatMap(m -> m);
    }

    private List<Criterion> criteria(long methodId) {
        return jdbc.sql("""
                        SELECT code, parent_code, name, max_points, kind FROM reform.criterion
                        WHERE method_id = :m ORDER BY position""")
                .param("m", methodId)
                .query((rs, n) -> new Criterion(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        CriterionKind.valueOf(rs.getString(5))))
                .list();
    }

    /** Replaces the method of (year, set, owner) whole; returns its id (kept when it existed). */
    public long saveMethod(
            int year,
            EvaluatedSet set,
            String owner,
            BigDecimal groupA,
            BigDecimal groupB,
            LocalDate deadline,
            List<Criterion> criteria) {
        long id = jdbc.sql("""
                        INSERT INTO reform.method (year, set_code, owner_code, group_a_min, group_b_min, deadline)
                        VALUES (:y, :s, :o, :a, :b, :d)
                        ON CONFLICT (year, set_code, owner_code)
                        DO UPDATE SET group_a_min = EXCLUDED.group_a_min, group_b_min = EXCLUDED.group_b_min,
                                      deadline = EXCLUDED.deadline
                        RETURNING id""")
                .param("y", year)
                .param("s", set.name())
                .param("o", owner)
                .param("a", groupA)
                .param("b", groupB)
                .param("d", deadline)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM reform.criterion WHERE method_id = :m")
                .param("m", id)
                .update();
        int position = 0;
        for (Criterion c : criteria) {
            jdbc.sql("""
                            INSERT INTO reform.criterion (method_id, code, parent_code, name, max_points, kind, position)
                            VALUES (:m, :c, :p, :n, :x, :k, :pos)""")
                    .param("m", id)
                    .param("c", c.code())
                    .param("p", c.parentCode())
                    .param("n", c.name())
                    .param("x", c.maxPoints())
                    .param("k", c.kind().name())
                    .param("pos", position++)
                    .update();
        }
        return id;
    }

    public void saveUnitName(EvaluatedSet set, String owner, String code, String name) {
        jdbc.sql("""
                        INSERT INTO reform.unit (set_code, owner_code, code, name) VALUES (:s, :o, :c, :n)
                        ON CONFLICT (set_code, owner_code, code) DO UPDATE SET name = EXCLUDED.name""")
                .param("s", set.name())
                .param("o", owner)
                .param("c", code)
                .param("n", name)
                .update();
    }

    public Map<String, String> unitNames(EvaluatedSet set, String owner) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM reform.unit WHERE set_code = :s AND owner_code = :o")
                .param("s", set.name())
                .param("o", owner)
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    public void saveComponentScore(
            int year, EvaluatedSet set, String owner, String unit, String criterion, BigDecimal score, String source) {
        jdbc.sql("""
                        INSERT INTO reform.component_score
                            (year, set_code, owner_code, unit_code, criterion_code, score, source)
                        VALUES (:y, :s, :o, :u, :c, :v, :src)
                        ON CONFLICT (year, set_code, owner_code, unit_code, criterion_code)
                        DO UPDATE SET score = EXCLUDED.score, source = EXCLUDED.source""")
                .param("y", year)
                .param("s", set.name())
                .param("o", owner)
                .param("u", unit)
                .param("c", criterion)
                .param("v", score)
                .param("src", source)
                .update();
    }

    public void savePublishedIndex(int year, EvaluatedSet set, String owner, String unit, BigDecimal index) {
        jdbc.sql("""
                        INSERT INTO reform.published_index (year, set_code, owner_code, unit_code, index_pct)
                        VALUES (:y, :s, :o, :u, :v)
                        ON CONFLICT (year, set_code, owner_code, unit_code) DO UPDATE SET index_pct = EXCLUDED.index_pct""")
                .param("y", year)
                .param("s", set.name())
                .param("o", owner)
                .param("u", unit)
                .param("v", index)
                .update();
    }

    public Map<String, BigDecimal> publishedIndices(int year, EvaluatedSet set, String owner) {
        Map<String, BigDecimal> result = new HashMap<>();
        jdbc.sql("""
                        SELECT unit_code, index_pct FROM reform.published_index
                        WHERE year = :y AND set_code = :s AND owner_code = :o""")
                .param("y", year)
                .param("s", set.name())
                .param("o", owner)
                .query((rs, n) -> result.put(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return result;
    }

    /**
     * Every unit's scores by criterion for a year: imported components (surveys, measured, published)
     * and the self-assessed points of submitted assessments, the evaluator's where adjusted.
     */
    public Map<String, Map<String, BigDecimal>> scores(int year, EvaluatedSet set, String owner) {
        Map<String, Map<String, BigDecimal>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT unit_code, criterion_code, score FROM reform.component_score
                        WHERE year = :y AND set_code = :s AND owner_code = :o
                        UNION ALL
                        SELECT a.unit_code, i.criterion_code, COALESCE(i.appraised_points, i.self_points)
                        FROM reform.assessment a
                        JOIN reform.method m ON m.id = a.method_id
                        JOIN reform.assessment_item i ON i.assessment_id = a.id
                        WHERE m.year = :y AND m.set_code = :s AND m.owner_code = :o AND a.status <> 'DRAFT'
                          AND COALESCE(i.appraised_points, i.self_points) IS NOT NULL""")
                .param("y", year)
                .param("s", set.name())
                .param("o", owner)
                .query((rs, n) -> result.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        return result;
    }

    /** The years with any result of the set. */
    public List<Integer> years(EvaluatedSet set, String owner) {
        return jdbc.sql("""
                        SELECT year FROM reform.published_index WHERE set_code = :s AND owner_code = :o
                        UNION SELECT year FROM reform.component_score WHERE set_code = :s AND owner_code = :o
                        UNION SELECT year FROM reform.method WHERE set_code = :s AND owner_code = :o
                        ORDER BY 1""")
                .param("s", set.name())
                .param("o", owner)
                .query(Integer.class)
                .list();
    }

    public Map<String, RegionOf> regions(LocalDate asOf) {
        Map<String, RegionOf> result = new HashMap<>();
        jdbc.sql("""
                        SELECT m.province_code, r.code, r.name FROM reform.region_member m
                        JOIN reform.region r ON r.code = m.region_code
                        WHERE m.valid_from <= :d AND (m.valid_to IS NULL OR m.valid_to > :d)""")
                .param("d", asOf)
                .query((rs, n) ->
                        result.put(rs.getString(1), new RegionOf(rs.getString(1), rs.getString(2), rs.getString(3))))
                .list();
        return result;
    }

    /** The regions in their usual order: code → name. */
    public Map<String, String> regionNames() {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM reform.region ORDER BY sort_order")
                .query((rs, n) -> result.put(rs.getString(1), rs.getString(2)))
                .list();
        return result;
    }
}
