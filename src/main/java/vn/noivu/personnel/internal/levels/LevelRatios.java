package vn.noivu.personnel.internal.levels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.noivu.organization.OrgUnitView;
import vn.noivu.organization.Organizations;

/**
 * The public employees per career level of each approved job position on a date, against the caps of
 * NĐ 232/2026/NĐ-CP Art. 10 ({@link LevelRatioRules}). A person's level is the one recorded by their
 * latest change of career level, else the one their title's salary category converts to (Art. 18(2)); people of the position whose level is not among those
 * approved are counted apart.
 */
@Service
public class LevelRatios {

    private final JdbcClient jdbc;
    private final PositionApprovals approvals;
    private final Organizations organizations;

    LevelRatios(JdbcClient jdbc, PositionApprovals approvals, Organizations organizations) {
        this.jdbc = jdbc;
        this.approvals = approvals;
        this.organizations = organizations;
    }

    /** People at one level; {@code cap} null when no cap applies, {@code capPercent} its percentage. */
    public record LevelCount(int level, long count, Integer capPercent, Long cap, boolean over) {}

    /**
     * One approved position of one unit on the date. {@code capRule}: {@code TWO_LEVELS}, {@code TOP_5},
     * {@code TOP_4}, {@code ONE_LEVEL} (no cap), {@code SELF_DETERMINED} (groups 1–2) or {@code NONE}.
     * {@code outsideRange}: public employees in the position whose level is not among those approved
     * (or who have none).
     */
    public record RatioRow(
            String orgCode,
            String orgName,
            String positionCode,
            String positionTitle,
            Integer minLevel,
            Integer maxLevel,
            int quota,
            String decisionNo,
            LocalDate decisionDate,
            long placed,
            List<LevelCount> levels,
            long outsideRange,
            String capRule,
            boolean over) {}

    public List<RatioRow> report(String scopeCode, LocalDate asOf) {
        List<PositionApprovals.Approval> inForce = approvals.list(scopeCode, asOf);
        Map<Long, Map<Integer, Long>> counts = new HashMap<>();
        if (!inForce.isEmpty()) {
            jdbc.sql("""
                            SELECT a.id, coalesce(e.career_level, c.level) AS level, count(*) AS n
                            FROM personnel.position_approval a
                            JOIN personnel.employment e ON e.org_code = a.org_code AND e.position_code = a.position_code
                                 AND e.superseded_at IS NULL AND e.staff_category = 'PUBLIC_EMPLOYEE'
                                 AND e.valid_from <= :d AND (e.valid_to IS NULL OR e.valid_to > :d)
                            LEFT JOIN personnel.rank r ON r.code = e.rank_code
                                 AND r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to > :d)
                            LEFT JOIN personnel.career_level_conversion c ON c.scale_code = r.scale_code
                                 AND c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to > :d)
                            WHERE a.id IN (:ids)
                            GROUP BY a.id, coalesce(e.career_level, c.level)""")
                    .param("d", asOf)
                    .param(
                            "ids",
                            inForce.stream().map(PositionApprovals.Approval::id).toList())
                    .query((rs, i) -> {
                        int level = rs.getInt("level");
                        counts.computeIfAbsent(rs.getLong("id"), k -> new HashMap<>())
                                .merge(rs.wasNull() ? 0 : level, rs.getLong("n"), Long::sum);
                        return null;
                    })
                    .list();
        }
        List<RatioRow> rows = new ArrayList<>();
        for (PositionApprovals.Approval a : inForce) {
            Integer group = organizations
                    .find(a.orgCode(), asOf)
                    .map(OrgUnitView::autonomyGroup)
                    .orElse(null);
            rows.add(row(a, counts.getOrDefault(a.id(), Map.of()), group));
        }
        return rows;
    }

    static RatioRow row(PositionApprovals.Approval a, Map<Integer, Long> byLevel, Integer autonomyGroup) {
        String rule = LevelRatioRules.rule(a.minLevel(), a.maxLevel(), autonomyGroup);
        List<LevelCount> levels = new ArrayList<>();
        long placed = byLevel.values().stream().mapToLong(Long::longValue).sum();
        long inside = 0;
        boolean over = false;
        if (a.minLevel() != null) {
            for (int level = a.minLevel(); level <= a.maxLevel(); level++) {
                long n = byLevel.getOrDefault(level, 0L);
                inside += n;
                Integer pct = LevelRatioRules.percent(rule, level, a.maxLevel());
                Long cap = pct == null ? null : LevelRatioRules.cap(a.quota(), pct);
                boolean levelOver = cap != null && n > cap;
                over |= levelOver;
                levels.add(new LevelCount(level, n, pct, cap, levelOver));
            }
        }
        return new RatioRow(
                a.orgCode(),
                a.orgName(),
                a.positionCode(),
                a.positionTitle(),
                a.minLevel(),
                a.maxLevel(),
                a.quota(),
                a.decisionNo(),
                a.decisionDate(),
                placed,
                levels,
                placed - inside,
                rule,
                over);
    }
}
