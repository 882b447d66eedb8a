package vn.noivu.adminunit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.noivu.adminunit.AdminUnitView;
import vn.noivu.adminunit.internal.AdminUnitQueries;
import vn.noivu.adminunit.internal.Today;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.web.Formats;

/**
 * What hangs under an administrative unit on a date: its children with how many units each has in turn,
 * and how many of each level and type there are ("Cấp xã: 126 — Phường 51, Xã 75") — the unit page's
 * section and its export.
 */
@Component
class UnitChildren {

    /** The children on {@code asOf}; {@code byLevel} counts them per level, then per type. */
    record Children(LocalDate asOf, List<AdminUnitQueries.TreeNode> units, Map<String, Map<String, Integer>> byLevel) {

        public int count(String level) {
            return byLevel.getOrDefault(level, Map.of()).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }
    }

    private final AdminUnitQueries queries;
    private final MessageSource messages;
    private final Formats fmt;

    UnitChildren(AdminUnitQueries queries, MessageSource messages, Formats fmt) {
        this.queries = queries;
        this.messages = messages;
        this.fmt = fmt;
    }

    /**
     * The date a unit's page speaks of: the one asked for, else today for a unit in force, else the
     * last day of the version shown (an abolished commune's children on its last day).
     */
    static LocalDate dateOf(AdminUnitView unit, LocalDate asked) {
        if (asked != null) {
            return asked;
        }
        return unit.validTo() == null ? Today.inVietnam() : unit.validTo().minusDays(1);
    }

    Children of(String code, LocalDate asOf) {
        List<AdminUnitQueries.TreeNode> units = queries.children(asOf, code);
        Map<String, Map<String, Integer>> byLevel = new LinkedHashMap<>();
        for (String level : AdminUnitQueries.LEVELS) {
            for (AdminUnitQueries.TreeNode u : units) {
                if (u.level().equals(level)) {
                    byLevel.computeIfAbsent(level, l -> new LinkedHashMap<>()).merge(u.type(), 1, Integer::sum);
                }
            }
        }
        return new Children(asOf, units, byLevel);
    }

    /** The children as a table: name, level, type, GSO code, units under each; totals per level and type below. */
    ReportTable table(AdminUnitView unit, Children c) {
        ReportTable.Builder t = ReportTable.builder(
                        msg("adminunit.children.title", unit.fullName(), fmt.date(c.asOf())))
                .sheet(msg("adminunit.children.sheet"))
                .scope(unit.fullName() + " (" + unit.code() + ")")
                .period(fmt.date(c.asOf()))
                .source(msg("export.source.adminunit"))
                .column(Column.text(msg("adminunit.fullName"), 40))
                .column(Column.text(msg("adminunit.level"), 14))
                .column(Column.text(msg("adminunit.type"), 28))
                .column(Column.text(msg("adminunit.code"), 10))
                .column(Column.integer(msg("adminunit.children.under")));
        for (AdminUnitQueries.TreeNode u : c.units()) {
            t.row(u.fullName(), msg("adminunit.level." + u.level()), u.type(), u.code(), u.children());
        }
        t.total(msg("export.total"), null, null, null, c.units().size());
        c.byLevel()
                .forEach((level, types) -> types.forEach((type, n) -> t.outside(
                        msg("adminunit.children.byType"), null, msg("adminunit.level." + level), type, null, n)));
        return t.build();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
