package vn.noivu.adminunit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.adminunit.AdminUnitView;
import vn.noivu.adminunit.internal.AdminUnitQueries;
import vn.noivu.adminunit.internal.Today;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.exports.TableExports;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.Formats;
import vn.noivu.platform.web.HomeTable;
import vn.noivu.platform.web.NotFoundException;

/**
 * The administrative-unit tables as they leave with the user — the units per level as of a date (the
 * tree page) and what changed between two dates (the changes page), each the page's own address with
 * {@code format=xlsx|csv|csv-excel} — and the home page's table of the 2025 reform: provinces,
 * districts and communes on 30/06/2025 and on 01/07/2025.
 */
@Controller
class AdminUnitTables implements HomeTable {

    /** The day before and the day the two-level local government took effect (Resolution 202/2025/QH15). */
    static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final AdminUnitQueries queries;
    private final UnitChildren children;
    private final TableExports exports;
    private final MessageSource messages;
    private final Formats fmt;

    AdminUnitTables(
            AdminUnitQueries queries,
            UnitChildren children,
            TableExports exports,
            MessageSource messages,
            Formats fmt) {
        this.queries = queries;
        this.children = children;
        this.exports = exports;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping(value = "/admin-units/changes", params = "format")
    ResponseEntity<byte[]> changesExport(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam String format) {
        LocalDate end = Today.orToday(to);
        LocalDate start = from != null ? from : end.minusYears(1);
        if (start.isAfter(end)) {
            LocalDate t = start;
            start = end;
            end = t;
        }
        return exports.download(
                format, "don-vi-hanh-chinh-thay-doi-" + start + "-" + end, "adminunit.changes", changes(start, end));
    }

    @GetMapping(value = "/admin-units", params = "format")
    ResponseEntity<byte[]> treeExport(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam String format) {
        LocalDate date = Today.orToday(asOf);
        return exports.download(format, "don-vi-hanh-chinh-" + date, "adminunit.tree", units(date));
    }

    /** A unit's children on the date its page shows, with their counts. */
    @GetMapping(value = "/admin-units/{code:[0-9]{2,5}}", params = "format")
    ResponseEntity<byte[]> childrenExport(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam String format) {
        AdminUnitView unit = queries.resolve(code, asOf)
                .orElseThrow(() -> new NotFoundException("admin unit", code))
                .version();
        UnitChildren.Children c = children.of(code, UnitChildren.dateOf(unit, asOf));
        return exports.download(
                format,
                "don-vi-truc-thuoc-" + unit.fullName() + "-" + c.asOf(),
                "adminunit.children",
                children.table(unit, c));
    }

    /** Units per level on {@code from} and {@code to}: before, after, created, ended, net. */
    ReportTable changes(LocalDate from, LocalDate to) {
        AdminUnitQueries.Changes result = queries.changes(from, to, false);
        ReportTable.Builder t = ReportTable.builder(
                        msg("adminunit.changes.title") + ": " + fmt.date(from) + " → " + fmt.date(to))
                .sheet(msg("adminunit.changes.title"))
                .scope(msg("export.national"))
                .period(fmt.date(from) + " → " + fmt.date(to))
                .source(msg("export.source.adminunit"))
                .column(Column.text(msg("adminunit.level"), 20))
                .column(Column.integer(msg("adminunit.changes.before", fmt.date(from))))
                .column(Column.integer(msg("adminunit.changes.after", fmt.date(to))))
                .column(Column.integer(msg("adminunit.changes.created")))
                .column(Column.integer(msg("adminunit.changes.abolished")))
                .column(Column.integer(msg("adminunit.changes.net")));
        for (Map.Entry<String, AdminUnitQueries.LevelDelta> e : result.levels().entrySet()) {
            AdminUnitQueries.LevelDelta d = e.getValue();
            t.row(msg("adminunit.level." + e.getKey()), d.before(), d.after(), d.created(), d.abolished(), d.net());
        }
        if (result.coverageFrom() != null && from.isBefore(result.coverageFrom())) {
            t.note(msg("adminunit.changes.beforeCoverage", fmt.date(result.coverageFrom())));
        }
        return t.build();
    }

    /** Units in force on a date, per level and type. */
    ReportTable units(LocalDate asOf) {
        AdminUnitQueries.Summary s = queries.summary(asOf);
        ReportTable.Builder t = ReportTable.builder(msg("tables.adminunit.units.title", fmt.date(asOf)))
                .sheet(msg("tables.adminunit.units.sheet"))
                .scope(msg("export.national"))
                .period(fmt.date(asOf))
                .source(msg("export.source.adminunit"))
                .column(Column.text(msg("adminunit.level"), 20))
                .column(Column.text(msg("adminunit.type"), 36))
                .column(Column.integer(msg("adminunit.count")));
        long total = 0;
        for (var level : s.byLevel().entrySet()) {
            for (var type : level.getValue().entrySet()) {
                t.row(msg("adminunit.level." + level.getKey()), type.getKey(), type.getValue());
            }
            t.row(
                    msg("tables.adminunit.levelTotal", msg("adminunit.level." + level.getKey())),
                    null,
                    s.counts().get(level.getKey()));
            total += s.counts().get(level.getKey());
        }
        t.total(msg("export.total"), null, total);
        return t.build();
    }

    @Override
    public List<Shown> tables(UserScope scope) {
        ReportTable t = changes(BEFORE_REFORM, REFORM);
        return List.of(
                new Shown("home-admin-units", t, "/admin-units/changes?from=" + BEFORE_REFORM + "&to=" + REFORM));
    }

    @Override
    public int order() {
        return 30;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
