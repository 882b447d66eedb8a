package vn.noivu.staffing.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.staffing.ReductionTarget;
import vn.noivu.staffing.TargetDraft;

/** Reduction targets in {@code staffing.target}. */
@Component
public class TargetStore {

    private static final String SELECT = """
            SELECT id, name, scope_code, categories, baseline_year, target_year, minimum_percent,
                   legal_basis, issued_on, issuer
            FROM staffing.target""";

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReductionTarget> all() {
        return jdbc.sql(SELECT + " ORDER BY target_year, baseline_year, id")
                .query(TargetStore::target)
                .list();
    }

    public Optional<ReductionTarget> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(TargetStore::target)
                .optional();
    }

    public Optional<ReductionTarget> findSame(TargetDraft d) {
        return jdbc.sql(SELECT + "\n" + """
                         WHERE legal_basis = :lb AND coalesce(scope_code, '') = coalesce(CAST(:scope AS text), '')
                           AND baseline_year = :y0 AND target_year = :y1 AND categories = CAST(:cats AS text[])""")
                .param("lb", d.legalBasis())
                .param("scope", d.scope())
                .param("y0", d.baselineYear())
                .param("y1", d.targetYear())
                .param("cats", d.categories().toArray(String[]::new))
                .query(TargetStore::target)
                .optional();
    }

    public long insert(TargetDraft d) {
        return jdbc.sql("""
                        INSERT INTO staffing.target (name, scope_code, categories, baseline_year, target_year,
                                                     minimum_percent, legal_basis, issued_on, issuer)
                        VALUES (:name, :scope, :cats, :y0, :y1, :pct, :lb, :issuedOn, :issuer)
                        RETURNING id""").params(params(d)).query(Long.class).single();
    }

    public void update(long id, TargetDraft d) {
        jdbc.sql("""
                        UPDATE staffing.target SET name = :name, scope_code = :scope, categories = :cats,
                               baseline_year = :y0, target_year = :y1, minimum_percent = :pct,
                               legal_basis = :lb, issued_on = :issuedOn, issuer = :issuer, updated_at = now()
                        WHERE id = :id""").params(params(d)).param("id", id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM staffing.target WHERE id = :id").param("id", id).update();
    }

    private static java.util.Map<String, Object> params(TargetDraft d) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", d.name().trim());
        p.put("scope", d.scope());
        p.put("cats", d.categories().toArray(String[]::new));
        p.put("y0", d.baselineYear());
        p.put("y1", d.targetYear());
        p.put("pct", d.minimumPercent());
        p.put("lb", d.legalBasis().trim());
        p.put("issuedOn", d.issuedOn());
        p.put(
                "issuer",
                d.issuer() == null || d.issuer().isBlank() ? null : d.issuer().trim());
        return p;
    }

    static ReductionTarget target(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Array cats = rs.getArray("categories");
        return new ReductionTarget(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("scope_code"),
                Arrays.asList((String[]) cats.getArray()),
                rs.getInt("baseline_year"),
                rs.getInt("target_year"),
                rs.getObject("minimum_percent", BigDecimal.class),
                rs.getString("legal_basis"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("issuer"));
    }
}
