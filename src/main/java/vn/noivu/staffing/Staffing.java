package vn.noivu.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.staffing.internal.Categories;
import vn.noivu.staffing.internal.HeadcountSync;
import vn.noivu.staffing.internal.OrgDirectory;
import vn.noivu.staffing.internal.Percentages;
import vn.noivu.staffing.internal.QuotaImport;
import vn.noivu.staffing.internal.QuotaStore;
import vn.noivu.staffing.internal.ReductionEngine;
import vn.noivu.staffing.internal.ScopeAccess;
import vn.noivu.staffing.internal.TargetStore;
import vn.noivu.staffing.internal.UnitLife;

/**
 * The staffing module's facade: the category catalogue, quotas, the comparable reduction of any scope
 * between two years, reduction targets and their progress. Every read is limited to the current user's
 * scope; a scope outside it looks unknown.
 */
@Service
public class Staffing {

    private final Categories categories;
    private final QuotaStore quotas;
    private final QuotaImport quotaImport;
    private final ReductionEngine engine;
    private final ScopeAccess scopes;
    private final OrgDirectory directory;
    private final TargetStore targets;
    private final HeadcountSync headcount;
    private final AuditLog audit;

    Staffing(
            Categories categories,
            QuotaStore quotas,
            QuotaImport quotaImport,
            ReductionEngine engine,
            ScopeAccess scopes,
            OrgDirectory directory,
            TargetStore targets,
            HeadcountSync headcount,
            AuditLog audit) {
        this.categories = categories;
        this.quotas = quotas;
        this.quotaImport = quotaImport;
        this.engine = engine;
        this.scopes = scopes;
        this.directory = directory;
        this.targets = targets;
        this.headcount = headcount;
        this.audit = audit;
    }

    // ---- catalogue

    /** Every version of every category. */
    public List<StaffingCategory> categories() {
        return categories.all();
    }

    /** The categories in force at the end of a year, one version each, in display order. */
    public List<StaffingCategory> categoriesOfYear(int year) {
        return categories.ofYear(year);
    }

    // ---- years

    /** The latest year holding quotas in the country, or the current year when there is none. */
    public int latestYear() {
        Integer y = quotas.latestYear();
        return y == null ? LocalDate.now().getYear() : y;
    }

    public int earliestYear() {
        Integer y = quotas.earliestYear();
        return y == null ? latestYear() : y;
    }

    // ---- reduction

    /**
     * The reduction of a scope (a province code, an organisation code; blank = the user's scope, the
     * whole country for national users) between two years, comparing the same organisations.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Reduction reduction(String scope, Integer baselineYear, Integer year) {
        StaffingScope s = scopes.readable(scope);
        int y1 = year == null ? latestYear() : year;
        int y0 = baselineYear == null ? earliestYear() : baselineYear;
        checkYears(y0, y1);
        Map<String, ReductionEngine.Cell> cells =
                engine.tally(s.path(), y0, y1, false).getOrDefault("", Map.of());
        List<CategoryReduction> lines = lines(cells, y0, y1);
        return new Reduction(s.code(), s.name(), y0, y1, lines, total(lines, y1, null), categories.successions(y0, y1));
    }

    /** The reduction of each part of a scope: provinces and ministries of the country, units of a province. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<ScopeReduction> reductionByPart(String scope, Integer baselineYear, Integer year) {
        int y0 = baselineYear == null ? earliestYear() : baselineYear;
        return reductionByPart(scope, List.of(y0), year).get(y0);
    }

    /**
     * {@link #reductionByPart(String, Integer, Integer)} against several baselines (baseline → parts), the
     * year's figures and every baseline's tallied in one pass (the annual review's two baselines).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<Integer, List<ScopeReduction>> reductionByPart(String scope, List<Integer> baselineYears, Integer year) {
        StaffingScope s = scopes.readable(scope);
        int y1 = year == null ? latestYear() : year;
        baselineYears.forEach(y0 -> checkYears(y0, y1));
        Map<Integer, Map<String, Map<String, ReductionEngine.Cell>>> tallies =
                engine.tallies(s.path(), baselineYears, y1, true);
        Set<String> keys = new HashSet<>();
        tallies.values().forEach(t -> keys.addAll(t.keySet()));
        Map<String, UnitLife> units = directory.lives(keys);
        UnitLife root = s.national() ? null : directory.rootOf(s.path()).orElse(null);
        Map<Integer, List<ScopeReduction>> byBaseline = new LinkedHashMap<>();
        for (int y0 : baselineYears) {
            List<ScopeReduction> out = new ArrayList<>();
            tallies.get(y0).forEach((key, cells) -> {
                UnitLife unit = key.isEmpty() ? root : units.get(key);
                String code = unit == null ? key : unit.code();
                List<CategoryReduction> lines = lines(cells, y0, y1);
                out.add(new ScopeReduction(
                        code,
                        unit == null ? code : unit.name(),
                        unit == null ? null : unit.type(),
                        lines,
                        total(lines, y1, null)));
            });
            out.sort(Comparator.comparing(ScopeReduction::code));
            byBaseline.put(y0, out);
        }
        return byBaseline;
    }

    /** The quotas behind one figure of a scope, with the decision of each and where it is counted now. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<QuotaContribution> contributions(
            String scope, int baselineYear, int year, String category, boolean baselineSide) {
        StaffingScope s = scopes.readable(scope);
        checkYears(baselineYear, year);
        if (!categories.known(category)) {
            throw new NotFoundException("category", category);
        }
        // Quotas that stay with their unit arrive in path order; those carried from ended or split units
        // are few and are merged in by the path of the unit that carries them.
        List<QuotaContribution> own = new ArrayList<>();
        List<String> ownPaths = new ArrayList<>();
        List<QuotaContribution> carried = new ArrayList<>();
        Map<QuotaContribution, String> carriedPaths = new java.util.IdentityHashMap<>();
        engine.contributions(s.path(), baselineYear, year, category, baselineSide, d -> {
            ReductionEngine.Contribution c = d.contribution();
            QuotaContribution q = new QuotaContribution(
                    c.orgCode(),
                    d.orgName(),
                    c.year(),
                    c.category(),
                    c.assigned(),
                    c.share(),
                    c.carrierCode(),
                    d.carrierName(),
                    d.legalBasis(),
                    d.decisionDate(),
                    d.issuer());
            if (c.orgCode().equals(c.carrierCode()) && carried.isEmpty()) {
                own.add(q);
                ownPaths.add(c.carrierPath());
            } else {
                carried.add(q);
                carriedPaths.put(q, c.carrierPath());
            }
        });
        if (carried.isEmpty()) {
            return own;
        }
        carried.sort(Comparator.comparing((QuotaContribution c) -> carriedPaths.get(c))
                .thenComparing(QuotaContribution::orgCode));
        List<QuotaContribution> out = new ArrayList<>(own.size() + carried.size());
        int i = 0;
        for (QuotaContribution c : carried) {
            String path = carriedPaths.get(c);
            while (i < own.size() && ownPaths.get(i).compareTo(path) <= 0) {
                out.add(own.get(i++));
            }
            out.add(c);
        }
        out.addAll(own.subList(i, own.size()));
        return out;
    }

    /**
     * Assigned posts per year of a scope, each year restated to the organisation of {@code toYear} (so
     * the series compares the same organisations throughout): year → category → posts.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<Integer, Map<String, Long>> series(String scope, int fromYear, int toYear) {
        StaffingScope s = scopes.readable(scope);
        checkYears(fromYear, toYear);
        if (s.national()) {
            Map<Integer, Map<String, Long>> all = quotas.nationalTotals();
            all.keySet().removeIf(y -> y < fromYear || y > toYear);
            return all;
        }
        Map<Integer, Map<String, Long>> out = new TreeMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            Map<String, ReductionEngine.Cell> cells =
                    engine.tally(s.path(), y, toYear, false).getOrDefault("", Map.of());
            if (!cells.isEmpty()) {
                Map<String, Long> year = new LinkedHashMap<>();
                cells.forEach((cat, cell) -> year.put(cat, cell.baseline));
                out.put(y, year);
            }
        }
        return out;
    }

    /** The scope a code names for the current user (its code, path and name). */
    public StaffingScope scope(String code) {
        return scopes.readable(code);
    }

    // ---- quotas

    /** Quotas of the units in a scope, as recorded, by unit path; {@code size} at most 10,000. */
    @Transactional(readOnly = true)
    public List<Quota> quotas(String scope, Integer year, String category, int page, int size) {
        StaffingScope s = scopes.readable(scope);
        int limit = vn.noivu.shared.Paging.limit(size, 10_000);
        return quotas.list(s.path(), year, blankToNull(category), vn.noivu.shared.Paging.offset(page, limit), limit);
    }

    /** Streams every quota of a scope (for exports), and audits the export. */
    @Transactional
    public void exportQuotas(String scope, Integer year, String category, String format, Consumer<Quota> sink) {
        StaffingScope s = scopes.readable(scope);
        quotas.stream(s.path(), year, blankToNull(category), 0, Integer.MAX_VALUE, sink);
        // The audit log is read by people: the category by its name, and nothing said of a filter not set.
        String what = (year == null ? "mọi năm" : "năm " + year)
                + (blankToNull(category) == null
                        ? ""
                        : ", " + categories.labels().name(category));
        auditExport("staffing.quota", s, format, what);
    }

    /** Records an export of figures of a scope in the audit log. */
    @Transactional
    public void auditExport(String entity, StaffingScope s, String format, String what) {
        audit.record(
                "EXPORT",
                entity,
                s.code() == null ? "VN" : s.code(),
                null,
                null,
                "Xuất " + format.toUpperCase(java.util.Locale.ROOT) + ": " + what);
    }

    /**
     * Imports quotas from a CSV or XLSX file (docs/import-formats.md), all or nothing; the file read by
     * the platform's {@code Uploads} within {@link #quotaImportLimits}.
     */
    public ImportResult importQuotas(String filename, vn.noivu.platform.imports.TabularFile file) {
        return quotaImport.importFile(filename, file);
    }

    /** The limits of a quota upload (noivu.imports.max-rows.quotas). */
    public static vn.noivu.platform.imports.ImportLimits quotaImportLimits(vn.noivu.platform.imports.Uploads uploads) {
        return uploads.limits("quotas", QuotaImport.DEFAULT_MAX_ROWS);
    }

    // ---- targets

    /** The targets that concern the current user's scope. */
    @Transactional(readOnly = true)
    public List<ReductionTarget> targets() {
        UserScope user = CurrentUser.scope();
        return targets.all().stream().filter(t -> visible(t, user)).toList();
    }

    @Transactional(readOnly = true)
    public ReductionTarget target(long id) {
        return targets.find(id)
                .filter(t -> visible(t, CurrentUser.scope()))
                .orElseThrow(() -> new NotFoundException("target", id));
    }

    @Transactional
    public ReductionTarget createTarget(TargetDraft draft) {
        TargetDraft d = validate(draft);
        scopes.writable(d.scope());
        if (targets.findSame(d).isPresent()) {
            throw new BusinessRuleException("legalBasis", "staffing.target.duplicate", new Object[] {d.legalBasis()});
        }
        long id = targets.insert(d);
        ReductionTarget created = targets.find(id).orElseThrow();
        audit.record("CREATE", "staffing.target", String.valueOf(id), null, created);
        return created;
    }

    @Transactional
    public ReductionTarget updateTarget(long id, TargetDraft draft) {
        ReductionTarget before = target(id);
        scopes.writable(before.scope());
        TargetDraft d = validate(draft);
        scopes.writable(d.scope());
        targets.findSame(d).filter(t -> t.id() != id).ifPresent(t -> {
            throw new BusinessRuleException("legalBasis", "staffing.target.duplicate", new Object[] {d.legalBasis()});
        });
        targets.update(id, d);
        ReductionTarget after = targets.find(id).orElseThrow();
        audit.record("UPDATE", "staffing.target", String.valueOf(id), before, after);
        return after;
    }

    @Transactional
    public void deleteTarget(long id) {
        ReductionTarget before = target(id);
        scopes.writable(before.scope());
        targets.delete(id);
        audit.record("DELETE", "staffing.target", String.valueOf(id), before, null);
    }

    /**
     * Progress of a target up to {@code year} (default: the target year, or the latest year with
     * quotas before it), in the target's scope narrowed to the user's.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TargetProgress progress(long id, Integer year) {
        ReductionTarget t = target(id);
        StaffingScope s = progressScope(t);
        int y = year != null ? year : Math.min(t.targetYear(), latestYear());
        if (y <= t.baselineYear()) {
            throw new BusinessRuleException(
                    "year", "staffing.target.yearBeforeBaseline", new Object[] {String.valueOf(t.baselineYear())});
        }
        Map<String, ReductionEngine.Cell> cells =
                engine.tally(s.path(), t.baselineYear(), y, false).getOrDefault("", Map.of());
        List<CategoryReduction> lines = new ArrayList<>();
        long b = 0;
        long c = 0;
        for (String cat : t.categories()) {
            ReductionEngine.Cell cell = cells.get(cat);
            long cb = cell == null ? 0 : cell.baseline;
            long cc = cell == null ? 0 : cell.current;
            lines.add(CategoryReduction.of(cat, cb, cc));
            b += cb;
            c += cc;
        }
        BigDecimal expected = expected(t, y);
        List<TargetProgress.UnitProgress> parts = new ArrayList<>();
        engine.tally(s.path(), t.baselineYear(), y, true).forEach((key, partCells) -> {
            long pb = 0;
            long pc = 0;
            for (String cat : t.categories()) {
                ReductionEngine.Cell cell = partCells.get(cat);
                pb += cell == null ? 0 : cell.baseline;
                pc += cell == null ? 0 : cell.current;
            }
            if (pb > 0 || pc > 0) {
                parts.add(new TargetProgress.UnitProgress(
                        key,
                        key,
                        null,
                        pb,
                        pc,
                        Percentages.reduction(pb, pc),
                        remaining(t, pb, pc),
                        status(t, y, pb, pc, expected)));
            }
        });
        Map<String, UnitLife> units = directory.lives(
                parts.stream().map(TargetProgress.UnitProgress::code).toList());
        UnitLife root = s.national() ? null : directory.rootOf(s.path()).orElse(null);
        List<TargetProgress.UnitProgress> named = parts.stream()
                .map(p -> {
                    UnitLife u = p.code().isEmpty() ? root : units.get(p.code());
                    return u == null
                            ? p
                            : new TargetProgress.UnitProgress(
                                    u.code(),
                                    u.name(),
                                    u.type(),
                                    p.baseline(),
                                    p.current(),
                                    p.reductionPercent(),
                                    p.remaining(),
                                    p.status());
                })
                .sorted(Comparator.comparing((TargetProgress.UnitProgress p) ->
                                p.reductionPercent() == null ? BigDecimal.valueOf(-1_000_000) : p.reductionPercent())
                        .reversed()
                        .thenComparing(TargetProgress.UnitProgress::code))
                .toList();
        return new TargetProgress(
                t,
                s.code(),
                s.name(),
                y,
                b,
                c,
                c - b,
                Percentages.reduction(b, c),
                expected,
                remaining(t, b, c),
                status(t, y, b, c, expected),
                lines,
                named);
    }

    /** The reduction due by {@code year}: the minimum pro rata of the years elapsed, two decimals. */
    static BigDecimal expected(ReductionTarget t, int year) {
        int span = t.targetYear() - t.baselineYear();
        int elapsed = Math.min(span, Math.max(0, year - t.baselineYear()));
        return t.minimumPercent()
                .multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(span), 2, RoundingMode.HALF_UP);
    }

    static TargetStatus status(ReductionTarget t, int year, long baseline, long current, BigDecimal expected) {
        BigDecimal achieved = Percentages.reduction(baseline, current);
        if (achieved == null) {
            return null;
        }
        if (achieved.compareTo(t.minimumPercent()) >= 0) {
            return TargetStatus.MET;
        }
        if (year >= t.targetYear()) {
            return TargetStatus.MISSED;
        }
        return achieved.compareTo(expected) >= 0 ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
    }

    private static long remaining(ReductionTarget t, long baseline, long current) {
        return Math.max(0, current - Percentages.allowedCurrent(baseline, t.minimumPercent()));
    }

    private StaffingScope progressScope(ReductionTarget t) {
        UserScope user = CurrentUser.scope();
        if (t.scope() == null) {
            return scopes.readable(null);
        }
        UserScope target = scopes.resolve(t.scope());
        if (target == null) {
            throw new NotFoundException("scope", t.scope());
        }
        // the narrower of the two: the target's scope when it lies inside the user's, else the user's
        return user.includes(target.path()) ? scopes.readable(t.scope()) : scopes.readable(null);
    }

    private boolean visible(ReductionTarget t, UserScope user) {
        if (t.scope() == null || user.isNational()) {
            return true;
        }
        UserScope target = scopes.resolve(t.scope());
        return target != null && (user.includes(target.path()) || target.includes(user.path()));
    }

    private TargetDraft validate(TargetDraft d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessRuleException("name", "staffing.target.required", new Object[0]);
        }
        if (d.legalBasis() == null || d.legalBasis().isBlank()) {
            throw new BusinessRuleException("legalBasis", "staffing.target.required", new Object[0]);
        }
        if (d.baselineYear() == null || d.targetYear() == null) {
            throw new BusinessRuleException("baselineYear", "staffing.target.required", new Object[0]);
        }
        if (d.targetYear() <= d.baselineYear()) {
            throw new BusinessRuleException("targetYear", "staffing.target.yearsOrder", new Object[0]);
        }
        if (d.baselineYear() < 1990 || d.targetYear() > 2100) {
            throw new BusinessRuleException("baselineYear", "staffing.target.yearRange", new Object[0]);
        }
        if (d.minimumPercent() == null
                || d.minimumPercent().signum() <= 0
                || d.minimumPercent().compareTo(BigDecimal.valueOf(100)) > 0
                || d.minimumPercent().scale() > 2) {
            throw new BusinessRuleException("minimumPercent", "staffing.target.percent", new Object[0]);
        }
        if (d.categories() == null || d.categories().isEmpty()) {
            throw new BusinessRuleException("categories", "staffing.target.required", new Object[0]);
        }
        Set<String> cats = new LinkedHashSet<>();
        for (String c : d.categories()) {
            if (c == null || !categories.known(c.trim())) {
                throw new BusinessRuleException("categories", "staffing.target.unknownCategory", new Object[] {c});
            }
            cats.add(c.trim());
        }
        String scope =
                d.scope() == null || d.scope().isBlank() ? null : d.scope().trim();
        return new TargetDraft(
                d.name().trim(),
                scope,
                List.copyOf(cats),
                d.baselineYear(),
                d.targetYear(),
                d.minimumPercent(),
                d.legalBasis().trim(),
                d.issuedOn(),
                d.issuer());
    }

    // ---- actual headcount

    /** Re-reads the actual headcount of a year from personnel records; -1 when that module is absent. */
    @Transactional
    public int refreshHeadcount(int year) {
        if (!CurrentUser.scope().isNational()) {
            throw new OutOfScopeException("national headcount");
        }
        int rows = headcount.refresh(year);
        audit.record("REFRESH", "staffing.headcount", String.valueOf(year), null, Map.of("rows", rows));
        return rows;
    }

    // ---- helpers

    private List<CategoryReduction> lines(Map<String, ReductionEngine.Cell> cells, int y0, int y1) {
        Set<String> codes = new LinkedHashSet<>();
        categories.ofYear(y1).forEach(c -> codes.add(c.code()));
        categories.ofYear(y0).forEach(c -> codes.add(c.code()));
        codes.addAll(cells.keySet());
        // a category whose posts passed to another is counted there, not as a line of its own
        categories.successions(y0, y1).forEach(s -> codes.remove(s.from()));
        List<CategoryReduction> out = new ArrayList<>();
        for (String code : codes) {
            ReductionEngine.Cell cell = cells.get(code);
            out.add(CategoryReduction.of(code, cell == null ? 0 : cell.baseline, cell == null ? 0 : cell.current));
        }
        return out;
    }

    private CategoryReduction total(List<CategoryReduction> lines, int year, List<String> only) {
        Set<String> quota = new HashSet<>(categories.quotaCodes(year));
        long b = 0;
        long c = 0;
        for (CategoryReduction l : lines) {
            if (quota.contains(l.category()) && (only == null || only.contains(l.category()))) {
                b += l.baseline();
                c += l.current();
            }
        }
        return CategoryReduction.of(null, b, c);
    }

    private static void checkYears(int y0, int y1) {
        if (y0 < 1990 || y1 > 2100 || y0 > y1) {
            throw new BusinessRuleException("baselineYear", "staffing.reduction.years", new Object[0]);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
