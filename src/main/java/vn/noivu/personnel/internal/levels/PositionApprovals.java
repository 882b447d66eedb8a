package vn.noivu.personnel.internal.levels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.organization.OrgUnitView;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Job positions approved per public service unit (NĐ 232/2026/NĐ-CP Art. 11): effective-dated, each
 * with its decision. A new approval of a position closes the one in force before it (an adjustment,
 * Art. 12); a mistaken one is cancelled, never deleted. Writes stay inside the user's scope and are
 * audited.
 */
@Service
public class PositionApprovals {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final CareerLevels levels;
    private final UnitScope unitScope;
    private final AuditLog audit;

    PositionApprovals(
            JdbcClient jdbc, Organizations organizations, CareerLevels levels, UnitScope unitScope, AuditLog audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.levels = levels;
        this.unitScope = unitScope;
        this.audit = audit;
    }

    public record Approval(
            long id,
            String orgCode,
            String orgName,
            String positionCode,
            String positionTitle,
            Integer minLevel,
            Integer maxLevel,
            int quota,
            LocalDate validFrom,
            LocalDate validTo,
            String decisionNo,
            LocalDate decisionDate,
            String issuer,
            String status) {}

    private static final String SELECT = """
            SELECT a.id, a.org_code, u.name AS org_name, a.position_code,
                   coalesce(j.title, a.position_code) AS position_title, a.min_level, a.max_level, a.quota,
                   a.valid_from, a.valid_to, a.decision_no, a.decision_date, a.issuer, a.status
            FROM personnel.position_approval a
            JOIN organization.api_unit u ON u.code = a.org_code
            LEFT JOIN LATERAL (SELECT title FROM personnel.job_position j
                               WHERE j.code = a.position_code AND (j.org_code IS NULL OR j.org_code = a.org_code)
                               ORDER BY j.org_code NULLS LAST, j.valid_from DESC LIMIT 1) j ON true
            """;

    /** The active approvals inside the scope; with {@code asOf}, only those in force that day. */
    public List<Approval> list(String scopeCode, LocalDate asOf) {
        return jdbc.sql(SELECT + """
                        WHERE a.status = 'ACTIVE' AND u.path LIKE :scope
                          AND (CAST(:d AS date) IS NULL
                               OR (a.valid_from <= :d AND (a.valid_to IS NULL OR a.valid_to > :d)))
                        ORDER BY u.path, a.position_code, a.valid_from""")
                .param("scope", unitScope.likePattern(scopeCode))
                .param("d", asOf)
                .query(Approval.class)
                .list();
    }

    public Approval get(long id) {
        Approval a = jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(Approval.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("position approval", id));
        if (!organizations.isWithin(a.orgCode(), CurrentUser.scope())) {
            throw new NotFoundException("position approval", id);
        }
        return a;
    }

    @Transactional
    public Approval approve(ApprovalCommand c) {
        LocalDate from = c.validFrom();
        if (from.isBefore(CareerLevels.IN_FORCE)) {
            throw new BusinessRuleException(
                    "validFrom", "personnel.approval.beforeDecree", new Object[] {DAY.format(from)});
        }
        if (c.validTo() != null && !c.validTo().isAfter(from)) {
            throw new BusinessRuleException(
                    "validTo", "personnel.approval.validTo", new Object[] {DAY.format(c.validTo()), DAY.format(from)});
        }
        String org = c.orgCode().trim();
        OrgUnitView unit = organizations
                .find(org, from)
                .orElseThrow(() -> new BusinessRuleException("orgCode", "personnel.unknownOrg", new Object[] {org}));
        if (!organizations.isWithin(org, CurrentUser.scope())) {
            throw new OutOfScopeException("unit");
        }
        if (!"PUBLIC_SERVICE_UNIT".equals(unit.type())) {
            throw new BusinessRuleException(
                    "orgCode", "personnel.approval.notPublicServiceUnit", new Object[] {unit.name(), DAY.format(from)});
        }
        String position = c.positionCode().trim();
        boolean known = jdbc.sql("""
                                SELECT count(*) FROM personnel.job_position
                                WHERE code = :code AND (org_code IS NULL OR org_code = :org)
                                  AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""")
                        .param("code", position)
                        .param("org", org)
                        .param("d", from)
                        .query(Long.class)
                        .single()
                > 0;
        if (!known) {
            throw new BusinessRuleException(
                    "positionCode", "personnel.approval.unknownPosition", new Object[] {position, DAY.format(from)});
        }
        checkLevels(c, position, from);

        // An approval already in force from an earlier day is closed by this one (Art. 12); one that
        // starts on or after this day is a conflict the user resolves by cancelling it.
        List<Approval> current = jdbc.sql(SELECT + """
                         WHERE a.status = 'ACTIVE' AND a.org_code = :org AND a.position_code = :pos
                           AND (a.valid_to IS NULL OR a.valid_to > :from)
                           AND (CAST(:to AS date) IS NULL OR a.valid_from < :to)
                         ORDER BY a.valid_from""")
                .param("org", org)
                .param("pos", position)
                .param("from", from)
                .param("to", c.validTo())
                .query(Approval.class)
                .list();
        for (Approval a : current) {
            if (!a.validFrom().isBefore(from)) {
                throw new BusinessRuleException("validFrom", "personnel.approval.overlaps", new Object[] {
                    a.positionTitle(), a.decisionNo(), DAY.format(a.validFrom())
                });
            }
        }
        for (Approval a : current) {
            jdbc.sql("UPDATE personnel.position_approval SET valid_to = :to WHERE id = :id")
                    .param("to", from)
                    .param("id", a.id())
                    .update();
            audit.record("CLOSE", "personnel.position_approval", String.valueOf(a.id()), a, Map.of("validTo", from));
        }
        long id = jdbc.sql("""
                        INSERT INTO personnel.position_approval (org_code, position_code, min_level, max_level, quota,
                            valid_from, valid_to, decision_no, decision_date, issuer, recorded_by)
                        VALUES (:org, :pos, :min, :max, :quota, :from, :to, :no, :date, :issuer, :by)
                        RETURNING id""")
                .param("org", org)
                .param("pos", position)
                .param("min", c.minLevel())
                .param("max", c.maxLevel())
                .param("quota", c.quota())
                .param("from", from)
                .param("to", c.validTo())
                .param("no", c.decisionNo().trim())
                .param("date", c.decisionDate())
                .param("issuer", c.issuer().trim())
                .param("by", CurrentUser.actor())
                .query(Long.class)
                .single();
        Approval created = get(id);
        audit.record("APPROVE", "personnel.position_approval", String.valueOf(id), null, created);
        return created;
    }

    /** A mistaken approval is cancelled (kept, marked); an approval it had closed stays closed. */
    @Transactional
    public Approval cancel(long id) {
        Approval before = get(id);
        if (!organizations.isWithin(before.orgCode(), CurrentUser.scope())) {
            throw new OutOfScopeException("unit");
        }
        jdbc.sql("UPDATE personnel.position_approval SET status = 'CANCELLED' WHERE id = :id")
                .param("id", id)
                .update();
        Approval after = jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(Approval.class)
                .single();
        audit.record("CANCEL", "personnel.position_approval", String.valueOf(id), before, after);
        return after;
    }

    /** The levels used must lie within those the framework list gives the position (Art. 7(1)). */
    private void checkLevels(ApprovalCommand c, String position, LocalDate from) {
        Integer min = c.minLevel();
        Integer max = c.maxLevel();
        var range = levels.positionRange(position, from);
        if ((min == null) != (max == null) || (min == null && range.isPresent())) {
            int lo = range.map(CareerLevels.PositionRange::minLevel).orElse(1);
            int hi = range.map(CareerLevels.PositionRange::maxLevel).orElse(5);
            throw new BusinessRuleException(
                    min == null ? "minLevel" : "maxLevel",
                    "personnel.approval.levelsRequired",
                    new Object[] {position, lo, hi});
        }
        if (min == null) {
            return;
        }
        if (min > max) {
            throw new BusinessRuleException("minLevel", "personnel.approval.levelsOrder", new Object[] {min, max});
        }
        if (range.isPresent()
                && (min < range.get().minLevel() || max > range.get().maxLevel())) {
            throw new BusinessRuleException(
                    min < range.get().minLevel() ? "minLevel" : "maxLevel",
                    "personnel.approval.levelsOutside",
                    new Object[] {
                        range.get().positionTitle(),
                        range.get().minLevel(),
                        range.get().maxLevel(),
                        min,
                        max
                    });
        }
    }
}
