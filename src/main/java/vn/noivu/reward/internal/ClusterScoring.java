package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.reward.Cluster;

/**
 * The year-end scoring of a cluster's members against the cluster's criteria of that year, their
 * ranking, and the cluster's proposal of its leading member for the emulation flag (Cờ thi đua of the
 * ministry or province, or of the Government). The leading member is the one with the highest total;
 * when several share it, the cluster names which (its leader and deputy decide, as for an unresolved
 * leader vote).
 */
@Component
public class ClusterScoring {

    static final Set<String> FLAGS = Set.of("CO_TD_BO_TINH", "CO_TD_CP");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final ClusterRegistry clusters;
    private final AuditLog audit;

    ClusterScoring(JdbcClient jdbc, ClusterRegistry clusters, AuditLog audit) {
        this.jdbc = jdbc;
        this.clusters = clusters;
        this.audit = audit;
    }

    /** Replaces the criteria of a year (and so its scores). */
    @Transactional
    public List<Cluster.Criterion> setCriteria(String code, int year, List<Cluster.Criterion> criteria) {
        clusters.requireAccess(code, true);
        ClusterRegistry.checkYear(year);
        if (criteria == null || criteria.isEmpty() || criteria.stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleException("criteria", "reward.cluster.criteria.required", new Object[0]);
        }
        Set<String> seen = new HashSet<>();
        for (Cluster.Criterion c : criteria) {
            if (c.code() == null || !c.code().matches("[A-Za-z0-9._-]{1,20}") || !seen.add(c.code())) {
                throw new BusinessRuleException(
                        "code", "reward.cluster.criterion.code", new Object[] {String.valueOf(c.code())});
            }
            String refusal = Texts.refusal(c.name(), 500);
            if (refusal != null) {
                throw new BusinessRuleException("name", refusal, new Object[] {500});
            }
            if (c.maxPoints() == null
                    || c.maxPoints().signum() <= 0
                    || c.maxPoints().compareTo(new BigDecimal("10000")) > 0) {
                throw new BusinessRuleException("maxPoints", "reward.cluster.criterion.max", new Object[] {c.code()});
            }
        }
        List<Cluster.Criterion> before = criteria(code, year);
        jdbc.sql("DELETE FROM reward.cluster_score WHERE cluster_code = :c AND year = :y")
                .param("c", code)
                .param("y", year)
                .update();
        jdbc.sql("DELETE FROM reward.cluster_criterion WHERE cluster_code = :c AND year = :y")
                .param("c", code)
                .param("y", year)
                .update();
        int order = 0;
        for (Cluster.Criterion c : criteria) {
            jdbc.sql("""
                            INSERT INTO reward.cluster_criterion (cluster_code, year, code, name, max_points, sort_order)
                            VALUES (:c, :y, :k, :n, :m, :o)""")
                    .param("c", code)
                    .param("y", year)
                    .param("k", c.code())
                    .param("n", c.name().trim())
                    .param("m", c.maxPoints())
                    .param("o", order++)
                    .update();
        }
        audit.record("UPDATE", "reward.cluster_criterion", code + "/" + year, before, criteria);
        return criteria(code, year);
    }

    @Transactional(readOnly = true)
    public List<Cluster.Criterion> criteria(String code, int year) {
        clusters.requireAccess(code, false);
        return jdbc.sql("""
                        SELECT code, name, max_points FROM reward.cluster_criterion
                        WHERE cluster_code = :c AND year = :y ORDER BY sort_order""")
                .param("c", code)
                .param("y", year)
                .query(Cluster.Criterion.class)
                .list();
    }

    /** Records points of members on criteria (upsert): members of the year, 0 to the criterion's maximum. */
    @Transactional
    public List<Cluster.Standing> score(String code, int year, List<Cluster.Score> scores) {
        clusters.requireAccess(code, true);
        Map<String, Cluster.Criterion> criteria =
                criteria(code, year).stream().collect(Collectors.toMap(Cluster.Criterion::code, Function.identity()));
        Set<String> members = Set.copyOf(jdbc.sql("""
                        SELECT org_code FROM reward.cluster_member WHERE cluster_code = :c AND year = :y""")
                .param("c", code)
                .param("y", year)
                .query(String.class)
                .list());
        if (scores == null || scores.isEmpty() || scores.stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleException("scores", "reward.cluster.criteria.required", new Object[0]);
        }
        for (Cluster.Score s : scores) {
            if (s.orgCode() == null || !members.contains(s.orgCode())) {
                throw new BusinessRuleException(
                        "orgCode", "reward.cluster.notMember", new Object[] {String.valueOf(s.orgCode()), year});
            }
            Cluster.Criterion c = s.criterion() == null ? null : criteria.get(s.criterion());
            if (c == null) {
                throw new BusinessRuleException(
                        "criterion", "reward.cluster.criterion.unknown", new Object[] {String.valueOf(s.criterion())});
            }
            if (s.points() == null || s.points().signum() < 0 || s.points().compareTo(c.maxPoints()) > 0) {
                throw new BusinessRuleException("points", "reward.cluster.score.range", new Object[] {
                    s.orgCode(), c.code(), c.maxPoints().stripTrailingZeros().toPlainString()
                });
            }
        }
        for (Cluster.Score s : scores) {
            jdbc.sql("""
                            INSERT INTO reward.cluster_score (cluster_code, year, org_code, criterion_code, points)
                            VALUES (:c, :y, :o, :k, :p)
                            ON CONFLICT (cluster_code, year, org_code, criterion_code) DO UPDATE SET points = EXCLUDED.points""")
                    .param("c", code)
                    .param("y", year)
                    .param("o", s.orgCode())
                    .param("k", s.criterion())
                    .param("p", s.points())
                    .update();
        }
        audit.record("SCORE", "reward.cluster_score", code + "/" + year, null, scores);
        return standings(code, year);
    }

    /** Every member of the year with its total (0 when unscored), highest first; equal totals share a rank. */
    @Transactional(readOnly = true)
    public List<Cluster.Standing> standings(String code, int year) {
        clusters.requireAccess(code, false);
        return jdbc.sql("""
                        SELECT m.org_code, coalesce(u.name, m.org_code) AS org_name,
                               coalesce(sum(s.points), 0) AS total,
                               CAST(rank() OVER (ORDER BY coalesce(sum(s.points), 0) DESC) AS int) AS rank
                        FROM reward.cluster_member m
                        LEFT JOIN reward.cluster_score s
                          ON s.cluster_code = m.cluster_code AND s.year = m.year AND s.org_code = m.org_code
                        LEFT JOIN organization.api_unit u ON u.code = m.org_code
                        WHERE m.cluster_code = :c AND m.year = :y
                        GROUP BY m.org_code, u.name, m.rotation_order
                        ORDER BY total DESC, m.rotation_order""")
                .param("c", code)
                .param("y", year)
                .query(Cluster.Standing.class)
                .list();
    }

    /**
     * Proposes the leading member of the year for a flag. Refused before any score is recorded, and when
     * several members share the top total unless the request names one of them.
     */
    @Transactional
    public Cluster.Flag proposeFlag(String code, int year, Cluster.FlagRequest r) {
        clusters.requireAccess(code, true);
        if (r == null || r.title() == null || !FLAGS.contains(r.title())) {
            throw new BusinessRuleException(
                    "title", "reward.cluster.flag.title", new Object[] {r == null ? "null" : String.valueOf(r.title())
                    });
        }
        List<Cluster.Standing> standings = standings(code, year);
        if (standings.isEmpty() || standings.get(0).total().signum() == 0) {
            throw new BusinessRuleException("year", "reward.cluster.flag.noScores", new Object[] {year});
        }
        List<Cluster.Standing> top =
                standings.stream().filter(s -> s.rank() == 1).toList();
        Cluster.Standing leading;
        if (top.size() == 1) {
            leading = top.get(0);
        } else {
            String tied = top.stream().map(Cluster.Standing::orgCode).collect(Collectors.joining(", "));
            leading = top.stream()
                    .filter(s -> s.orgCode().equals(r.orgCode()))
                    .findFirst()
                    .orElseThrow(
                            () -> new BusinessRuleException("orgCode", "reward.cluster.flag.tie", new Object[] {tied}));
        }
        jdbc.sql("""
                        INSERT INTO reward.cluster_flag (cluster_code, year, title_code, org_code, total_points,
                            proposed_on, proposed_by)
                        VALUES (:c, :y, :t, :o, :p, :d, :by)
                        ON CONFLICT (cluster_code, year, title_code) DO UPDATE SET org_code = EXCLUDED.org_code,
                            total_points = EXCLUDED.total_points, proposed_on = EXCLUDED.proposed_on,
                            proposed_by = EXCLUDED.proposed_by""")
                .param("c", code)
                .param("y", year)
                .param("t", r.title())
                .param("o", leading.orgCode())
                .param("p", leading.total())
                .param("d", LocalDate.now(VIETNAM))
                .param("by", CurrentUser.actor())
                .update();
        Cluster.Flag flag = new Cluster.Flag(year, r.title(), leading.orgCode(), leading.total());
        audit.record("PROPOSE_FLAG", "reward.cluster_flag", code + "/" + year, null, flag);
        return flag;
    }
}
