package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.noivu.platform.imports.TabularRow;

/**
 * {@code history}: unit-level changes, one row per unit and date, each with the unit's state before and
 * after ({@code effective_date, change_type, level, code, name_before, name_after, type_before,
 * type_after, parent_before, parent_after}, optional {@code same_name_counterpart, legal_basis_step,
 * legal_basis_by_province, legal_basis}).
 *
 * <p>Rows dated after the earliest held date extend history forwards: the held state the day before
 * must equal "before". Rows dated on or before it extend history backwards: processed from the latest
 * to the earliest, the held state on the row's date must equal "after", and "before" becomes the
 * state until that date. The held data then starts the day before the earliest row (or on the date
 * given as the file's completeness date). Rows of one unit on one date are applied in file order and
 * only their net effect is recorded (a change and its same-day correction cancel out). A row already
 * reflected in the held history is skipped, so importing a file twice changes nothing.
 */
final class HistoryImport {

    static final List<String> COLUMNS = List.of(
            "effective_date",
            "change_type",
            "level",
            "code",
            "name_before",
            "name_after",
            "type_before",
            "type_after",
            "parent_before",
            "parent_after");

    private static final Set<String> TYPES =
            Set.of("added", "removed", "renamed", "type_changed", "reparented", "spelling");
    private static final DateTimeFormatter SCREEN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Timeline timeline;
    private final ImportErrors errors;
    private final LocalDate completeFrom;
    private final String defaultLegalBasis;

    HistoryImport(Timeline timeline, ImportErrors errors, LocalDate completeFrom, String legalBasis) {
        this.timeline = timeline;
        this.errors = errors;
        this.completeFrom = completeFrom;
        this.defaultLegalBasis = legalBasis;
    }

    record Row(
            int number,
            LocalDate date,
            boolean added,
            boolean removed,
            boolean correctionOnly,
            Level level,
            String code,
            UnitState before,
            UnitState after,
            String counterpart,
            String legalBasis,
            String legalBasisStep) {}

    /** The rows of one unit on one date, in file order. */
    record Group(LocalDate date, String code, List<Row> rows) {
        Row first() {
            return rows.get(0);
        }

        Row last() {
            return rows.get(rows.size() - 1);
        }

        UnitState before() {
            return first().before();
        }

        UnitState after() {
            return last().after();
        }

        boolean correctionOnly() {
            return rows.stream().allMatch(Row::correctionOnly);
        }

        String legalBasis() {
            return join(rows.stream().map(Row::legalBasis).toList());
        }

        String legalBasisStep() {
            return join(rows.stream().map(Row::legalBasisStep).toList());
        }

        private static String join(List<String> citations) {
            Set<String> numbers = new LinkedHashSet<>();
            citations.forEach(c -> numbers.addAll(LegalBasis.numbers(c)));
            return numbers.isEmpty() ? null : String.join(";", numbers);
        }
    }

    /** Applies the file to the timeline; returns the earliest date it changes (for the record). */
    LocalDate run(List<TabularRow> tabular) {
        timeline.forgetRows();
        List<Row> rows = new ArrayList<>();
        for (TabularRow r : tabular) {
            Row row = parse(r);
            if (row != null) {
                rows.add(row);
            }
        }
        if (errors.any()) {
            return null;
        }
        if (timeline.isEmpty()) {
            errors.add(0, "file", "adminunit.import.error.historyNeedsBase");
            return null;
        }
        // Rows that cannot be combined are reported and left out; the rest are still checked against the
        // held history, so that one answer lists every problem of the file.
        List<Group> groups = group(rows);
        if (groups.isEmpty()) {
            return null;
        }
        LocalDate horizon = timeline.horizon();
        List<Group> backward =
                groups.stream().filter(g -> !g.date().isAfter(horizon)).toList();
        List<Group> forward =
                groups.stream().filter(g -> g.date().isAfter(horizon)).toList();
        if (!backward.isEmpty()) {
            LocalDate earliest = backward.get(0).date();
            LocalDate start = completeFrom != null ? completeFrom : earliest.minusDays(1);
            if (!start.isBefore(earliest)) {
                errors.add(0, "effectiveDate", "adminunit.import.error.completeFrom", start, earliest);
                return null;
            }
            List<Group> latestFirst = new ArrayList<>(backward);
            java.util.Collections.reverse(latestFirst);
            backwards(latestFirst, horizon, start);
        }
        forwards(forward);
        if (errors.any()) {
            return null;
        }
        Integrity.check(timeline, errors, "code");
        return groups.get(0).date();
    }

    private Row parse(TabularRow r) {
        int n = r.number();
        int before = errors.count();
        LocalDate date = date(r.get("effective_date"));
        if (date == null) {
            errors.add(n, "effective_date", "adminunit.import.error.date", r.get("effective_date"));
        }
        Level level = Level.ofCell(r.get("level")).orElse(null);
        String code = r.get("code");
        if (level == null) {
            errors.add(n, "level", "adminunit.import.error.level", r.get("level"));
        } else if (!level.validCode(code)) {
            errors.add(n, "code", "adminunit.import.error.codeFormat", code, level.codeLength());
        }
        Set<String> types = new LinkedHashSet<>();
        boolean correction = true;
        for (String t : r.get("change_type").split(";")) {
            String type = t.trim();
            boolean isCorrection = type.startsWith("correction:");
            if (isCorrection) {
                type = type.substring("correction:".length());
            }
            if (!TYPES.contains(type)) {
                errors.add(n, "change_type", "adminunit.import.error.changeType", t.trim());
                continue;
            }
            correction &= isCorrection || type.equals("spelling");
            types.add(type);
        }
        boolean added = types.contains("added");
        boolean removed = types.contains("removed");
        if ((added || removed) && types.size() > 1) {
            errors.add(n, "change_type", "adminunit.import.error.changeTypeAlone", r.get("change_type"));
        }
        if (errors.count() > before || level == null) {
            return null;
        }
        UnitState stateBefore = added ? null : state(r, n, "before", code, level);
        UnitState stateAfter = removed ? null : state(r, n, "after", code, level);
        if (added) {
            notExpected(r, n, "before");
        }
        if (removed) {
            notExpected(r, n, "after");
        }
        if (errors.count() > before) {
            return null;
        }
        String byProvince = r.get("legal_basis_by_province");
        String explicit = r.get("legal_basis");
        String basis = !explicit.isEmpty() ? explicit : byProvince;
        String step = r.get("legal_basis_step");
        if (basis.isEmpty() && step.isEmpty()) {
            basis = defaultLegalBasis == null ? "" : defaultLegalBasis;
        }
        return new Row(
                n,
                date,
                added,
                removed,
                correction && !types.isEmpty() && !added && !removed,
                level,
                code,
                stateBefore,
                stateAfter,
                r.get("same_name_counterpart"),
                basis,
                step);
    }

    private UnitState state(TabularRow r, int n, String side, String code, Level level) {
        String fullName = UnitState.clean(r.get("name_" + side));
        String type = level.canonicalType(UnitState.clean(r.get("type_" + side)));
        String parent = r.get("parent_" + side);
        boolean ok = true;
        if (fullName.isEmpty()) {
            errors.add(n, "name_" + side, "adminunit.import.error.emptyName");
            ok = false;
        } else if (fullName.length() > Level.MAX_NAME) {
            errors.add(n, "name_" + side, "adminunit.import.error.tooLong", Level.MAX_NAME);
            ok = false;
        }
        if (!level.types().contains(type)) {
            errors.add(n, "type_" + side, "adminunit.import.error.type", type, String.join(", ", level.types()));
            ok = false;
        }
        if (level == Level.PROVINCE && !parent.isEmpty()) {
            errors.add(n, "parent_" + side, "adminunit.import.error.provinceParent", parent);
            ok = false;
        } else if (level != Level.PROVINCE && !level.validParentCode(parent)) {
            errors.add(n, "parent_" + side, "adminunit.import.error.parentFormat", parent);
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Level.TypedName typed = level.typedName(fullName, type);
        if (typed.recased()) {
            errors.warn(n, "name_" + side, "adminunit.import.warning.recased", fullName, typed.fullName());
        } else if (typed.disagrees()) {
            errors.warn(n, "name_" + side, "adminunit.import.warning.fullNameType", fullName, type);
        }
        return new UnitState(code, typed.name(), typed.fullName(), level, type, parent.isEmpty() ? null : parent);
    }

    private void notExpected(TabularRow r, int n, String side) {
        for (String column : List.of("name_" + side, "type_" + side, "parent_" + side)) {
            if (!r.get(column).isEmpty()) {
                errors.add(n, column, "adminunit.import.error.stateNotExpected", r.get("change_type"));
                return;
            }
        }
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.trim(), SCREEN);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private List<Group> group(List<Row> rows) {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            byKey.computeIfAbsent(row.date() + "|" + row.code(), k -> new ArrayList<>())
                    .add(row);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Row> list : byKey.values()) {
            Group g = new Group(list.get(0).date(), list.get(0).code(), list);
            boolean ok = true;
            if (list.size() > 1) {
                for (int i = 0; i < list.size(); i++) {
                    Row row = list.get(i);
                    if (row.added() || row.removed()) {
                        errors.add(
                                row.number(),
                                "change_type",
                                "adminunit.import.error.groupMixed",
                                row.code(),
                                row.date());
                        ok = false;
                    } else if (i > 0 && !row.before().sameAs(list.get(i - 1).after())) {
                        errors.add(
                                row.number(),
                                "name_before",
                                "adminunit.import.error.chain",
                                list.get(i - 1).number());
                        ok = false;
                    }
                }
            }
            if (ok) {
                groups.add(g);
            }
        }
        groups.sort(Comparator.comparing(Group::date));
        return groups;
    }

    // ---- backwards: the held state on the row's date must be "after"; "before" held until then

    private void backwards(List<Group> latestFirst, LocalDate horizon, LocalDate start) {
        for (Timeline.Version v : timeline.versions()) {
            if (v.from.equals(horizon)) {
                v.from = start;
            }
        }
        for (Group g : latestFirst) {
            LocalDate d = g.date();
            UnitState before = g.before();
            UnitState after = g.after();
            if (after != null) {
                Timeline.Version cur = timeline.at(g.code(), d);
                if (cur == null) {
                    errors.add(g.last().number(), "code", "adminunit.import.error.unknownUnit", g.code(), d);
                    continue;
                }
                if (!cur.state.sameAs(after)) {
                    errors.add(
                            g.last().number(),
                            column(cur.state, after, "after"),
                            "adminunit.import.error.afterContradicts",
                            d,
                            g.code(),
                            describe(cur.state));
                    continue;
                }
                if (before != null && before.sameAs(after)) {
                    continue; // net no-op
                }
                cur.from = d;
                cur.row = g.last().number();
                cur.parentColumn = "parent_after";
                if (before == null) {
                    record(g, List.of("ESTABLISH"), cur.unit, null, cur.state);
                } else {
                    UnitState held = withName(before, cur.state);
                    Timeline.Version earlier =
                            timeline.add(cur.unit, held, start, d, g.first().number(), "parent_before");
                    record(g, kinds(g, held, cur.state), cur.unit, held, cur.state);
                    earlier.row = g.first().number();
                }
            } else {
                Timeline.Version atDate = timeline.at(g.code(), d);
                Timeline.Version dayBefore = timeline.at(g.code(), d.minusDays(1));
                Timeline.Version clash = atDate != null ? atDate : dayBefore;
                if (clash != null) {
                    errors.add(
                            g.first().number(),
                            "code",
                            "adminunit.import.error.codeInUse",
                            g.code(),
                            clash.state.fullName(),
                            clash.from,
                            clash.to == null ? "—" : clash.to);
                    continue;
                }
                Timeline.Unit unit = timeline.newUnit(g.first().level());
                timeline.add(unit, before, start, d, g.first().number(), "parent_before");
                record(g, List.of("DISSOLVE"), unit, before, null);
            }
        }
        counterparts(latestFirst);
    }

    // ---- forwards: the held state the day before must be "before"

    private void forwards(List<Group> earliestFirst) {
        for (Group g : earliestFirst) {
            LocalDate d = g.date();
            UnitState before = g.before();
            UnitState after = g.after();
            Timeline.Version prev = timeline.at(g.code(), d.minusDays(1));
            Timeline.Version cur = timeline.at(g.code(), d);
            int n = g.first().number();
            if (before == null) {
                if (cur != null) {
                    boolean applied =
                            cur.from.equals(d) && cur.state.sameAs(after) && (prev == null || prev.unit != cur.unit);
                    if (!applied) {
                        errors.add(
                                n,
                                "code",
                                "adminunit.import.error.codeInUse",
                                g.code(),
                                cur.state.fullName(),
                                cur.from,
                                cur.to == null ? "—" : cur.to);
                    }
                    continue;
                }
                Timeline.Unit unit = timeline.newUnit(g.first().level());
                Timeline.Version v = timeline.add(unit, after, d, timeline.nextStart(g.code(), d), n, "parent_after");
                record(g, List.of("ESTABLISH"), unit, null, v.state);
                continue;
            }
            if (prev == null) {
                errors.add(n, "code", "adminunit.import.error.unknownUnit", g.code(), d.minusDays(1));
                continue;
            }
            if (!prev.state.sameAs(before)) {
                errors.add(
                        n,
                        column(prev.state, before, "before"),
                        "adminunit.import.error.beforeContradicts",
                        d.minusDays(1),
                        g.code(),
                        describe(prev.state));
                continue;
            }
            if (after == null) {
                if (prev == cur) {
                    if (prev.to != null && prev.unit.after(prev) != null) {
                        errors.add(
                                n, "code", "adminunit.import.error.continuesLater", g.code(), prev.state.fullName(), d);
                        continue;
                    }
                    timeline.end(prev, d, n);
                    record(g, List.of("DISSOLVE"), prev.unit, prev.state, null);
                } else if (!(cur == null && d.equals(prev.to) && prev.unit.after(prev) == null)) {
                    errors.add(
                            n,
                            "code",
                            "adminunit.import.error.contradictsSameDay",
                            g.code(),
                            d,
                            describe(cur == null ? prev.state : cur.state));
                }
                continue;
            }
            if (before.sameAs(after)) {
                continue; // net no-op
            }
            UnitState next = withName(after, prev.state);
            if (prev == cur) {
                timeline.split(prev, d, next, g.last().number(), "parent_after");
                record(g, kinds(g, prev.state, next), prev.unit, prev.state, next);
            } else if (!(cur != null && cur.unit == prev.unit && cur.from.equals(d) && cur.state.sameAs(after))) {
                errors.add(
                        g.last().number(),
                        column(cur == null ? prev.state : cur.state, after, "after"),
                        "adminunit.import.error.contradictsSameDay",
                        g.code(),
                        d,
                        cur == null ? "—" : describe(cur.state));
            }
        }
        counterparts(earliestFirst);
    }

    /** A unit added with a same-name counterpart removed on the same date continues it in the lineage. */
    private void counterparts(List<Group> groups) {
        for (Timeline.Change c : List.copyOf(timeline.changes())) {
            if (!c.kinds().contains("ESTABLISH")) {
                continue;
            }
            Group g = groups.stream()
                    .filter(x -> x.date().equals(c.date())
                            && x.code().equals(c.after().code()))
                    .findFirst()
                    .orElse(null);
            if (g == null || g.first().counterpart().isEmpty()) {
                continue;
            }
            timeline.withCode(g.first().counterpart()).stream()
                    .filter(v -> c.date().equals(v.to) && v.unit != c.unit())
                    .findFirst()
                    .ifPresent(v -> {
                        if (!timeline.hasEdge(v.unit, c.unit())) {
                            timeline.edge(v.unit, c.unit(), c, "full", c.date());
                        }
                    });
        }
    }

    private void record(Group g, List<String> kinds, Timeline.Unit unit, UnitState before, UnitState after) {
        timeline.change(
                g.date(),
                kinds,
                unit,
                before,
                after,
                g.legalBasis(),
                g.legalBasisStep(),
                g.first().number());
    }

    private static List<String> kinds(Group g, UnitState before, UnitState after) {
        return g.correctionOnly() ? List.of("CORRECTION") : after.kindsFrom(before);
    }

    /** The file's state with the held short name when the full name is the same. */
    private static UnitState withName(UnitState file, UnitState held) {
        if (file.fullName().equals(held.fullName()) && !file.name().equals(held.name())) {
            return new UnitState(
                    file.code(), held.name(), file.fullName(), file.level(), file.type(), file.parentCode());
        }
        return file;
    }

    private static String column(UnitState held, UnitState file, String side) {
        if (!held.fullName().equals(file.fullName())) {
            return "name_" + side;
        }
        if (!held.type().equals(file.type())) {
            return "type_" + side;
        }
        if (!Objects.equals(held.parentCode(), file.parentCode())) {
            return "parent_" + side;
        }
        return "level";
    }

    private static String describe(UnitState s) {
        return SnapshotImport.describe(s);
    }
}
