package vn.noivu.organization.web;

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
import vn.noivu.organization.OrgUnitView;
import vn.noivu.organization.internal.ChangeStatistics;
import vn.noivu.organization.internal.OrgClock;
import vn.noivu.organization.internal.OrgQueries;
import vn.noivu.organization.internal.ScopeSelection;
import vn.noivu.organization.internal.Tier;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.exports.TableExports;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.Formats;
import vn.noivu.platform.web.HomeTable;
import vn.noivu.platform.web.NotFoundException;

/**
 * The organisation tables as they leave with the user — the changes between two dates by tier and
 * type, and the tree as of a date, each at its page's address with {@code format=…} — and the home
 * page's table of the organisations reduced by type since 2015 in the user's scope.
 */
@Controller
class OrganizationTables implements HomeTable {

    static final LocalDate SINCE = LocalDate.of(2015, 1, 1);

    private final ChangeStatistics statistics;
    private final OrgQueries queries;
    private final ScopeSelection scopes;
    private final TableExports exports;
    private final SubUnits subUnits;
    private final vn.noivu.platform.security.Scopes scopeNames;
    private final MessageSource messages;
    private final Formats fmt;

    OrganizationTables(
            ChangeStatistics statistics,
            OrgQueries queries,
            ScopeSelection scopes,
            TableExports exports,
            SubUnits subUnits,
            vn.noivu.platform.security.Scopes scopeNames,
            MessageSource messages,
            Formats fmt) {
        this.subUnits = subUnits;
        this.scopeNames = scopeNames;
        this.statistics = statistics;
        this.queries = queries;
        this.scopes = scopes;
        this.exports = exports;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping(value = "/organizations/changes", params = "format")
    ResponseEntity<byte[]> changesExport(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String scope,
            @RequestParam String format) {
        LocalDate d1 = from == null ? SINCE : from;
        LocalDate d2 = to == null ? OrgClock.today() : to;
        UserScope s = scopes.resolve(scope);
        return exports.download(
                format,
                "to-chuc-thay-doi-" + scopeName(s) + "-" + d1 + "-" + d2,
                "organization.changes",
                List.of(changes(d1, d2, s, false), changes(d1, d2, s, true)));
    }

    @GetMapping(value = "/organizations", params = "format")
    ResponseEntity<byte[]> treeExport(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String scope,
            @RequestParam String format) {
        LocalDate d = asOf == null ? OrgClock.today() : asOf;
        UserScope s = scopes.resolve(scope);
        return exports.download(format, "to-chuc-" + scopeName(s) + "-" + d, "organization.tree", tree(d, s));
    }

    /** The units behind one figure of the changes page, as its drill-down lists them. */
    @GetMapping(value = "/organizations/changes/units", params = "format")
    ResponseEntity<byte[]> changeUnitsExport(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam String measure,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String type,
            @RequestParam String format) {
        UserScope s = scopes.resolve(scope);
        String t = tier == null || tier.isBlank() ? null : Tier.valueOf(tier).name();
        String y = type == null || type.isBlank()
                ? null
                : vn.noivu.organization.internal.UnitType.valueOf(type).name();
        return exports.download(
                format,
                "to-chuc-" + measure + "-" + scopeName(s) + "-" + from + "-" + to,
                "organization.changes.units",
                changeUnits(from, to, s, t, y, measure));
    }

    ReportTable changeUnits(LocalDate from, LocalDate to, UserScope scope, String tier, String type, String measure) {
        List<ChangeStatistics.Unit> units = statistics.units(from, to, scope, tier, type, measure);
        List<String> what = new java.util.ArrayList<>(List.of(msg("org.m." + measure)));
        if (type != null) {
            what.add(msg("org.type." + type));
        }
        if (tier != null) {
            what.add(msg("org.tier." + tier));
        }
        ReportTable.Builder t = ReportTable.builder(msg("org.changes.units") + ": " + String.join(", ", what) + " — "
                        + msg("org.changes.period", fmt.date(from), fmt.date(to)))
                .sheet(msg("org.changes.units"))
                .scope(scopeName(scope))
                .period(fmt.date(from) + " → " + fmt.date(to))
                .source(msg("export.source.organization"))
                .column(Column.text(msg("org.col.name"), 60))
                .column(Column.text(msg("org.col.type"), 36))
                .column(Column.text(msg("org.col.code"), 18))
                .column(Column.date(msg("org.col.date")))
                .column(Column.text(msg("org.col.kind"), 24))
                .column(Column.text(msg("org.col.legalBasis"), 40));
        for (ChangeStatistics.Unit u : units) {
            t.row(
                    u.name(),
                    msg("org.type." + u.type()),
                    u.code(),
                    u.date(),
                    u.kind() == null ? null : msg("org.kind." + u.kind()),
                    u.legalBasis());
        }
        t.total(msg("org.changes.count", fmt.number(units.size())));
        return t.build();
    }

    /** A unit's sub-units today with the figures of their subtrees, as the unit page shows them. */
    @GetMapping(value = "/organizations/units/{code}", params = "format")
    ResponseEntity<byte[]> subUnitsExport(@PathVariable String code, @RequestParam String format) {
        UserScope scope = vn.noivu.platform.security.CurrentUser.scope();
        LocalDate today = OrgClock.today();
        OrgUnitView unit = queries.find(code, today)
                .filter(u -> scope.includes(u.path()))
                .orElseThrow(() -> new NotFoundException("organization", code));
        return exports.download(
                format,
                "don-vi-truc-thuoc-" + unit.name() + "-" + today,
                "organization.subUnits",
                subUnits.report(unit, subUnits.of(code, today, scope)));
    }

    /**
     * What changed between two dates: by tier and type as the changes page shows it, or ({@code byType})
     * by type only as the home page does.
     */
    ReportTable changes(LocalDate from, LocalDate to, UserScope scope, boolean byType) {
        ChangeStatistics.Figures f = statistics.between(from, to, scope);
        String period = fmt.date(from) + " → " + fmt.date(to);
        ReportTable.Builder t = ReportTable.builder(
                        msg(byType ? "tables.org.byType.title" : "tables.org.changes.title", fmt.date(from)))
                .sheet(msg(byType ? "tables.org.byType.sheet" : "tables.org.changes.sheet"))
                .scope(scopeName(scope))
                .period(period)
                .source(msg("export.source.organization"))
                .column(Column.text(msg("org.col.type"), 48));
        for (String m : ChangeStatistics.Line.MEASURES) {
            t.column(Column.integer(msg("org.m." + m)));
        }
        t.column(Column.integer(msg("org.m.net")));
        if (byType) {
            f.byType().forEach(l -> t.row(line(msg("org.type." + l.type()), l)));
        } else {
            for (Tier tier : Tier.values()) {
                List<ChangeStatistics.Line> lines = f.byTierAndType().stream()
                        .filter(l -> l.tier().equals(tier.name()))
                        .toList();
                if (!lines.isEmpty()) {
                    t.row(msg("org.tier." + tier.name()));
                    lines.forEach(l -> t.row(line("   " + msg("org.type." + l.type()), l)));
                }
            }
        }
        t.total(line(msg("org.total"), f.total()));
        return t.build();
    }

    private static Object[] line(String label, ChangeStatistics.Line l) {
        Object[] row = new Object[ChangeStatistics.Line.MEASURES.size() + 2];
        row[0] = label;
        for (int i = 0; i < ChangeStatistics.Line.MEASURES.size(); i++) {
            row[i + 1] = l.value(ChangeStatistics.Line.MEASURES.get(i));
        }
        row[row.length - 1] = l.net();
        return row;
    }

    /** The units of a scope on a date, in tree order, by name with their type, superior and legal basis. */
    ReportTable tree(LocalDate asOf, UserScope scope) {
        List<OrgQueries.Row> rows = queries.list(asOf, null, null, scope);
        Map<String, String> names = queries.names(rows.stream()
                .map(r -> r.view().parentCode())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        ReportTable.Builder t = ReportTable.builder(msg("tables.org.tree.title", fmt.date(asOf)))
                .sheet(msg("org.tree.title"))
                .scope(scopeName(scope))
                .period(fmt.date(asOf))
                .source(msg("export.source.organization"))
                .column(Column.text(msg("org.col.name"), 60))
                .column(Column.text(msg("org.col.type"), 36))
                .column(Column.text(msg("org.col.parent"), 48))
                .column(Column.text(msg("org.col.code"), 18))
                .column(Column.date(msg("org.col.from")))
                .column(Column.text(msg("org.col.legalBasis"), 48));
        int top = rows.stream().mapToInt(r -> depth(r.view().path())).min().orElse(0);
        for (OrgQueries.Row r : rows) {
            var v = r.view();
            t.row(
                    "   ".repeat(Math.max(0, depth(v.path()) - top)) + v.name(),
                    msg("org.type." + v.type()),
                    v.parentCode() == null ? null : names.getOrDefault(v.parentCode(), v.parentCode()),
                    v.code(),
                    v.validFrom(),
                    r.legalBasis());
        }
        t.total(msg("tables.org.tree.count", fmt.number(rows.size())));
        return t.build();
    }

    private static int depth(String path) {
        return path == null ? 0 : (int) path.chars().filter(c -> c == '/').count();
    }

    @Override
    public List<Shown> tables(UserScope scope) {
        LocalDate today = OrgClock.today();
        return List.of(new Shown(
                "home-organizations",
                changes(SINCE, today, scope, true),
                "/organizations/changes?from=" + SINCE + "&to=" + today));
    }

    @Override
    public int order() {
        return 20;
    }

    private String scopeName(UserScope s) {
        if (s.code() == null || s.isNational()) {
            return msg("export.national");
        }
        // A user's scope may be a province's code ("01") rather than a unit's: the platform names it then.
        return queries.names(List.of(s.code())).getOrDefault(s.code(), scopeNames.nameOf(s.code()));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
