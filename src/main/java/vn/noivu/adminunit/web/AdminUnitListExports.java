package vn.noivu.adminunit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.adminunit.internal.AdminUnitLabels;
import vn.noivu.adminunit.internal.AdminUnitQueries;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.exports.TableExports;
import vn.noivu.platform.web.Formats;
import vn.noivu.platform.web.NotFoundException;

/**
 * The lists behind the figures of the changes page — the units created or ended at a level, the change
 * records of a level and kind — whole (the page shows them a hundred at a time), at the page's address
 * with {@code format=…}.
 */
@Controller
class AdminUnitListExports {

    /** More rows than any reform has had (the 2025 one ended about 7,000 communes). */
    static final int ALL = 100_000;

    private final AdminUnitQueries queries;
    private final AdminUnitLabels labels;
    private final TableExports exports;
    private final MessageSource messages;
    private final Formats fmt;

    AdminUnitListExports(
            AdminUnitQueries queries,
            AdminUnitLabels labels,
            TableExports exports,
            MessageSource messages,
            Formats fmt) {
        this.queries = queries;
        this.labels = labels;
        this.exports = exports;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping(value = "/admin-units/changes/units", params = "format")
    ResponseEntity<byte[]> changedUnits(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam String level,
            @RequestParam String which,
            @RequestParam String format) {
        if (!AdminUnitQueries.LEVELS.contains(level)
                || !List.of("created", "abolished").contains(which)) {
            throw new NotFoundException("admin unit list", level + "/" + which);
        }
        return exports.download(
                format,
                "don-vi-hanh-chinh-" + which + "-" + level + "-" + from + "-" + to,
                "adminunit.changes.units",
                changedUnits(from, to, level, which.equals("created")));
    }

    ReportTable changedUnits(LocalDate from, LocalDate to, String level, boolean created) {
        List<AdminUnitQueries.DeltaUnit> units = queries.deltaUnits(from, to, level, created, 0, ALL);
        // Parents and related units are named as they were on the day: a new unit's predecessors the day
        // before it, an ended unit's parent the day before it ended.
        List<Map.Entry<List<String>, LocalDate>> parents = new ArrayList<>();
        List<Map.Entry<List<String>, LocalDate>> related = new ArrayList<>();
        for (AdminUnitQueries.DeltaUnit u : units) {
            LocalDate day = u.changeDate() == null ? (created ? to : from) : u.changeDate();
            parents.add(Map.entry(
                    u.parentCode() == null ? List.of() : List.of(u.parentCode()), created ? day : day.minusDays(1)));
            related.add(Map.entry(u.related() == null ? List.of() : u.related(), created ? day.minusDays(1) : day));
        }
        List<String> parentLabels = labels.joinedAll(parents);
        List<String> relatedLabels = labels.joinedAll(related);
        String which = created ? "created" : "abolished";
        String title = msg(
                "adminunit.changes." + which + ".heading",
                msg("adminunit.level." + level),
                fmt.date(from),
                fmt.date(to));
        ReportTable.Builder t = ReportTable.builder(title)
                .sheet(msg("adminunit.changes." + which))
                .scope(msg("export.national"))
                .period(fmt.date(from) + " → " + fmt.date(to))
                .source(msg("export.source.adminunit"))
                .column(Column.text(msg("adminunit.code"), 10))
                .column(Column.text(msg("adminunit.fullName"), 36))
                .column(Column.text(msg("adminunit.parent"), 36))
                .column(Column.date(msg("adminunit.date")))
                .column(Column.text(msg("adminunit.change.kind"), 22))
                .column(Column.text(
                        msg(created ? "adminunit.lineage.predecessors" : "adminunit.lineage.successors"), 60))
                .column(Column.text(msg("adminunit.legalBasis"), 30));
        for (int i = 0; i < units.size(); i++) {
            AdminUnitQueries.DeltaUnit u = units.get(i);
            t.row(
                    u.code(),
                    u.fullName(),
                    parentLabels.get(i),
                    u.changeDate(),
                    kinds(u.kinds()),
                    relatedLabels.get(i),
                    u.legalBasis());
        }
        t.total(msg("export.total") + ": " + fmt.number(units.size()));
        return t.build();
    }

    @GetMapping(value = "/admin-units/changes/records", params = "format")
    ResponseEntity<byte[]> changeRecords(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String kind,
            @RequestParam String format) {
        return exports.download(
                format,
                "thay-doi-don-vi-hanh-chinh-" + from + "-" + to,
                "adminunit.changes.records",
                changeRecords(from, to, blankToNull(level), blankToNull(kind)));
    }

    ReportTable changeRecords(LocalDate from, LocalDate to, String level, String kind) {
        List<AdminUnitQueries.ChangeRecord> records = queries.changeRecords(from, to, level, kind, 0, ALL);
        List<String> predecessors = labels.joinedAll(records.stream()
                .map(c -> Map.entry(
                        c.predecessors() == null ? List.<String>of() : c.predecessors(),
                        c.effectiveDate().minusDays(1)))
                .toList());
        List<String> what = new ArrayList<>();
        if (level != null) {
            what.add(msg("adminunit.level." + level));
        }
        if (kind != null) {
            what.add(msg("adminunit.kind." + kind));
        }
        String title = msg("adminunit.changes.recordsBetween", fmt.date(from), fmt.date(to))
                + (what.isEmpty() ? "" : " — " + String.join(", ", what));
        ReportTable.Builder t = ReportTable.builder(title)
                .sheet(msg("adminunit.changes.records"))
                .scope(msg("export.national"))
                .period(fmt.date(from) + " → " + fmt.date(to))
                .source(msg("export.source.adminunit"))
                .column(Column.date(msg("adminunit.date")))
                .column(Column.text(msg("adminunit.code"), 10))
                .column(Column.text(msg("adminunit.fullName"), 36))
                .column(Column.text(msg("adminunit.change.kind"), 22))
                .column(Column.text(msg("adminunit.change.before"), 30))
                .column(Column.text(msg("adminunit.lineage.predecessors"), 60))
                .column(Column.text(msg("adminunit.legalBasis"), 30));
        for (int i = 0; i < records.size(); i++) {
            AdminUnitQueries.ChangeRecord c = records.get(i);
            t.row(
                    c.effectiveDate(),
                    c.code(),
                    c.fullName(),
                    kinds(c.kinds()),
                    c.nameBefore() != null && c.nameAfter() != null ? c.nameBefore() : null,
                    predecessors.get(i),
                    c.legalBasis() != null ? c.legalBasis() : c.legalBasisStep());
        }
        t.total(null, msg("export.total") + ": " + fmt.number(records.size()));
        return t.build();
    }

    private String kinds(List<String> kinds) {
        return kinds == null
                ? ""
                : kinds.stream().map(k -> msg("adminunit.kind." + k)).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
