package vn.noivu.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.noivu.organization.OrgUnitView;
import vn.noivu.organization.internal.OrgQueries;
import vn.noivu.platform.exports.ReportTable;
import vn.noivu.platform.exports.ReportTable.Column;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.Formats;
import vn.noivu.platform.web.OrgUnitFigure;

/**
 * A unit's sub-units on a day with the figures other modules keep for each subtree (staffing quota,
 * people employed) — the unit page's table and its export.
 */
@Component
class SubUnits {

    /** One sub-unit and its figures, in the order of {@link Table#headers}. */
    record Line(OrgUnitView unit, List<Long> figures) {}

    record Table(LocalDate asOf, List<String> headers, List<Line> lines, List<Long> totals) {}

    private final OrgQueries queries;
    private final List<OrgUnitFigure> figures;
    private final MessageSource messages;
    private final Formats fmt;

    SubUnits(OrgQueries queries, List<OrgUnitFigure> figures, MessageSource messages, Formats fmt) {
        this.queries = queries;
        this.figures = figures.stream()
                .sorted(Comparator.comparingInt(OrgUnitFigure::order))
                .toList();
        this.messages = messages;
        this.fmt = fmt;
    }

    Table of(String code, LocalDate asOf, UserScope scope) {
        List<OrgUnitView> units = queries.list(asOf, code, null, scope).stream()
                .map(OrgQueries.Row::view)
                .toList();
        List<String> codes = units.stream().map(OrgUnitView::code).toList();
        List<OrgUnitFigure.Column> columns = new ArrayList<>();
        for (OrgUnitFigure f : figures) {
            Optional<OrgUnitFigure.Column> c = f.of(codes, asOf);
            c.ifPresent(columns::add);
        }
        List<Line> lines = new ArrayList<>();
        List<Long> totals = new ArrayList<>(columns.stream().map(c -> 0L).toList());
        for (OrgUnitView u : units) {
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                long v = columns.get(i).values().getOrDefault(u.code(), 0L);
                values.add(v);
                totals.set(i, totals.get(i) + v);
            }
            lines.add(new Line(u, values));
        }
        return new Table(
                asOf, columns.stream().map(OrgUnitFigure.Column::header).toList(), lines, totals);
    }

    ReportTable report(OrgUnitView unit, Table t) {
        ReportTable.Builder b = ReportTable.builder(msg("org.subUnits.title", unit.name(), fmt.date(t.asOf())))
                .sheet(msg("org.subUnits.sheet"))
                .scope(unit.name())
                .period(fmt.date(t.asOf()))
                .source(msg("export.source.organization"))
                .column(Column.text(msg("org.col.name"), 60))
                .column(Column.text(msg("org.col.type"), 36))
                .column(Column.text(msg("org.col.code"), 18));
        t.headers().forEach(h -> b.column(Column.integer(h)));
        for (Line l : t.lines()) {
            List<Object> row = new ArrayList<>(List.of(
                    l.unit().name(),
                    msg("org.type." + l.unit().type()),
                    l.unit().code()));
            row.addAll(l.figures());
            b.row(row.toArray());
        }
        List<Object> total = new ArrayList<>();
        total.add(msg("org.subUnits.total", fmt.number(t.lines().size())));
        total.add(null);
        total.add(null);
        total.addAll(t.totals());
        b.total(total.toArray());
        return b.build();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
