package vn.noivu.reform.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.adminunit.AdminUnitView;
import vn.noivu.adminunit.AdminUnits;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.CriterionKind;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.Method;

/**
 * Imports a method, survey/measured scores or a published table (docs/reform-imports.md). Every row is
 * checked first; the file applies whole or not at all, and each error names its row, column and reason.
 */
@Component
public class ReformImport {

    static final List<String> METHOD_COLUMNS =
            List.of("year", "set", "province_code", "code", "parent_code", "name", "max_points", "kind");
    static final List<String> SCORE_COLUMNS = List.of("year", "set", "unit_code", "component_code", "score");

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One method of a file: its key and rows. */
    private record MethodKey(int year, EvaluatedSet set, String owner) {}

    private final ReformStore store;
    private final Rankings rankings;
    private final AdminUnits adminUnits;
    private final EvaluationScope scope;
    private final AuditLog audit;
    private final MessageSource messages;

    ReformImport(
            ReformStore store,
            Rankings rankings,
            AdminUnits adminUnits,
            EvaluationScope scope,
            AuditLog audit,
            MessageSource messages) {
        this.store = store;
        this.rankings = rankings;
        this.adminUnits = adminUnits;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    public ImportResult importFile(String kind, String filename, TabularFile file) {
        List<ImportError> errors = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        switch (kind == null ? "" : kind) {
            case "method" -> method(file, errors, writes);
            case "scores" -> scores(file, false, errors, writes);
            case "published" -> scores(file, true, errors, writes);
            default -> errors.add(new ImportError(0, "kind", msg("reform.import.kind", String.valueOf(kind))));
        }
        if (!errors.isEmpty()) {
            throw new ImportRefusedException(ImportResult.refused(file.rows().size(), errors));
        }
        writes.forEach(Runnable::run);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", filename);
        after.put("kind", kind);
        after.put("rows", file.rows().size());
        after.put("sha256", file.sha256());
        audit.record("IMPORT", "reform." + kind, filename, null, after, "Nhập chỉ số CCHC từ tệp " + filename);
        return ImportResult.applied(file.rows().size());
    }

    // ---- methods ----

    private void method(TabularFile file, List<ImportError> errors, List<Runnable> writes) {
        if (missing(file, METHOD_COLUMNS, errors)) {
            return;
        }
        Map<MethodKey, List<Criterion>> methods = new LinkedHashMap<>();
        Map<MethodKey, BigDecimal[]> thresholds = new HashMap<>();
        Map<MethodKey, LocalDate> deadlines = new HashMap<>();
        Map<MethodKey, Map<String, Integer>> rowOf = new HashMap<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            Integer year = year(row, errors);
            EvaluatedSet set = set(row, errors);
            String owner = set == null ? null : owner(row, set, errors);
            String code = required(row, "code", errors);
            String name = required(row, "name", errors);
            BigDecimal max = number(row, "max_points", true, errors);
            if (max != null && max.signum() <= 0) {
                errors.add(error(row, "max_points", "reform.import.positive", row.get("max_points")));
            }
            CriterionKind kind = null;
            try {
                kind = CriterionKind.valueOf(kinds().resolve(row.get("kind")).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(error(row, "kind", "reform.import.kindValue", row.get("kind")));
            }
            BigDecimal a = number(row, "group_a_min", false, errors);
            BigDecimal b = number(row, "group_b_min", false, errors);
            LocalDate deadline = date(row, "deadline", errors);
            if (errors.size() > before) {
                continue;
            }
            MethodKey key = new MethodKey(year, set, owner);
            if (!scope.mayEvaluate(set, owner)) {
                errors.add(error(row, "set", "reform.import.notEvaluator", set.name()));
                continue;
            }
            Map<String, Integer> codes = rowOf.computeIfAbsent(key, k -> new HashMap<>());
            String parent = row.get("parent_code").isEmpty() ? null : row.get("parent_code");
            if (codes.containsKey(code)) {
                errors.add(error(row, "code", "reform.import.duplicateCode", code, codes.get(code)));
                continue;
            }
            if (parent != null && !codes.containsKey(parent)) {
                errors.add(error(row, "parent_code", "reform.import.parentUnknown", parent));
                continue;
            }
            BigDecimal[] t = thresholds.get(key);
            BigDecimal[] given = {a, b};
            if (a != null || b != null) {
                if (t != null && !(same(t[0], a) && same(t[1], b))) {
                    errors.add(error(row, "group_a_min", "reform.import.thresholdsDiffer"));
                    continue;
                }
                BigDecimal ga = a == null ? Rankings.DEFAULT_A : a;
                BigDecimal gb = b == null ? Rankings.DEFAULT_B : b;
                if (gb.compareTo(ga) > 0 || ga.compareTo(BigDecimal.valueOf(100)) > 0 || gb.signum() < 0) {
                    errors.add(error(row, "group_b_min", "reform.import.thresholds", ga, gb));
                    continue;
                }
                thresholds.put(key, given);
            }
            if (deadline != null) {
                deadlines.put(key, deadline);
            }
            codes.put(code, row.number());
            methods.computeIfAbsent(key, k -> new ArrayList<>()).add(new Criterion(code, parent, name, max, kind));
        }
        if (!errors.isEmpty()) {
            return;
        }
        methods.forEach((key, criteria) -> {
            // The sub-criteria of a node share out its points: their maxima must add up to its own.
            for (Criterion c : criteria) {
                List<Criterion> children = criteria.stream()
                        .filter(x -> c.code().equals(x.parentCode()))
                        .toList();
                BigDecimal sum = children.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (!children.isEmpty() && sum.compareTo(c.maxPoints()) != 0) {
                    errors.add(new ImportError(
                            rowOf.get(key).get(c.code()),
                            "max_points",
                            msg(
                                    "reform.import.childrenSum",
                                    c.code(),
                                    sum.toPlainString(),
                                    c.maxPoints().toPlainString())));
                }
            }
            BigDecimal[] t = thresholds.getOrDefault(key, new BigDecimal[2]);
            BigDecimal a = t[0] == null ? Rankings.DEFAULT_A : t[0];
            BigDecimal b = t[1] == null ? Rankings.DEFAULT_B : t[1];
            writes.add(() -> {
                Optional<Method> before = store.method(key.year(), key.set(), key.owner());
                long id = store.saveMethod(key.year(), key.set(), key.owner(), a, b, deadlines.get(key), criteria);
                audit.record(
                        before.isPresent() ? "UPDATE" : "CREATE",
                        "reform.method",
                        String.valueOf(id),
                        before.map(m -> Map.of("criteria", m.criteria().size())).orElse(null),
                        Map.of(
                                "year",
                                key.year(),
                                "set",
                                key.set().name(),
                                "owner",
                                key.owner(),
                                "criteria",
                                criteria.size(),
                                "groupAMin",
                                a,
                                "groupBMin",
                                b));
            });
        });
    }

    // ---- scores and published tables ----

    private void scores(TabularFile file, boolean published, List<ImportError> errors, List<Runnable> writes) {
        boolean byIndex = published && file.headers().contains("index");
        List<String> required = published
                ? (byIndex
                        ? List.of("year", "unit_code", "index")
                        : List.of("year", "unit_code", "component_code", "score"))
                : SCORE_COLUMNS;
        if (missing(file, required, errors)) {
            return;
        }
        Map<String, Optional<Method>> methods = new HashMap<>();
        Map<String, Map<String, String>> names = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            Integer year = year(row, errors);
            EvaluatedSet set = published && row.isBlank("set") ? EvaluatedSet.PROVINCES : set(row, errors);
            String owner = set == null ? null : owner(row, set, errors);
            String unit = required(row, "unit_code", errors);
            String component = byIndex ? null : required(row, "component_code", errors);
            BigDecimal value = number(row, byIndex ? "index" : "score", true, errors);
            if (errors.size() > before) {
                continue;
            }
            if (!scope.mayEvaluate(set, owner)) {
                errors.add(error(row, "set", "reform.import.notEvaluator", set.name()));
                continue;
            }
            String key = year + "/" + set + "/" + owner + "/" + unit + "/" + component;
            if (!seen.add(key)) {
                errors.add(error(row, "unit_code", "reform.import.duplicateRow", firstRow.get(key)));
                continue;
            }
            firstRow.put(key, row.number());
            if (!knownUnit(row, year, set, owner, unit, names, errors, writes)) {
                continue;
            }
            if (byIndex) {
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.add(error(row, "index", "reform.import.indexRange", row.get("index")));
                    continue;
                }
                writes.add(() -> store.savePublishedIndex(year, set, owner, unit, value));
            } else {
                Optional<Method> method =
                        methods.computeIfAbsent(year + "/" + set + "/" + owner, k -> store.method(year, set, owner));
                if (method.isEmpty()) {
                    errors.add(error(row, "year", "reform.import.noMethod", String.valueOf(year), set.name()));
                    continue;
                }
                Optional<Criterion> criterion = method.get().criteria().stream()
                        .filter(c -> c.code().equals(component))
                        .findFirst();
                if (criterion.isEmpty()) {
                    errors.add(error(
                            row, "component_code", "reform.import.unknownComponent", component, String.valueOf(year)));
                    continue;
                }
                CriterionKind kind = criterion.get().kind();
                if (!published && kind.assessed()) {
                    errors.add(error(row, "component_code", "reform.import.notSurveyed", component));
                    continue;
                }
                if (value.signum() < 0 || value.compareTo(criterion.get().maxPoints()) > 0) {
                    errors.add(error(
                            row,
                            "score",
                            "reform.import.scoreRange",
                            row.get("score"),
                            criterion.get().maxPoints().toPlainString()));
                    continue;
                }
                String source = published ? "PUBLISHED" : kind == CriterionKind.SURVEYED ? "SURVEY" : "MEASURED";
                writes.add(() -> store.saveComponentScore(year, set, owner, unit, component, value, source));
            }
            String name = row.get("unit_name");
            if (!name.isEmpty() && set != EvaluatedSet.PROVINCES) {
                writes.add(() -> store.saveUnitName(set, owner, unit, name));
            }
        }
    }

    /**
     * A province must be one that year (under that year's code); a commune must lie in the owning
     * province; a ministry or department needs a name, given in the file or imported before.
     */
    private boolean knownUnit(
            TabularRow row,
            int year,
            EvaluatedSet set,
            String owner,
            String unit,
            Map<String, Map<String, String>> names,
            List<ImportError> errors,
            List<Runnable> writes) {
        LocalDate asOf = Rankings.asOf(year);
        switch (set) {
            case PROVINCES -> {
                Map<String, String> provinces =
                        names.computeIfAbsent("P" + year, k -> rankings.names(year, EvaluatedSet.PROVINCES, ""));
                if (!provinces.containsKey(unit)) {
                    errors.add(error(row, "unit_code", "reform.import.unknownProvince", unit, String.valueOf(year)));
                    return false;
                }
            }
            case COMMUNES -> {
                Optional<AdminUnitView> province = adminUnits.provinceOf(unit, asOf);
                if (province.isEmpty() || !province.get().code().equals(owner)) {
                    errors.add(
                            error(row, "unit_code", "reform.import.unknownCommune", unit, owner, String.valueOf(year)));
                    return false;
                }
                if (row.isBlank("unit_name")) {
                    String name =
                            adminUnits.find(unit, asOf).map(AdminUnitView::name).orElse(unit);
                    writes.add(() -> store.saveUnitName(set, owner, unit, name));
                }
            }
            default -> {
                Map<String, String> known = names.computeIfAbsent(set + "/" + owner, k -> store.unitNames(set, owner));
                if (row.isBlank("unit_name") && !known.containsKey(unit)) {
                    errors.add(error(row, "unit_name", "reform.import.unitName", unit));
                    return false;
                }
            }
        }
        return true;
    }

    // ---- cells ----

    private boolean missing(TabularFile file, List<String> required, List<ImportError> errors) {
        for (String column : file.missing(required)) {
            errors.add(new ImportError(1, column, msg("reform.import.missingColumn", column)));
        }
        return !errors.isEmpty();
    }

    private Integer year(TabularRow row, List<ImportError> errors) {
        String v = row.get("year");
        try {
            int year = Integer.parseInt(v);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(error(row, "year", "reform.import.year", v));
        return null;
    }

    private EvaluatedSet set(TabularRow row, List<ImportError> errors) {
        // A set by its name ("Tỉnh, thành phố") as well as by its code.
        Optional<EvaluatedSet> set = EvaluatedSet.of(sets().resolve(row.get("set")));
        if (set.isEmpty()) {
            errors.add(error(row, "set", "reform.import.set", row.get("set")));
        }
        return set.orElse(null);
    }

    /** The evaluated sets by code, with their Vietnamese names. */
    vn.noivu.platform.imports.CodeLabels sets() {
        return labels(
                "reform.set.",
                java.util.Arrays.stream(EvaluatedSet.values()).map(Enum::name).toList());
    }

    /** The kinds of criterion by code, with their Vietnamese names. */
    vn.noivu.platform.imports.CodeLabels kinds() {
        return labels(
                "reform.kind.",
                java.util.Arrays.stream(CriterionKind.values()).map(Enum::name).toList());
    }

    private vn.noivu.platform.imports.CodeLabels labels(String prefix, List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        codes.forEach(c -> names.put(c, messages.getMessage(prefix + c, null, c, vi)));
        return vn.noivu.platform.imports.CodeLabels.of(names);
    }

    /** The owning province of a DEPARTMENTS or COMMUNES row; "" for the Ministry's sets. */
    private String owner(TabularRow row, EvaluatedSet set, List<ImportError> errors) {
        String province = row.get("province_code");
        if (set.ownedByProvince() && province.isEmpty()) {
            errors.add(error(row, "province_code", "reform.import.provinceNeeded", set.name()));
            return null;
        }
        if (!set.ownedByProvince() && !province.isEmpty()) {
            errors.add(error(row, "province_code", "reform.import.provinceNotAllowed", set.name()));
            return null;
        }
        return province;
    }

    private String required(TabularRow row, String column, List<ImportError> errors) {
        String v = row.get(column);
        if (v.isEmpty()) {
            errors.add(error(row, column, "reform.import.required"));
            return null;
        }
        if (v.length() > 500) {
            errors.add(error(row, column, "reform.import.tooLong", 500));
            return null;
        }
        return v;
    }

    /** A number written 96.17 or, as Vietnamese spreadsheets do, 96,17. */
    private BigDecimal number(TabularRow row, String column, boolean required, List<ImportError> errors) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                errors.add(error(row, column, "reform.import.required"));
            }
            return null;
        }
        String normal = v.contains(",") && !v.contains(".") ? v.replace(',', '.') : v;
        try {
            BigDecimal n = new BigDecimal(normal);
            if (n.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0 || n.scale() > 2) {
                errors.add(error(row, column, "reform.import.notNumber", v));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(error(row, column, "reform.import.notNumber", v));
            return null;
        }
    }

    private LocalDate date(TabularRow row, String column, List<ImportError> errors) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, VN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(error(row, column, "reform.import.notDate", v));
            return null;
        }
    }

    private static boolean same(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private ImportError error(TabularRow row, String column, String key, Object... args) {
        return new ImportError(row.number(), column, msg(key, args));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
