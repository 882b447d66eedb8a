package vn.noivu.adminunit.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.noivu.platform.imports.TabularRow;

/**
 * {@code mapping}: which old units became which new units on a date, one row per (old, new) pair
 * ({@code old_code, old_level, new_code, new_level, new_name, relation}, optional {@code old_name,
 * new_province_code, new_parent_code, new_type, split_count, legal_basis}).
 *
 * <p>A new unit with exactly one predecessor that went wholly into it (and nowhere else) at the same
 * level continues that unit: same identity, a new version if anything changed (moved under the
 * province, renamed, re-coded). Every other new unit is a new identity, established on that date by
 * merger ({@code MERGE}) and/or from parts of split units ({@code SPLIT}), with a lineage edge from
 * each predecessor ({@code full} or {@code partial}); its predecessors end the day before. A new
 * commune hangs under {@code new_parent_code}, or else under {@code new_province_code}. A held unit
 * that is not in the file but loses all its subordinate units on that date ends too (in 2025: every
 * district), citing the decisions that moved its subordinate units.
 */
final class MappingImport {

    static final List<String> COLUMNS =
            List.of("old_code", "old_level", "new_code", "new_level", "new_name", "relation");

    private final Timeline timeline;
    private final ImportErrors errors;
    private final LocalDate date;
    private final String defaultLegalBasis;

    MappingImport(Timeline timeline, ImportErrors errors, LocalDate date, String legalBasis) {
        this.timeline = timeline;
        this.errors = errors;
        this.date = date;
        this.defaultLegalBasis = legalBasis;
    }

    record Row(
            int number,
            String oldCode,
            Level oldLevel,
            String oldName,
            UnitState target,
            String parentColumn,
            String relation,
            String legalBasis) {}

    void run(List<TabularRow> tabular) {
        timeline.forgetRows();
        if (date == null) {
            errors.add(0, "effectiveDate", "adminunit.import.error.dateRequired");
            return;
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> splitCounts = new HashMap<>();
        for (TabularRow r : tabular) {
            Row row = parse(r, splitCounts);
            if (row != null) {
                rows.add(row);
            }
        }
        if (errors.any()) {
            return;
        }
        crossCheck(rows, splitCounts);
        if (errors.any()) {
            return;
        }
        if (timeline.isEmpty()) {
            errors.add(0, "file", "adminunit.import.error.historyNeedsBase");
            return;
        }
        LocalDate dayBefore = date.minusDays(1);
        Map<String, Timeline.Version> old = new HashMap<>();
        for (Row row : rows) {
            Timeline.Version v = timeline.at(row.oldCode(), dayBefore);
            if (v == null) {
                errors.add(row.number(), "old_code", "adminunit.import.error.unknownUnit", row.oldCode(), dayBefore);
            } else if (v.state.level() != row.oldLevel()) {
                errors.add(
                        row.number(),
                        "old_level",
                        "adminunit.import.error.levelChange",
                        row.oldCode(),
                        v.state.level().key(),
                        row.oldLevel().key());
            } else if (!row.oldName().isEmpty() && !fold(row.oldName()).equals(fold(v.state.fullName()))) {
                errors.add(
                        row.number(),
                        "old_name",
                        "adminunit.import.error.oldName",
                        row.oldName(),
                        row.oldCode(),
                        v.state.fullName(),
                        dayBefore);
            } else {
                old.put(row.oldCode(), v);
            }
        }
        if (errors.any()) {
            return;
        }
        apply(rows, old);
        if (errors.any()) {
            return;
        }
        dissolveEmptied(rows);
        Integrity.check(timeline, errors, "old_code");
    }

    private Row parse(TabularRow r, Map<String, Integer> splitCounts) {
        int n = r.number();
        int before = errors.count();
        Level oldLevel = Level.ofCell(r.get("old_level")).orElse(null);
        Level newLevel = Level.ofCell(r.get("new_level")).orElse(null);
        String oldCode = r.get("old_code");
        String newCode = r.get("new_code");
        if (oldLevel == null) {
            errors.add(n, "old_level", "adminunit.import.error.level", r.get("old_level"));
        } else if (!oldLevel.validCode(oldCode)) {
            errors.add(n, "old_code", "adminunit.import.error.codeFormat", oldCode, oldLevel.codeLength());
        }
        if (newLevel == null) {
            errors.add(n, "new_level", "adminunit.import.error.level", r.get("new_level"));
        } else if (!newLevel.validCode(newCode)) {
            errors.add(n, "new_code", "adminunit.import.error.codeFormat", newCode, newLevel.codeLength());
        }
        String relation = r.get("relation");
        if (!relation.equals("full") && !relation.equals("partial")) {
            errors.add(n, "relation", "adminunit.import.error.relation", relation);
        }
        if (!r.isBlank("split_count")) {
            try {
                int count = Integer.parseInt(r.get("split_count"));
                if (count < 1 || (count > 1) != relation.equals("partial")) {
                    errors.add(
                            n,
                            "split_count",
                            "adminunit.import.error.splitCountRelation",
                            r.get("split_count"),
                            relation);
                } else {
                    splitCounts.put(oldCode, count);
                }
            } catch (NumberFormatException e) {
                errors.add(
                        n, "split_count", "adminunit.import.error.splitCountRelation", r.get("split_count"), relation);
            }
        }
        String fullName = UnitState.clean(r.get("new_name"));
        if (fullName.isEmpty()) {
            errors.add(n, "new_name", "adminunit.import.error.emptyName");
        } else if (fullName.length() > Level.MAX_NAME) {
            errors.add(n, "new_name", "adminunit.import.error.tooLong", Level.MAX_NAME);
        }
        if (errors.count() > before || newLevel == null) {
            return null;
        }
        String type = newLevel.canonicalType(UnitState.clean(r.get("new_type")));
        if (type.isEmpty()) {
            type = newLevel.typeOfFullName(fullName).orElse(null);
            if (type == null) {
                errors.add(
                        n,
                        "new_name",
                        "adminunit.import.error.typeOfName",
                        fullName,
                        String.join(", ", newLevel.types()));
                return null;
            }
        } else if (!newLevel.types().contains(type)) {
            errors.add(n, "new_type", "adminunit.import.error.type", type, String.join(", ", newLevel.types()));
            return null;
        }
        Level.TypedName typed = newLevel.typedName(fullName, type);
        if (typed.recased()) {
            errors.warn(n, "new_name", "adminunit.import.warning.recased", fullName, typed.fullName());
        } else if (typed.disagrees()) {
            errors.warn(n, "new_name", "adminunit.import.warning.fullNameType", fullName, type);
        }
        fullName = typed.fullName();
        String name = typed.name();
        String parentColumn = r.isBlank("new_parent_code") ? "new_province_code" : "new_parent_code";
        String parent = r.get(parentColumn);
        if (newLevel == Level.PROVINCE) {
            if (!r.isBlank("new_parent_code")) {
                errors.add(n, "new_parent_code", "adminunit.import.error.provinceParent", r.get("new_parent_code"));
                return null;
            }
            parent = null;
        } else if (!newLevel.validParentCode(parent)) {
            errors.add(n, parentColumn, "adminunit.import.error.parentFormat", parent);
            return null;
        }
        String basis = r.get("legal_basis");
        if (basis.isEmpty() && defaultLegalBasis != null) {
            basis = defaultLegalBasis;
        }
        return new Row(
                n,
                oldCode,
                oldLevel,
                UnitState.clean(r.get("old_name")),
                new UnitState(newCode, name, fullName, newLevel, type, parent),
                parentColumn,
                relation,
                basis);
    }

    private void crossCheck(List<Row> rows, Map<String, Integer> splitCounts) {
        Map<String, Row> targets = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        Map<String, List<Row>> byOld = new LinkedHashMap<>();
        for (Row row : rows) {
            Row first = targets.putIfAbsent(row.target().code(), row);
            if (first != null && !first.target().identical(row.target())) {
                errors.add(
                        row.number(),
                        "new_name",
                        "adminunit.import.error.inconsistentTarget",
                        row.target().code(),
                        first.number());
            }
            if (!pairs.add(row.oldCode() + ">" + row.target().code())) {
                errors.add(
                        row.number(),
                        "new_code",
                        "adminunit.import.error.duplicatePair",
                        row.oldCode(),
                        row.target().code());
            }
            byOld.computeIfAbsent(row.oldCode(), k -> new ArrayList<>()).add(row);
        }
        byOld.forEach((code, list) -> {
            boolean anyFull = list.stream().anyMatch(r -> r.relation().equals("full"));
            if (anyFull && list.size() > 1) {
                errors.add(
                        list.get(1).number(),
                        "relation",
                        "adminunit.import.error.fullTwice",
                        code,
                        list.get(0).number());
            }
            Integer count = splitCounts.get(code);
            if (!anyFull && count != null && count != list.size()) {
                errors.add(
                        list.get(0).number(),
                        "split_count",
                        "adminunit.import.error.splitCount",
                        code,
                        count,
                        list.size());
            }
        });
    }

    private void apply(List<Row> rows, Map<String, Timeline.Version> old) {
        Map<String, List<Row>> byNew = new LinkedHashMap<>();
        Map<String, List<Row>> byOld = new LinkedHashMap<>();
        for (Row row : rows) {
            byNew.computeIfAbsent(row.target().code(), k -> new ArrayList<>()).add(row);
            byOld.computeIfAbsent(row.oldCode(), k -> new ArrayList<>()).add(row);
        }
        // Connected groups of old and new codes: each is applied, or found applied, as a whole.
        Map<String, String> parent = new HashMap<>();
        for (Row row : rows) {
            union(parent, "o" + row.oldCode(), "n" + row.target().code());
        }
        Map<String, List<String>> components = new LinkedHashMap<>();
        for (String newCode : byNew.keySet()) {
            components
                    .computeIfAbsent(find(parent, "n" + newCode), k -> new ArrayList<>())
                    .add(newCode);
        }
        List<String> pending = new ArrayList<>();
        for (List<String> newCodes : components.values()) {
            long applied = newCodes.stream()
                    .filter(c -> isApplied(c, byNew.get(c), byOld, old))
                    .count();
            if (applied == newCodes.size()) {
                continue;
            }
            if (applied > 0) {
                errors.add(
                        byNew.get(newCodes.get(0)).get(0).number(),
                        "new_code",
                        "adminunit.import.error.partiallyApplied",
                        String.join(", ", newCodes),
                        date);
                continue;
            }
            pending.addAll(newCodes);
        }
        if (errors.any() || pending.isEmpty()) {
            return;
        }
        Set<String> continued = new HashSet<>();
        for (String newCode : pending) {
            if (continues(byNew.get(newCode), byOld, old)) {
                continued.add(byNew.get(newCode).get(0).oldCode());
            }
        }
        // 1. Predecessors that do not continue end the day before.
        Set<String> ended = new LinkedHashSet<>();
        for (String newCode : pending) {
            for (Row row : byNew.get(newCode)) {
                if (!continued.contains(row.oldCode()) && ended.add(row.oldCode())) {
                    Timeline.Version v = old.get(row.oldCode());
                    if (!spans(v, row)) {
                        continue;
                    }
                    timeline.end(v, date, row.number());
                }
            }
        }
        // 2. Units that continue get a new version when something changed.
        for (String newCode : pending) {
            List<Row> preds = byNew.get(newCode);
            if (!continued.contains(preds.get(0).oldCode())) {
                continue;
            }
            Row row = preds.get(0);
            Timeline.Version v = old.get(row.oldCode());
            UnitState target = keepName(row.target(), v.state);
            if (v.state.identical(target)) {
                continue;
            }
            if (!spans(v, row)) {
                continue;
            }
            Timeline.Version clash = timeline.at(newCode, date);
            if (clash != null && clash != v) {
                overlap(row, clash);
                continue;
            }
            UnitState before = v.state;
            timeline.split(v, date, target, row.number(), row.parentColumn());
            timeline.change(date, target.kindsFrom(before), v.unit, before, target, basis(preds), null, row.number());
        }
        // 3. New units, with their lineage.
        for (String newCode : pending) {
            List<Row> preds = byNew.get(newCode);
            if (continued.contains(preds.get(0).oldCode())) {
                continue;
            }
            Row first = preds.get(0);
            Timeline.Version clash = timeline.at(newCode, date);
            if (clash != null) {
                overlap(first, clash);
                continue;
            }
            Timeline.Unit unit = timeline.newUnit(first.target().level());
            timeline.add(
                    unit,
                    first.target(),
                    date,
                    timeline.nextStart(newCode, date),
                    first.number(),
                    first.parentColumn());
            List<String> kinds = new ArrayList<>();
            if (preds.size() > 1) {
                kinds.add("MERGE");
            }
            if (preds.stream().anyMatch(r -> r.relation().equals("partial"))) {
                kinds.add("SPLIT");
            }
            if (kinds.isEmpty()) {
                kinds.add("ESTABLISH");
            }
            Timeline.Change change =
                    timeline.change(date, kinds, unit, null, first.target(), basis(preds), null, first.number());
            for (Row row : preds) {
                timeline.edge(old.get(row.oldCode()).unit, unit, change, row.relation(), date);
            }
        }
    }

    /** Whether the held history already shows this new unit as the file describes it. */
    private boolean isApplied(
            String newCode, List<Row> preds, Map<String, List<Row>> byOld, Map<String, Timeline.Version> old) {
        Timeline.Version cur = timeline.at(newCode, date);
        UnitState target = preds.get(0).target();
        if (cur == null || !cur.state.sameAs(target)) {
            return false;
        }
        if (continues(preds, byOld, old)) {
            return cur.unit == old.get(preds.get(0).oldCode()).unit;
        }
        return cur.from.equals(date)
                && preds.stream().allMatch(r -> {
                    Timeline.Version v = old.get(r.oldCode());
                    return date.equals(v.to) && timeline.hasEdge(v.unit, cur.unit);
                });
    }

    /** One predecessor, wholly into this unit and nowhere else, at the same level: the same unit goes on. */
    private static boolean continues(List<Row> preds, Map<String, List<Row>> byOld, Map<String, Timeline.Version> old) {
        if (preds.size() != 1) {
            return false;
        }
        Row row = preds.get(0);
        return row.relation().equals("full")
                && byOld.get(row.oldCode()).size() == 1
                && old.get(row.oldCode()).state.level() == row.target().level();
    }

    private boolean spans(Timeline.Version v, Row row) {
        if (v.to != null && !v.to.isAfter(date)) {
            errors.add(row.number(), "old_code", "adminunit.import.error.alreadyEnds", row.oldCode(), v.to);
            return false;
        }
        if (v.to != null && v.unit.after(v) != null) {
            errors.add(
                    row.number(),
                    "old_code",
                    "adminunit.import.error.continuesLater",
                    row.oldCode(),
                    v.state.fullName(),
                    date);
            return false;
        }
        return true;
    }

    private void overlap(Row row, Timeline.Version clash) {
        errors.add(
                row.number(),
                "new_code",
                "adminunit.import.error.codeInUse",
                row.target().code(),
                clash.state.fullName(),
                clash.from,
                clash.to == null ? "—" : clash.to);
    }

    /**
     * Held units left without any subordinate unit on the date (and not mapped themselves) end then:
     * in 2025 every district lost all its communes.
     */
    private void dissolveEmptied(List<Row> rows) {
        Map<String, Row> rowOfOld = new HashMap<>();
        rows.forEach(r -> rowOfOld.putIfAbsent(r.oldCode(), r));
        LocalDate dayBefore = date.minusDays(1);
        boolean more = true;
        while (more) {
            more = false;
            for (Timeline.Version v : List.copyOf(timeline.versions())) {
                if (v.state.level() == Level.COMMUNE || !v.covers(dayBefore) || !v.covers(date)) {
                    continue;
                }
                if (rowOfOld.containsKey(v.code())
                        || !timeline.childrenAt(v.code(), date).isEmpty()) {
                    continue;
                }
                List<Timeline.Version> children = timeline.childrenAt(v.code(), dayBefore);
                if (children.isEmpty()) {
                    continue;
                }
                if (v.to != null && v.unit.after(v) != null) {
                    continue;
                }
                Set<String> numbers = new LinkedHashSet<>();
                int row = 0;
                for (Timeline.Version child : children) {
                    Row r = rowOfOld.get(child.code());
                    if (r != null) {
                        numbers.addAll(LegalBasis.numbers(r.legalBasis()));
                        row = row == 0 ? r.number() : row;
                    }
                }
                timeline.end(v, date, row);
                timeline.change(
                        date,
                        List.of("DISSOLVE"),
                        v.unit,
                        v.state,
                        null,
                        numbers.isEmpty() ? defaultLegalBasis : String.join(";", numbers),
                        null,
                        0);
                more = true;
            }
        }
    }

    private static String basis(List<Row> preds) {
        Set<String> numbers = new LinkedHashSet<>();
        preds.forEach(r -> numbers.addAll(LegalBasis.numbers(r.legalBasis())));
        return numbers.isEmpty() ? null : String.join(";", numbers);
    }

    private static UnitState keepName(UnitState target, UnitState held) {
        if (target.fullName().equals(held.fullName()) && !target.name().equals(held.name())) {
            return new UnitState(
                    target.code(), held.name(), target.fullName(), target.level(), target.type(), target.parentCode());
        }
        return target;
    }

    /** Case-, accent- and đ-insensitive form of a name, for loose matching of spellings. */
    static String fold(String s) {
        String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        String cur = x;
        while (parent.containsKey(cur) && !parent.get(cur).equals(root)) {
            String next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }
}
