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
        List<ReportingUnit> units = expected.of(fp.form(), fp.cutOff(), asked.likePattern());
        Map<String, Report> reports = store.of(
                fp.formCode(),
                fp.period().code(),
                units.stream().map(ReportingUnit::code).toList(),
                false);
        return count(units.size(), reports.values());
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
        List<ReportingUnit> units = expected.of(fp.form(), fp.cutOff(), asked.likePattern());
        Map<String, Report> reports = store.of(
                fp.formCode(),
                fp.period().code(),
                units.stream().map(ReportingUnit::code).toList(),
                false);
        Map<String, List<ReportingUnit>> byProvince =
                new java.util.TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder()));
        units.forEach(u -> byProvince
                .computeIfAbsent(u.provinceCode(), k -> new ArrayList<>())
                .add(u));
        Map<String, String> names = expected.provinceNames(fp.cutOff());
        List<ProvinceCompleteness> out = new ArrayList<>();
        byProvince.forEach((province, list) -> {
            Completeness c = count(
                    list.size(),
                    list.stream()
                            .map(u -> reports.get(u.code()))
                            .filter(java.util.Objects::nonNull)
                            .toList());
            out.add(new ProvinceCompleteness(
                    province,
                    province == null ? null : names.getOrDefault(province, province),
                    c.expected(),
                    c.submitted(),
                    c.accepted(),
                    c.onTime(),
                    c.late(),
                    c.missing()));
        });
        return out;
    }

    /** Completeness of these reports among {@code expectedCount} expected ones. */
    public static Completeness count(int expectedCount, java.util.Collection<Report> reports) {
        int submitted = 0;
        int accepted = 0;
        int onTime = 0;
        for (Report r : reports) {
            if (r.status().sent()) {
                submitted++;
                if (Boolean.TRUE.equals(r.onTime())) {
                    onTime++;
                }
            }
            if (r.status() == ReportStatus.ACCEPTED) {
                accepted++;
            }
        }
        return new Completeness(
                expectedCount, submitted, accepted, onTime, submitted - onTime, expectedCount - submitted);
    }
}
