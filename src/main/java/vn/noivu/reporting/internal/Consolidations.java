package vn.noivu.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.organization.OrgUnitView;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;
import vn.noivu.reporting.internal.FormDefinition.Aggregation;
import vn.noivu.reporting.internal.FormDefinition.CellType;

/**
 * Adds up accepted reports and counts completeness. By default a scope is read with the hierarchy of
 * the period's cut-off (a 2024 table of TP Hồ Chí Minh is the city of 2024); re-cast, each report
 * counts for the unit that stands for it today through the organisation lineage (a 2024 table shown
 * by today's 34 provinces: TP Hồ Chí Minh then includes Bình Dương and Bà Rịa - Vũng Tàu).
 */
@Service
public class Consolidations {

    private final FormPeriods formPeriods;
    private final ExpectedUnits expected;
    private final ReportStore store;
    private final ReportingScope scopes;
    private final Organizations organizations;

    Consolidations(
            FormPeriods formPeriods,
            ExpectedUnits expected,
            ReportStore store,
            ReportingScope scopes,
            Organizations organizations) {
        this.formPeriods = formPeriods;
        this.expected = expected;
        this.store = store;
        this.scopes = scopes;
        this.organizations = organizations;
    }

    /** Consolidated values ({@code <row>.<col>} → sum) and the number of reports added up. */
    public record Consolidation(FormPeriod formPeriod, Map<String, BigDecimal> values, List<String> units) {}

    /** The counts DHIS2 calls reporting rates, for one form, period and scope. */
    public record Completeness(int expected, int submitted, int accepted, int onTime, int late, int missing) {}

    @Transactional(readOnly = true)
    public Consolidation consolidate(String formCode, String periodCode, String scope, boolean recast) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        UserScope asked = scopes.readable(scope);
        UserScope user = CurrentUser.scope();
        List<String> accepted = store.acceptedUnits(fp.formCode(), fp.period().code());
        List<String> counted = new ArrayList<>();
        boolean all = false;
        if (accepted.isEmpty()) {
            // nothing to add up
        } else if (user.isNational() && asked.isNational()) {
            // The whole country, by the cut-off's tree or re-cast, is every accepted report: no tree or
            // lineage to read, and the national totals kept with the figures answer it.
            counted.addAll(accepted);
            all = true;
        } else if (!recast) {
            // The lineage is needed only to re-cast; here each unit's own path today (for the user's
            // scope) and the scope's subtree at the cut-off decide.
            Map<String, String> own = store.todaysOwnPaths(accepted);
            Set<String> inCutOffTree = subtreeAt(asked, fp.cutOff());
            for (String code : accepted) {
                String path = own.get(code);
                if (path != null && user.includes(path) && (inCutOffTree == null || inCutOffTree.contains(code))) {
                    counted.add(code);
                }
            }
        } else {
            LocalDate today = LocalDate.now(Reports.VIETNAM);
            Map<String, ReportStore.StandingPaths> paths = store.todaysPaths(accepted, today);
            for (String code : accepted) {
                // Never beyond the user's own scope, whatever was asked.
                ReportStore.StandingPaths p = paths.get(code);
                if (p != null && user.includes(p.own()) && asked.includes(p.standing())) {
                    counted.add(code);
                }
            }
        }
        Map<String, BigDecimal> sums = counted.isEmpty()
                ? Map.of()
                : store.sumAccepted(fp.formCode(), fp.period().code(), all ? null : counted);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        fp.form().cells().forEach((cell, column) -> {
            if (column.type() == CellType.NUMBER && column.aggregation() == Aggregation.SUM && sums.containsKey(cell)) {
                values.put(cell, sums.get(cell).stripTrailingZeros());
            }
        });
        return new Consolidation(fp, values, counted);
    }

    /** The codes of the scope's subtree as the tree stood on {@code day}; null for the whole country. */
    private Set<String> subtreeAt(UserScope scope, LocalDate day) {
        String root = ReportingScope.rootCode(scope);
        if (root == null) {
            return null;
        }
        Set<String> codes = new HashSet<>();
        for (OrgUnitView u : organizations.subtree(root, day)) {
            codes.add(u.code());
        }
        return codes;
    }

    @Transactional(readOnly = true)
    public Completeness completeness(String formCode, String periodCode, String scope) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        UserScope asked = scopes.readable(scope);
        int expectedCount = 0;
        int submitted = 0;
        int accepted = 0;
        int onTime = 0;
        for (ExpectedUnits.Counts c : counts(fp, asked)) {
            expectedCount += c.expected();
            submitted += c.submitted();
            accepted += c.accepted();
            onTime += c.onTime();
        }
        return new Completeness(
                expectedCount, submitted, accepted, onTime, submitted - onTime, expectedCount - submitted);
    }

    /** The counts by province, in one grouped query (not every unit and report listed and counted here). */
    private List<ExpectedUnits.Counts> counts(FormPeriod fp, UserScope asked) {
        return expected.countsByProvince(
                fp.form(),
                fp.cutOff(),
                asked.likePattern(),
                fp.formCode(),
                fp.period().code());
    }

    /** A province's completeness (province null: the central agencies). */
    public record ProvinceCompleteness(
            String province,
            String name,
            int expected,
            int submitted,
            int accepted,
            int onTime,
            int late,
            int missing) {}

    /** Completeness of each province in the scope (the Ministry's table of the 34), central agencies first. */
    @Transactional(readOnly = true)
    public List<ProvinceCompleteness> completenessByProvince(String formCode, String periodCode, String scope) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        UserScope asked = scopes.readable(scope);
        Map<String, String> names = expected.provinceNames(fp.cutOff());
        List<ProvinceCompleteness> out = new ArrayList<>();
        for (ExpectedUnits.Counts c : counts(fp, asked)) {
            out.add(new ProvinceCompleteness(
                    c.province(),
                    c.province() == null ? null : names.getOrDefault(c.province(), c.province()),
                    c.expected(),
                    c.submitted(),
                    c.accepted(),
                    c.onTime(),
                    c.submitted() - c.onTime(),
                    c.expected() - c.submitted()));
        }
        return out;
    }
}
