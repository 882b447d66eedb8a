package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The rule every import must leave true: each unit below a province has, on every day of each of its
 * versions, a parent bearing its parent code at a level it may hang under.
 */
final class Integrity {

    private Integrity() {}

    static void check(Timeline timeline, ImportErrors errors, String codeColumn) {
        for (Timeline.Version v : timeline.versions()) {
            String parent = v.state.parentCode();
            if (parent == null) {
                continue;
            }
            LocalDate gap = firstUncovered(timeline, v, parent);
            if (gap == null) {
                continue;
            }
            if (v.row > 0) {
                errors.add(
                        v.row,
                        v.parentColumn == null ? "parent_code" : v.parentColumn,
                        "adminunit.import.error.parentMissing",
                        parent,
                        gap,
                        v.code());
            } else {
                Timeline.Version culprit = timeline.withCode(parent).stream()
                        .filter(p -> p.row > 0)
                        .findFirst()
                        .orElse(null);
                errors.add(
                        culprit == null ? 0 : culprit.row,
                        codeColumn,
                        "adminunit.import.error.stillHasChildren",
                        parent,
                        v.code(),
                        v.state.fullName(),
                        gap);
            }
        }
    }

    /** The first day of {@code v} without a suitable parent, or null when it is covered throughout. */
    private static LocalDate firstUncovered(Timeline timeline, Timeline.Version v, String parentCode) {
        List<Timeline.Version> parents = timeline.withCode(parentCode).stream()
                .filter(p -> v.state.level().parentLevels().contains(p.state.level()))
                .sorted(Comparator.comparing(p -> p.from))
                .toList();
        LocalDate cursor = v.from;
        while (cursor != null && (v.to == null || cursor.isBefore(v.to))) {
            Timeline.Version covering = null;
            for (Timeline.Version p : parents) {
                if (p.covers(cursor)) {
                    covering = p;
                    break;
                }
            }
            if (covering == null) {
                return cursor;
            }
            cursor = covering.to;
        }
        return null;
    }
}
