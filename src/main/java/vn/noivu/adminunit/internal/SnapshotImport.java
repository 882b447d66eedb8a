package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.noivu.platform.imports.TabularRow;

/**
 * {@code snapshot}: the whole structure in force on a date ({@code code, name, full_name, level, type,
 * parent_code}). On an empty database it becomes the first known state. Otherwise it is compared with
 * the held state on that date: a code not held is established, a held code missing from the file is
 * dissolved, a code whose attributes differ gets a new version from that date (the unit keeps its
 * identity: merges and splits are what a mapping is for). A difference with a version that already
 * starts on that date contradicts the held history and is refused.
 */
final class SnapshotImport {

    static final List<String> COLUMNS = List.of("code", "name", "full_name", "level", "type", "parent_code");

    private final Timeline timeline;
    private final ImportErrors errors;
    private final LocalDate date;
    private final String legalBasis;

    SnapshotImport(Timeline timeline, ImportErrors errors, LocalDate date, String legalBasis) {
        this.timeline = timeline;
        this.errors = errors;
        this.date = date;
        this.legalBasis = legalBasis;
    }

    record Row(int number, UnitState state) {}

    void run(List<TabularRow> rows) {
        timeline.forgetRows();
        if (date == null) {
            errors.add(0, "effectiveDate", "adminunit.import.error.dateRequired");
            return;
        }
        Map<String, Row> byCode = parse(rows);
        if (errors.any()) {
            return;
        }
        if (timeline.isEmpty()) {
            for (Row row : byCode.values()) {
                Timeline.Unit unit = timeline.newUnit(row.state().level());
                timeline.add(unit, row.state(), date, null, row.number(), "parent_code");
            }
        } else if (date.isBefore(timeline.horizon())) {
            errors.add(0, "effectiveDate", "adminunit.import.error.snapshotBeforeHorizon", date, timeline.horizon());
            return;
        } else {
            compare(byCode);
        }
        Integrity.check(timeline, errors, "code");
    }

    private Map<String, Row> parse(List<TabularRow> rows) {
        Map<String, Row> byCode = new LinkedHashMap<>();
        for (TabularRow r : rows) {
            String code = r.get("code");
            Level level = Level.ofCell(r.get("level")).orElse(null);
            String name = UnitState.clean(r.get("name"));
            String fullName = UnitState.clean(r.get("full_name"));
            String type = UnitState.clean(r.get("type"));
            String parent = r.get("parent_code");
            int n = r.number();
            boolean ok = true;
            if (level == null) {
                errors.add(n, "level", "adminunit.import.error.level", r.get("level"));
                ok = false;
            } else {
                if (!level.validCode(code)) {
                    errors.add(n, "code", "adminunit.import.error.codeFormat", code, level.codeLength());
                    ok = false;
                }
                if (!level.types().contains(type)) {
                    errors.add(n, "type", "adminunit.import.error.type", type, String.join(", ", level.types()));
                    ok = false;
                }
                if (level == Level.PROVINCE && !parent.isEmpty()) {
                    errors.add(n, "parent_code", "adminunit.import.error.provinceParent", parent);
                    ok = false;
                } else if (level != Level.PROVINCE && !level.validParentCode(parent)) {
                    errors.add(n, "parent_code", "adminunit.import.error.parentFormat", parent);
                    ok = false;
                }
            }
            if (name.isEmpty()) {
                errors.add(n, "name", "adminunit.import.error.emptyName");
                ok = false;
            }
            if (fullName.isEmpty()) {
                errors.add(n, "full_name", "adminunit.import.error.emptyName");
                ok = false;
            } else if (fullName.length() > Level.MAX_NAME) {
                errors.add(n, "full_name", "adminunit.import.error.tooLong", Level.MAX_NAME);
                ok = false;
            } else if (!name.isEmpty() && !fullName.endsWith(name)) {
                errors.add(n, "full_name", "adminunit.import.error.fullNameEnd", fullName, name);
                ok = false;
            }
            if (byCode.containsKey(code)) {
                errors.add(
                        n,
                        "code",
                        "adminunit.import.error.duplicateCode",
                        code,
                        byCode.get(code).number(),
                        date);
                continue;
            }
            if (ok) {
                byCode.put(
                        code,
                        new Row(n, new UnitState(code, name, fullName, level, type, parent.isEmpty() ? null : parent)));
            } else {
                byCode.put(code, new Row(n, null));
            }
        }
        // The file is a whole structure: every parent must be in it, at a level the child may hang under.
        for (Row row : byCode.values()) {
            UnitState s = row.state();
            if (s == null || s.parentCode() == null) {
                continue;
            }
            Row parent = byCode.get(s.parentCode());
            if (parent == null || parent.state() == null) {
                errors.add(row.number(), "parent_code", "adminunit.import.error.unknownParent", s.parentCode(), date);
            } else if (!s.level().parentLevels().contains(parent.state().level())) {
                errors.add(
                        row.number(),
                        "parent_code",
                        "adminunit.import.error.parentLevel",
                        s.parentCode(),
                        parent.state().level().key(),
                        s.level().key());
            }
        }
        return byCode;
    }

    private void compare(Map<String, Row> byCode) {
        Set<String> seen = new HashSet<>();
        Map<Timeline.Version, Row> toSplit = new HashMap<>();
        for (Row row : byCode.values()) {
            UnitState s = row.state();
            seen.add(s.code());
            Timeline.Version held = timeline.at(s.code(), date);
            if (held == null) {
                continue;
            }
            if (held.state.identical(s)) {
                continue;
            }
            if (held.state.level() != s.level()) {
                errors.add(
                        row.number(),
                        "level",
                        "adminunit.import.error.levelChange",
                        s.code(),
                        held.state.level().key(),
                        s.level().key());
            } else if (!held.from.isBefore(date)) {
                errors.add(
                        row.number(),
                        differingColumn(held.state, s),
                        "adminunit.import.error.contradictsSameDay",
                        s.code(),
                        date,
                        describe(held.state));
            } else {
                toSplit.put(held, row);
            }
        }
        for (Timeline.Version held : timeline.onDate(date)) {
            if (seen.contains(held.code())) {
                continue;
            }
            if (!held.from.isBefore(date)) {
                errors.add(
                        0, "code", "adminunit.import.error.missingSameDay", held.code(), held.state.fullName(), date);
            } else if (held.to != null && held.unit.after(held) != null) {
                errors.add(
                        0,
                        "code",
                        "adminunit.import.error.continuesLater",
                        held.code(),
                        held.state.fullName(),
                        held.to);
            } else {
                timeline.end(held, date, 0);
                timeline.change(date, List.of("DISSOLVE"), held.unit, held.state, null, legalBasis, null, 0);
            }
        }
        if (errors.any()) {
            return;
        }
        toSplit.forEach((held, row) -> {
            UnitState before = held.state;
            timeline.split(held, date, row.state(), row.number(), "parent_code");
            timeline.change(
                    date,
                    row.state().kindsFrom(before),
                    held.unit,
                    before,
                    row.state(),
                    legalBasis,
                    null,
                    row.number());
        });
        for (Row row : byCode.values()) {
            if (timeline.at(row.state().code(), date) == null) {
                Timeline.Unit unit = timeline.newUnit(row.state().level());
                timeline.add(
                        unit,
                        row.state(),
                        date,
                        timeline.nextStart(row.state().code(), date),
                        row.number(),
                        "parent_code");
                timeline.change(date, List.of("ESTABLISH"), unit, null, row.state(), legalBasis, null, row.number());
            }
        }
    }

    static String differingColumn(UnitState held, UnitState file) {
        if (!held.type().equals(file.type())) {
            return "type";
        }
        if (!java.util.Objects.equals(held.parentCode(), file.parentCode())) {
            return "parent_code";
        }
        return held.fullName().equals(file.fullName()) ? "name" : "full_name";
    }

    static String describe(UnitState s) {
        return s.fullName() + " (" + s.type() + (s.parentCode() == null ? "" : ", " + s.parentCode()) + ")";
    }
}
