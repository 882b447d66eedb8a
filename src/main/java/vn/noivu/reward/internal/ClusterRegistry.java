package vn.noivu.reward.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reward.Cluster;

/**
 * Emulation clusters: created in the creator's scope, seen by users whose scope contains the cluster's
 * (the Ministry sees every cluster, a province its own), members per year, leaders per year chosen by
 * the cluster's {@link LeaderRule}.
 */
@Component
public class ClusterRegistry {

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final AuditLog audit;

    ClusterRegistry(JdbcClient jdbc, Subjects subjects, AuditLog audit) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.audit = audit;
    }

    private record Head(String code, String name, String leaderRule) {}

    @Transactional
    public Cluster create(Cluster.Request r) {
        String code = r.code() == null ? "" : r.code().trim();
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
            throw new BusinessRuleException("code", "reward.cluster.code", new Object[] {code});
        }
        if (Texts.refusal(r.name(), 300) != null) {
            throw new BusinessRuleException("name", "reward.field.required", new Object[0]);
        }
        if (!"ROTATION".equals(r.leaderRule()) && !"VOTE".equals(r.leaderRule())) {
            throw new BusinessRuleException("leaderRule", "reward.cluster.rule", new Object[] {r.leaderRule()});
        }
        try {
            jdbc.sql("""
                            INSERT INTO reward.cluster (code, name, leader_rule, scope_path)
                            VALUES (:c, :n, :r, :p)""")
                    .param("c", code)
                    .param("n", r.name().trim())
                    .param("r", r.leaderRule())
                    .param("p", CurrentUser.scope().path())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("code", "reward.cluster.exists", new Object[] {code});
        }
        audit.record("CREATE", "reward.cluster", code, null, r);
        return get(code, null);
    }

    @Transactional(readOnly = true)
    public List<Cluster> list() {
        return jdbc
                .sql("""
                        SELECT code FROM reward.cluster WHERE starts_with(:path, scope_path) OR scope_path LIKE :pattern
                        ORDER BY code""")
                .param("path", CurrentUser.scope().path())
                .param("pattern", CurrentUser.scope().likePattern())
                .query(String.class)
                .list()
                .stream()
                .map(c -> get(c, null))
                .toList();
    }

    @Transactional(readOnly = true)
    public Cluster get(String code, Integer year) {
        Head head = head(code, false);
        List<Cluster.Member> members = year == null
                ? List.of()
                : jdbc.sql("""
                                SELECT org_code, rotation_order FROM reward.cluster_member
                                WHERE cluster_code = :c AND year = :y ORDER BY rotation_order""")
                        .param("c", code)
                        .param("y", year)
                        .query(Cluster.Member.class)
                        .list();
        List<Cluster.Leader> leaders =
                jdbc.sql("""
                        SELECT year, org_code, chosen_by, rounds FROM reward.cluster_leader
                        WHERE cluster_code = :c ORDER BY year""").param("c", code).query(Cluster.Leader.class).list();
        List<Cluster.Flag> flags =
                jdbc.sql("""
                        SELECT year, title_code AS title, org_code, total_points FROM reward.cluster_flag
                        WHERE cluster_code = :c ORDER BY year, title_code""").param("c", code).query(Cluster.Flag.class).list();
        return new Cluster(head.code(), head.name(), head.leaderRule(), year, members, leaders, flags);
    }

    /** Replaces the members of a year; every unit must lie in the user's scope. */
    @Transactional
    public Cluster setMembers(String code, int year, List<Cluster.Member> members) {
        head(code, true);
        checkYear(year);
        Set<String> seenCodes = new HashSet<>();
        Set<Integer> seenOrders = new HashSet<>();
        if (members == null || members.stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleException("members", "reward.cluster.member.duplicate", new Object[] {"—"});
        }
        for (Cluster.Member m : members) {
            if (m.orgCode() == null || subjects.orgPath(m.orgCode()).isEmpty()) {
                throw new BusinessRuleException("orgCode", "reward.org.unknown", new Object[] {m.orgCode()});
            }
            if (m.rotationOrder() == null || !seenOrders.add(m.rotationOrder()) || !seenCodes.add(m.orgCode())) {
                throw new BusinessRuleException(
                        "rotationOrder", "reward.cluster.member.duplicate", new Object[] {m.orgCode()});
            }
        }
        List<Cluster.Member> before = get(code, year).members();
        jdbc.sql("DELETE FROM reward.cluster_member WHERE cluster_code = :c AND year = :y")
                .param("c", code)
                .param("y", year)
                .update();
        for (Cluster.Member m : members) {
            jdbc.sql("""
                            INSERT INTO reward.cluster_member (cluster_code, year, org_code, rotation_order)
                            VALUES (:c, :y, :o, :r)""")
                    .param("c", code)
                    .param("y", year)
                    .param("o", m.orgCode())
                    .param("r", m.rotationOrder())
                    .update();
        }
        audit.record("UPDATE", "reward.cluster_member", code + "/" + year, before, members);
        return get(code, year);
    }

    /** Designates the leader of a year (the first year, or after a vote that elected nobody). */
    @Transactional
    public Cluster.Leader designate(String code, int year, String orgCode) {
        head(code, true);
        requireMember(code, year, orgCode);
        return save(code, year, orgCode, "DESIGNATION", null);
    }

    /** Chooses the leader of {@code year} by the cluster's rule: rotation after last year's leader, or a vote. */
    @Transactional
    public Cluster.Leader choose(String code, int year, Cluster.Vote vote) {
        Head head = head(code, true);
        checkYear(year);
        List<LeaderRule.Member> members = jdbc.sql("""
                        SELECT org_code, rotation_order FROM reward.cluster_member
                        WHERE cluster_code = :c AND year = :y ORDER BY rotation_order""")
                .param("c", code)
                .param("y", year)
                .query(LeaderRule.Member.class)
                .list();
        if (members.isEmpty()) {
            throw new BusinessRuleException("year", "reward.cluster.noMembers", new Object[] {String.valueOf(year)});
        }
        if ("ROTATION".equals(head.leaderRule())) {
            var previous = jdbc.sql("""
                            SELECT l.org_code, m.rotation_order FROM reward.cluster_leader l
                            LEFT JOIN reward.cluster_member m
                              ON m.cluster_code = l.cluster_code AND m.year = l.year AND m.org_code = l.org_code
                            WHERE l.cluster_code = :c AND l.year = :y""")
                    .param("c", code)
                    .param("y", year - 1)
                    .query((rs, n) -> new LeaderRule.Member(rs.getString(1), rs.getInt(2)))
                    .optional();
            String next = LeaderRule.rotation(
                            members,
                            previous.map(LeaderRule.Member::orgCode).orElse(null),
                            previous.map(LeaderRule.Member::rotationOrder).orElse(null))
                    .orElseThrow();
            return save(code, year, next, "ROTATION", null);
        }
        if (vote == null || vote.rounds() == null) {
            throw new BusinessRuleException("rounds", "reward.cluster.vote.rounds", new Object[0]);
        }
        Set<String> codes =
                members.stream().map(LeaderRule.Member::orgCode).collect(Collectors.toCollection(LinkedHashSet::new));
        LeaderRule.VoteOutcome outcome = LeaderRule.vote(codes, vote.rounds());
        if (!outcome.decided()) {
            throw new BusinessRuleException("rounds", outcome.reasonKey(), outcome.reasonArgs());
        }
        return save(code, year, outcome.elected(), "VOTE", outcome.rounds());
    }

    private Cluster.Leader save(String code, int year, String orgCode, String chosenBy, Integer rounds) {
        jdbc.sql("""
                        INSERT INTO reward.cluster_leader (cluster_code, year, org_code, chosen_by, rounds)
                        VALUES (:c, :y, :o, :b, :r)
                        ON CONFLICT (cluster_code, year) DO UPDATE SET org_code = EXCLUDED.org_code,
                            chosen_by = EXCLUDED.chosen_by, rounds = EXCLUDED.rounds""")
                .param("c", code)
                .param("y", year)
                .param("o", orgCode)
                .param("b", chosenBy)
                .param("r", rounds)
                .update();
        Cluster.Leader leader = new Cluster.Leader(year, orgCode, chosenBy, rounds);
        audit.record("UPDATE", "reward.cluster_leader", code + "/" + year, null, leader);
        return leader;
    }

    private void requireMember(String code, int year, String orgCode) {
        boolean member = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM reward.cluster_member
                                       WHERE cluster_code = :c AND year = :y AND org_code = :o)""")
                .param("c", code)
                .param("y", year)
                .param("o", orgCode)
                .query(Boolean.class)
                .single();
        if (!member) {
            throw new BusinessRuleException(
                    "orgCode", "reward.cluster.notMember", new Object[] {String.valueOf(orgCode), String.valueOf(year)
                    });
        }
    }

    /** 404 unless the user may see the cluster (and, for a change, it lies inside the user's scope). */
    void requireAccess(String code, boolean write) {
        head(code, write);
    }

    static void checkYear(int year) {
        if (year < 1945 || year > 2100) {
            throw new BusinessRuleException("year", "reward.year.invalid", new Object[] {String.valueOf(year)});
        }
    }

    /**
     * The cluster if the user may see it (404 otherwise); a change needs the cluster inside the
     * user's scope.
     */
    private Head head(String code, boolean write) {
        var row = jdbc.sql("SELECT code, name, leader_rule, scope_path FROM reward.cluster WHERE code = :c")
                .param("c", code)
                .query((rs, n) ->
                        new Object[] {new Head(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4)})
                .optional()
                .orElseThrow(() -> new NotFoundException("cluster", code));
        String path = (String) row[1];
        var scope = CurrentUser.scope();
        boolean visible = scope.includes(path)
                || path.length() < scope.path().length() && scope.path().startsWith(path);
        if (!visible || (write && !scope.includes(path))) {
            throw new NotFoundException("cluster", code);
        }
        return (Head) row[0];
    }
}
