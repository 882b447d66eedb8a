package vn.noivu.personnel.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.noivu.adminunit.AdminUnits;
import vn.noivu.organization.Organizations;
import vn.noivu.personnel.internal.career.Catalogues;
import vn.noivu.personnel.internal.query.PersonnelQueries;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.exports.TableExports;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.Formats;
import vn.noivu.platform.web.NotFoundException;

/**
 * The personnel tables as they leave with the user — search results, due lists and headcount, each at
 * its page's address with {@code format=xlsx|csv|csv-excel} — with a title block, names instead of
 * catalogue codes (a rank's code beside its name, as officials write it) and the headcount's total.
 */
@Controller
class PersonnelTables {

    private final PersonnelQueries queries;
    private final Catalogues catalogues;
    private final Organizations organizations;
    private final AdminUnits adminUnits;
    private final TableExports exports;
    private final MessageSource messages;
    private final Formats fmt;
    private final vn.noivu.personnel.internal.PersonnelLabels labels;

    PersonnelTables(
            PersonnelQueries queries,
            Catalogues catalogues,
            Organizations organizations,
            AdminUnits adminUnits,
            TableExports exports,
            MessageSource messages,
            Formats fmt,
            vn.noivu.personnel.internal.PersonnelLabels labels) {
        this.labels = labels;
        this.queries = queries;
        this.catalogues = catalogues;
        this.organizations = organizations;
        this.adminUnits = adminUnits;
        this.exports = exports;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping(value = "/personnel", params = "format")
    ResponseEntity<byte[]> search(@ModelAttribute PersonnelPages.Filter filter, @RequestParam String format) {
        var rows = queries.search(
                        filter.criteria(PersonnelQueries.MAX_EXPORT_ROWS).withPage(0, PersonnelQueries.MAX_EXPORT_ROWS))
                .items();
        Map<String, String> ranks = rankNames();
        LocalDate asOf = filter.asOf() == null ? LocalDate.now() : filter.asOf();
        ReportTable.Builder t = ReportTable.builder(msg("personnel.search.title"))
                .scope(scopeName(filter.org()))
                .period(fmt.date(asOf))
                .source(msg("export.source.personnel"))
                .column(Column.text(msg("personnel.col.name"), 30))
                .column(Column.date(msg("personnel.col.birth")))
                .column(Column.text(msg("personnel.col.sex"), 8))
                .column(Column.text(msg("personnel.col.unitName"), 44))
                .column(Column.text(msg("personnel.col.category"), 18))
                .column(Column.text(msg("personnel.col.rank"), 36))
                .column(Column.integer(msg("personnel.col.step")))
                .column(Column.text(msg("personnel.col.title"), 24));
        for (var p : rows) {
            t.row(
                    p.fullName(),
                    p.birthDate(),
                    p.sex() == null
                            ? null
                            : messages.getMessage(
                                    "personnel.sex." + p.sex(), null, p.sex(), LocaleContextHolder.getLocale()),
                    p.orgName(),
                    category(p.staffCategory()),
                    rank(ranks, p.rankCode()),
                    p.salaryStep(),
                    p.leadershipTitle());
        }
        t.total(msg("tables.personnel.count", fmt.number(rows.size())));
        return exports.download(format, "tra-cuu-cbccvc", "personnel.people", t.build());
    }

    @GetMapping(value = "/personnel/due", params = "format")
    ResponseEntity<byte[]> due(
            @RequestParam(defaultValue = "step-increase") String kind,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean notice,
            @RequestParam String format) {
        LocalDate f = from == null ? LocalDate.now().withDayOfMonth(1) : from;
        LocalDate until = to == null ? f.plusMonths(1).minusDays(1) : to;
        var dueKind = PersonnelQueries.DueKind.of(kind).orElseThrow(() -> new NotFoundException("due list", kind));
        var items = queries.due(dueKind, scope, f, until, notice);
        Map<String, String> ranks = rankNames();
        ReportTable.Builder t = ReportTable.builder(msg("personnel.due.title") + ": " + msg("personnel.due." + kind))
                .sheet(msg("personnel.due.title"))
                .scope(scopeName(scope))
                .period(fmt.date(f) + " → " + fmt.date(until))
                .source(msg("export.source.personnel"))
                .column(Column.text(msg("personnel.col.name"), 30))
                .column(Column.date(msg("personnel.col.birth")))
                .column(Column.text(msg("personnel.col.unitName"), 44))
                .column(Column.text(msg("personnel.col.rank"), 36))
                .column(Column.integer(msg("personnel.col.step")))
                .column(Column.date(msg("personnel.col.due")))
                .column(Column.date(msg("personnel.col.notice")))
                .column(Column.date(msg("personnel.col.decision")))
                .column(Column.text(msg("personnel.col.detail"), 40));
        for (var d : items) {
            t.row(
                    d.fullName(),
                    d.birthDate(),
                    d.orgName(),
                    rank(ranks, d.rankCode()),
                    d.salaryStep(),
                    d.dueDate(),
                    d.noticeDate(),
                    d.decisionDate(),
                    labels.dueDetail(d.detail()));
        }
        t.total(msg("tables.personnel.count", fmt.number(items.size())));
        return exports.download(format, "den-han-" + kind + "-" + f + "-" + until, "personnel.due", t.build());
    }

    @GetMapping(value = "/personnel/headcount", params = "format")
    ResponseEntity<byte[]> headcount(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "province") String by,
            @RequestParam String format) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        boolean byProvince = "province".equals(by);
        var items = queries.headcount(scope, d, byProvince);
        ReportTable.Builder t = ReportTable.builder(msg("personnel.headcount.title"))
                .scope(scopeName(scope))
                .period(fmt.date(d))
                .source(msg("export.source.personnel"))
                .column(Column.text(byProvince ? msg("personnel.col.province") : msg("personnel.col.unitName"), 44))
                .column(Column.text(msg("personnel.col.category"), 24))
                .column(Column.integer(msg("personnel.col.count")));
        Map<String, String> provinces = new HashMap<>();
        long total = 0;
        for (var i : items) {
            String where = byProvince
                    ? (i.provinceCode() == null
                            ? msg("personnel.headcount.central")
                            : provinces.computeIfAbsent(
                                    i.provinceCode(),
                                    c -> adminUnits
                                            .find(c, d)
                                            .map(u -> u.name())
                                            .orElse(c)))
                    : i.orgName();
            t.row(where, category(i.staffCategory()), i.count());
            total += i.count();
        }
        t.total(msg("export.total"), null, total);
        return exports.download(format, "so-luong-cbccvc-" + d, "personnel.headcount", t.build());
    }

    private Map<String, String> rankNames() {
        Map<String, String> out = new HashMap<>();
        catalogues.ranks().forEach(r -> out.put(r.code(), r.name()));
        return out;
    }

    private static String rank(Map<String, String> names, String code) {
        if (code == null) {
            return null;
        }
        String name = names.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    private String category(String code) {
        return code == null
                ? null
                : messages.getMessage("personnel.category." + code, null, code, LocaleContextHolder.getLocale());
    }

    private String scopeName(String code) {
        String c = code == null || code.isBlank() ? CurrentUser.scope().code() : code.trim();
        if (c == null || CurrentUser.scope().isNational() && (code == null || code.isBlank())) {
            return msg("export.national");
        }
        return organizations.find(c, LocalDate.now()).map(u -> u.name()).orElse(c);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
