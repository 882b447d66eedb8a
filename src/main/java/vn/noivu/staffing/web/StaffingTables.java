package vn.noivu.staffing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.staffing.CategoryReduction;
import vn.noivu.staffing.QuotaContribution;
import vn.noivu.staffing.Reduction;
import vn.noivu.staffing.ReductionTarget;
import vn.noivu.staffing.ScopeReduction;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingCategory;
import vn.noivu.staffing.StaffingScope;
import vn.noivu.staffing.TargetProgress;

/**
 * The staffing tables as the Ministry reports them, one model for the page and its export: the
 * categories under the targets of NQ 39-NQ/TW and KL 40-KL/TW with their subtotal, the other quota
 * categories with theirs, the total of the quota, and — set apart below, not added in — the support
 * contracts. An increase is an increase ("tăng 734,13 %"), never a negative reduction.
 */
@Component
class StaffingTables {

    private final Staffing staffing;
    private final StaffingWeb web;
    private final MessageSource messages;

    StaffingTables(Staffing staffing, StaffingWeb web, MessageSource messages) {
        this.staffing = staffing;
        this.web = web;
        this.messages = messages;
    }

    /** A reduction split the way it is reported. */
    record Grouped(
            List<CategoryReduction> targeted,
            CategoryReduction targetedTotal,
            List<CategoryReduction> others,
            CategoryReduction othersTotal,
            CategoryReduction total,
            List<CategoryReduction> outside) {}

    Grouped grouped(Reduction r) {
        Set<String> targeted = targetedCategories();
        Set<String> quota = quotaCategories();
        List<CategoryReduction> a = new ArrayList<>();
        List<CategoryReduction> b = new ArrayList<>();
        List<CategoryReduction> outside = new ArrayList<>();
        for (CategoryReduction c : r.categories()) {
            if (!quota.contains(c.category())) {
                outside.add(c);
            } else if (targeted.contains(c.category())) {
                a.add(c);
            } else {
                b.add(c);
            }
        }
        return new Grouped(a, sum(a), b, sum(b), r.total(), outside);
    }

    /** The categories the national targets (NQ 39, KL 40) are set on. */
    Set<String> targetedCategories() {
        return staffing.targets().stream()
                .filter(t -> t.scope() == null)
                .flatMap(t -> t.categories().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Set<String> quotaCategories() {
        return staffing.categories().stream()
                .filter(StaffingCategory::countsAsQuota)
                .map(StaffingCategory::code)
                .collect(Collectors.toSet());
    }

    private static CategoryReduction sum(List<CategoryReduction> lines) {
        long b = lines.stream().mapToLong(CategoryReduction::baseline).sum();
        long c = lines.stream().mapToLong(CategoryReduction::current).sum();
        return CategoryReduction.of(null, b, c);
    }

    /** The reduction by category of a scope between two years. */
    ReportTable byCategory(String scope, Integer baselineYear, Integer year) {
        Reduction r = staffing.reduction(scope, baselineYear, year);
        Grouped g = grouped(r);
        Map<String, String> names = web.categoryNames();
        String y0 = String.valueOf(r.baselineYear());
        String y1 = String.valueOf(r.year());
        ReportTable.Builder t = ReportTable.builder(msg("tables.staffing.byCategory.title", y0, y1))
                .sheet(msg("tables.staffing.byCategory.sheet"))
                .scope(scopeName(r.scopeName()))
                .period(y0 + " → " + y1)
                .source(msg("export.source.staffing"))
                .column(Column.text(msg("staffing.col.category"), 56))
                .column(Column.integer(msg("staffing.col.baselineOf", y0)))
                .column(Column.integer(msg("staffing.col.currentOf", y1)))
                .column(Column.integer(msg("staffing.col.change")))
                .column(Column.decimal(msg("staffing.col.reductionPercent")))
                .column(Column.decimal(msg("tables.staffing.increasePercent")));
        t.row(msg("tables.staffing.group.targeted"));
        g.targeted().forEach(c -> t.row(line("   " + names.getOrDefault(c.category(), c.category()), c)));
        t.row(line(msg("tables.staffing.subtotal.targeted"), g.targetedTotal()));
        if (!g.others().isEmpty()) {
            t.row(msg("tables.staffing.group.others"));
            g.others().forEach(c -> t.row(line("   " + names.getOrDefault(c.category(), c.category()), c)));
            t.row(line(msg("tables.staffing.subtotal.others"), g.othersTotal()));
        }
        t.total(line(msg("staffing.total.quota"), g.total()));
        for (CategoryReduction c : g.outside()) {
            t.outside(msg("tables.staffing.outside"), line(names.getOrDefault(c.category(), c.category()), c));
        }
        t.note(msg("staffing.export.note"));
        return t.build();
    }

    /** The parts of a scope (provinces, ministries; units of a province) ranked by their reduction. */
    ReportTable ranking(String scope, Integer baselineYear, Integer year) {
        Reduction r = staffing.reduction(scope, baselineYear, year);
        StaffingScope s = staffing.scope(scope);
        List<ScopeReduction> parts = rankedParts(s, staffing.reductionByPart(scope, r.baselineYear(), r.year()));
        String y0 = String.valueOf(r.baselineYear());
        String y1 = String.valueOf(r.year());
        ReportTable.Builder t = ReportTable.builder(msg("tables.staffing.ranking.title", y0, y1))
                .sheet(msg("tables.staffing.ranking.sheet"))
                .scope(scopeName(r.scopeName()))
                .period(y0 + " → " + y1)
                .source(msg("export.source.staffing"))
                .column(Column.integer("#"))
                .column(Column.text(msg("staffing.col.orgName"), 48))
                .column(Column.integer(msg("staffing.col.baselineOf", y0)))
                .column(Column.integer(msg("staffing.col.currentOf", y1)))
                .column(Column.integer(msg("staffing.col.change")))
                .column(Column.decimal(msg("staffing.col.reductionPercent")))
                .column(Column.decimal(msg("tables.staffing.increasePercent")));
        int i = 1;
        long b = 0;
        long c = 0;
        for (ScopeReduction p : parts) {
            List<Object> row = new ArrayList<>(List.of(i++));
            row.addAll(java.util.Arrays.asList(line(p.name(), p.total())));
            t.row(row.toArray());
            b += p.total().baseline();
            c += p.total().current();
        }
        List<Object> total = new ArrayList<>();
        total.add(null);
        total.addAll(java.util.Arrays.asList(line(msg("export.total"), CategoryReduction.of(null, b, c))));
        t.total(total.toArray());
        return t.build();
    }

    /**
     * One figure's drill-down as it leaves with the user: the figure by part (provinces, ministries, units)
     * and, below a national scope, every quota behind it with its decision — all rows, where the page
     * shows the first {@value StaffingPages#UNIT_ROWS}.
     */
    List<ReportTable> figure(String scope, int baselineYear, int year, String category, boolean baseline) {
        Reduction r = staffing.reduction(scope, baselineYear, year);
        StaffingScope s = staffing.scope(scope);
        String categoryName = web.categoryNames().getOrDefault(category, category);
        int heldIn = baseline ? baselineYear : year;
        String y0 = String.valueOf(r.baselineYear());
        String y1 = String.valueOf(r.year());
        String title = msg("staffing.figure.heading", categoryName, String.valueOf(heldIn), scopeName(r.scopeName()));
        ReportTable.Builder parts = ReportTable.builder(title + " — " + msg("staffing.figure.byPart"))
                .sheet(msg("staffing.export.partsSheet"))
                .scope(scopeName(r.scopeName()))
                .period(y0 + " → " + y1)
                .source(msg("export.source.staffing"))
                .column(Column.text(msg("staffing.col.orgName"), 48))
                .column(Column.integer(msg("staffing.col.baselineOf", y0)))
                .column(Column.integer(msg("staffing.col.currentOf", y1)))
                .column(Column.integer(msg("staffing.col.change")))
                .column(Column.decimal(msg("staffing.col.reductionPercent")))
                .column(Column.decimal(msg("tables.staffing.increasePercent")));
        long b = 0;
        long c = 0;
        for (ScopeReduction p : staffing.reductionByPart(scope, baselineYear, year)) {
            CategoryReduction x = p.category(category);
            if (x != null) {
                parts.row(line(p.name(), x));
                b += x.baseline();
                c += x.current();
            }
        }
        parts.total(line(msg("export.total"), CategoryReduction.of(null, b, c)));
        List<ReportTable> tables = new ArrayList<>(List.of(parts.build()));
        if (!s.national()) {
            ReportTable.Builder quotas = ReportTable.builder(
                            title + " — " + msg("staffing.figure.quotas", String.valueOf(heldIn)))
                    .sheet(msg("staffing.export.quotasSheet"))
                    .scope(scopeName(r.scopeName()))
                    .period(String.valueOf(heldIn))
                    .source(msg("export.source.staffing"))
                    .column(Column.text(msg("staffing.col.orgName"), 48))
                    .column(Column.text(msg("staffing.col.orgCode"), 16))
                    .column(Column.integer(msg("staffing.col.assigned")))
                    .column(Column.integer(msg("staffing.col.counted")))
                    .column(Column.text(msg("staffing.col.carrier"), 40))
                    .column(Column.text(msg("staffing.col.legalBasis"), 30))
                    .column(Column.date(msg("staffing.col.decisionDate")))
                    .column(Column.text(msg("staffing.col.issuer"), 30));
            long assigned = 0;
            long counted = 0;
            for (QuotaContribution q : staffing.contributions(scope, baselineYear, year, category, baseline)) {
                quotas.row(
                        q.orgName(),
                        q.orgCode(),
                        q.assigned(),
                        q.counted(),
                        q.carried() ? q.carrierName() : null,
                        q.legalBasis(),
                        q.decisionDate(),
                        q.decisionIssuer());
                assigned += q.assigned();
                counted += q.counted();
            }
            quotas.total(msg("export.total"), null, assigned, counted);
            tables.add(quotas.build());
        }
        return tables;
    }

    /**
     * The parts to rank, best reduction first. The scope's own posts (those assigned to the people's
     * committee of a province itself, reported as the part with the scope's own code) are not a
     * province of the ranking: listing them as one ranked "Hà Nội 292 → 0, 100 %" under a headline of
     * 11,12 % was the bug.
     */
    static List<ScopeReduction> rankedParts(StaffingScope scope, List<ScopeReduction> parts) {
        List<ScopeReduction> out = new ArrayList<>(parts.stream()
                .filter(p -> scope.national() || !p.code().equals(scope.code()))
                .toList());
        out.sort(StaffingPages.byReduction());
        return out;
    }

    /** The targets of NQ 39 and KL 40 (national ones), with the progress in the user's scope. */
    ReportTable targets() {
        ReportTable.Builder t = ReportTable.builder(msg("tables.staffing.targets.title"))
                .sheet(msg("tables.staffing.targets.sheet"))
                .scope(scopeName(staffing.scope(null).name()))
                .period(String.valueOf(staffing.latestYear()))
                .source(msg("export.source.staffing"))
                .column(Column.text(msg("tables.staffing.target"), 60))
                .column(Column.text(msg("tables.staffing.targetPeriod"), 14))
                .column(Column.decimal(msg("tables.staffing.minimumPercent")))
                .column(Column.decimal(msg("tables.staffing.achievedPercent")))
                .column(Column.text(msg("staffing.target.status"), 18));
        for (ReductionTarget target : staffing.targets()) {
            if (target.scope() != null) {
                continue;
            }
            TargetProgress p = staffing.progress(target.id(), null);
            t.row(
                    target.name(),
                    target.baselineYear() + " → " + p.year(),
                    target.minimumPercent(),
                    p.reductionPercent(),
                    // No quotas in the scope (a commune's user): no status to show, not an error page.
                    p.status() == null
                            ? "—"
                            : msg("staffing.status." + p.status().name()));
        }
        return t.build();
    }

    /** Label, baseline, current, change, reduction % (when a reduction), increase % (when an increase). */
    private static Object[] line(String label, CategoryReduction c) {
        BigDecimal p = c.reductionPercent();
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(c.baseline());
        row.add(c.current());
        row.add(c.change());
        row.add(p != null && p.signum() >= 0 ? p : null);
        row.add(p != null && p.signum() < 0 ? p.negate() : null);
        return row.toArray();
    }

    private String scopeName(String name) {
        return name == null ? msg("export.national") : name;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
