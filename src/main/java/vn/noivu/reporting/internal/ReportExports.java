package vn.noivu.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.security.UserScope;

/** A unit's report and a consolidation as XLSX in the form's layout (reads in the caller's scope). */
@Service
public class ReportExports {

    private final Reports reports;
    private final Consolidations consolidations;
    private final ReportingScope scopes;
    private final ExpectedUnits units;
    private final ReportWorkbook workbook;
    private final Texts texts;
    private final ReportPdf pdf;
    private final SourceNames sourceNames;

    ReportExports(
            Reports reports,
            Consolidations consolidations,
            ReportingScope scopes,
            ExpectedUnits units,
            ReportWorkbook workbook,
            Texts texts,
            ReportPdf pdf,
            SourceNames sourceNames) {
        this.pdf = pdf;
        this.sourceNames = sourceNames;
        this.reports = reports;
        this.consolidations = consolidations;
        this.scopes = scopes;
        this.units = units;
        this.workbook = workbook;
        this.texts = texts;
    }

    /** What an export writes: the sheet's content, gathered in one read-only transaction. */
    public record Export(
            FormPeriod formPeriod,
            ReportWorkbook.Heading heading,
            Map<String, ?> values,
            String filename,
            java.util.List<String> notes) {}

    @Transactional(readOnly = true)
    public Export report(String form, String period, String unit) {
        FormPeriod fp = reports.formPeriod(form, period);
        Reports.UnitReport ur = reports.get(form, period, unit);
        Report r = ur.report();
        return new Export(
                fp,
                new ReportWorkbook.Heading(
                        ur.unit().name(), r == null || !r.status().sent() ? null : r.arrivedOn(), null),
                r == null ? Map.of() : r.values(),
                fileName(fp, ur.unit().code()),
                r == null ? java.util.List.of() : notes(fp.form(), r));
    }

    @Transactional(readOnly = true)
    public Export consolidation(String form, String period, String scope, boolean recast) {
        Consolidations.Consolidation c = consolidations.consolidate(form, period, scope, recast);
        UserScope s = scopes.readable(scope);
        String root = ReportingScope.rootCode(s);
        String name = root == null
                ? texts.get("reporting.scope.national")
                : units.nameOf(
                                root,
                                recast
                                        ? java.time.LocalDate.now(Reports.VIETNAM)
                                        : c.formPeriod().cutOff())
                        .orElse(root);
        String note = texts.get(
                recast ? "reporting.xlsx.consolidated.recast" : "reporting.xlsx.consolidated",
                c.units().size());
        return new Export(
                c.formPeriod(),
                new ReportWorkbook.Heading(name, null, note),
                c.values(),
                fileName(c.formPeriod(), root == null ? "toan-quoc" : root) + (recast ? "_quy-doi" : ""),
                java.util.List.of());
    }

    public void write(Export export, OutputStream out) throws IOException {
        workbook.write(export.formPeriod(), export.heading(), export.values(), export.notes(), out);
    }

    public void writePdf(Export export, OutputStream out) throws IOException {
        pdf.write(export.formPeriod(), export.heading(), export.values(), export.notes(), out);
    }

    /** A line for each pre-filled cell: its source by name, the day, the figure, and the reason if changed. */
    private java.util.List<String> notes(FormDefinition form, Report r) {
        java.util.List<String> out = new java.util.ArrayList<>();
        r.prefill().forEach((cell, p) -> {
            String reason = r.overrides().get(cell);
            out.add(
                    reason == null
                            ? texts.get(
                                    "reporting.note.prefilled",
                                    cell,
                                    CellValues.label(form, cell),
                                    sourceNames.label(p.source()),
                                    Reports.Formats.date(p.asOf()),
                                    ReportPdf.text(p.value()))
                            : texts.get(
                                    "reporting.note.overridden",
                                    cell,
                                    CellValues.label(form, cell),
                                    sourceNames.label(p.source()),
                                    ReportPdf.text(p.value()),
                                    reason));
        });
        return out;
    }

    private static String fileName(FormPeriod fp, String who) {
        return (fp.formCode() + "_" + fp.period().code() + "_" + who).replaceAll("[^0-9A-Za-z._-]", "-");
    }
}
