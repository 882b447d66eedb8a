package vn.noivu.staffing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.staffing.Quota;

/** Quota rows: scoped reads (by the unit's scope path) and set-based writes. */
@Component
public class QuotaStore {

    /** A quota to write; {@code decisionId} from {@link #decisionIds}. */
    public record NewQuota(String orgCode, int year, String category, int assigned, Integer actual, long decisionId) {}

    /** How a batch of writes changed the table. */
    public record Changes(int inserted, int updated, int unchanged) {}

    /** A decision as written in a file: reference, date, issuer. */
    public record DecisionRef(String legalBasis, LocalDate issuedOn, String issuer) {}

    private static final String SELECT = """
            SELECT aq.org_code, u.name AS org_name, aq.year, aq.category, aq.assigned, aq.actual,
                   aq.legal_basis, aq.decision_date, aq.decision_issuer
            FROM organization.api_unit u
            JOIN staffing.api_quota aq ON aq.org_code = u.code
            WHERE (u.path COLLATE "C" >= :scopeLo AND u.path COLLATE "C" < :scopeHi)""";

    private final JdbcClient jdbc;

    QuotaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Quotas of the units under a scope path (ending with '/'), as recorded, ordered by unit path, year and category. */
    public List<Quota> list(String scopePath, Integer year, String category, int offset, int limit) {
        List<Quota> out = new ArrayList<>();
        stream(scopePath, year, category, offset, limit, out::add);
        return out;
    }

    public void stream(String scopePath, Integer year, String category, int offset, int limit, Consumer<Quota> sink) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new HashMap<>();
        params.putAll(PathRange.params(scopePath));
        if (year != null) {
            sql.append(" AND aq.year = :year");
            params.put("year", year);
        }
        if (category != null) {
            sql.append(" AND aq.category = :category");
            params.put("category", category);
        }
        sql.append(" ORDER BY u.path, aq.year, aq.category LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            sink.accept(quota(rs));
        });
    }

    public static String key(String org, int year, String category) {
        return org + "|" + year + "|" + category;
    }

    /** The ids of these decisions, creating those not yet known. */
    public Map<DecisionRef, Long> decisionIds(List<DecisionRef> refs) {
        Map<DecisionRef, Long> out = new HashMap<>();
        for (DecisionRef ref : refs) {
            if (out.containsKey(ref)) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO staffing.decision (legal_basis, issued_on, issuer) VALUES (:lb, :d, :i)
                            ON CONFLICT (legal_basis, coalesce(issued_on, DATE '0001-01-01'), coalesce(issuer, ''))
                            DO NOTHING""")
                    .param("lb", ref.legalBasis())
                    .param("d", ref.issuedOn())
                    .param("i", ref.issuer())
                    .update();
            long id = jdbc.sql("""
                            SELECT id FROM staffing.decision WHERE legal_basis = :lb
                              AND coalesce(issued_on, DATE '0001-01-01') = coalesce(CAST(:d AS date), DATE '0001-01-01')
                              AND coalesce(issuer, '') = coalesce(CAST(:i AS text), '')""")
                    .param("lb", ref.legalBasis())
                    .param("d", ref.issuedOn())
                    .param("i", ref.issuer())
                    .query(Long.class)
                    .single();
            out.put(ref, id);
        }
        return out;
    }

    /** Inserts or updates the rows; rows equal to what is stored are left alone (re-imports change nothing). */
    public Changes upsert(List<NewQuota> rows, String actor) {
        int inserted = 0;
        int updated = 0;
        for (int i = 0; i < rows.size(); i += 5000) {
            List<NewQuota> chunk = rows.subList(i, Math.min(rows.size(), i + 5000));
            List<Boolean> result = jdbc.sql("""
                            INSERT INTO staffing.quota AS q (org_code, year, category, assigned, actual, decision_id, updated_by)
                            SELECT * , CAST(:actor AS text) FROM unnest(:orgs, :years, :cats, :assigned, :actual, :decisions)
                            ON CONFLICT (org_code, year, category) DO UPDATE
                               SET assigned = excluded.assigned, actual = excluded.actual,
                                   decision_id = excluded.decision_id, updated_by = excluded.updated_by, updated_at = now()
                               WHERE (q.assigned, q.actual, q.decision_id)
                                     IS DISTINCT FROM (excluded.assigned, excluded.actual, excluded.decision_id)
                            RETURNING (xmax = 0) AS inserted""")
                    .param("actor", actor)
                    .param("orgs", chunk.stream().map(NewQuota::orgCode).toArray(String[]::new))
                    .param("years", chunk.stream().map(NewQuota::year).toArray(Integer[]::new))
                    .param("cats", chunk.stream().map(NewQuota::category).toArray(String[]::new))
                    .param("assigned", chunk.stream().map(NewQuota::assigned).toArray(Integer[]::new))
                    .param("actual", chunk.stream().map(NewQuota::actual).toArray(Integer[]::new))
                    .param("decisions", chunk.stream().map(NewQuota::decisionId).toArray(Long[]::new))
                    .query(Boolean.class)
                    .list();
            for (Boolean b : result) {
                if (b) {
                    inserted++;
                } else {
                    updated++;
                }
            }
        }
        return new Changes(inserted, updated, rows.size() - inserted - updated);
    }

    /** The latest year holding any quota, nationally. */
    public Integer latestYear() {
        return jdbc.sql("SELECT max(year) FROM staffing.year_total")
                .query(Integer.class)
                .single();
    }

    public Integer earliestYear() {
        return jdbc.sql("SELECT min(year) FROM staffing.year_total")
                .query(Integer.class)
                .single();
    }

    /** National assigned totals per year and category. */
    public Map<Integer, Map<String, Long>> nationalTotals() {
        Map<Integer, Map<String, Long>> out = new java.util.TreeMap<>();
        jdbc.sql("SELECT year, category, assigned FROM staffing.year_total ORDER BY year")
                .query(rs -> {
                    out.computeIfAbsent(rs.getInt(1), y -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return out;
    }

    static Quota quota(ResultSet rs) throws SQLException {
        int actual = rs.getInt("actual");
        Integer actualOrNull = rs.wasNull() ? null : actual;
        return new Quota(
                rs.getString("org_code"),
                rs.getString("org_name"),
                rs.getInt("year"),
                rs.getString("category"),
                rs.getInt("assigned"),
                actualOrNull,
                rs.getString("legal_basis"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision_issuer"));
    }
}
