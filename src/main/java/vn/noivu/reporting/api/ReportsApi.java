package vn.noivu.reporting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.noivu.reporting.internal.Consolidations;
import vn.noivu.reporting.internal.Consolidations.Completeness;
import vn.noivu.reporting.internal.Report;
import vn.noivu.reporting.internal.ReportExports;
import vn.noivu.reporting.internal.ReportVersion;
import vn.noivu.reporting.internal.Reports;
import vn.noivu.reporting.internal.Reports.UnitReport;

/**
 * Reports, consolidation and completeness under {@code /api/v1/reporting} (contract of the reporting
 * issue): a form by its code URL-encoded as issued, a period as {@code 2025}, {@code 2025-H1},
 * {@code 2025-Q3} or {@code 2025-07}, a unit by its organisation code, all in the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/reporting")
class ReportsApi {

    private final Reports reports;
    private final Consolidations consolidations;
    private final ReportExports exports;
    private final vn.noivu.reporting.internal.ReportAttachments attachments;

    private final vn.noivu.platform.imports.ImportHistory history;

    ReportsApi(
            Reports reports,
            Consolidations consolidations,
            ReportExports exports,
            vn.noivu.platform.imports.ImportHistory history,
            vn.noivu.reporting.internal.ReportAttachments attachments) {
        this.history = history;
        this.reports = reports;
        this.consolidations = consolidations;
        this.exports = exports;
        this.attachments = attachments;
    }

    /**
     * Attaches the signed PDF (or signed scan) of a report (multipart {@code file}); answers the file
     * with the verification of its signature: {@code verdict} VALID, TAMPERED, CHANGED_AFTER_SIGNING,
     * UNTRUSTED, UNSIGNED or UNREADABLE, the signer, the signing time and each check.
     */
    @PostMapping(value = "/reports/{form}/{period}/{unit}/attachments", consumes = "multipart/form-data")
    vn.noivu.reporting.internal.ReportAttachments.Attachment attach(
            @PathVariable String form,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        attachments.checkSize(file.getSize());
        return attachments.attach(
                form, period, unit, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    /** The files attached to a report with the verification of each, newest first. */
    @GetMapping("/reports/{form}/{period}/{unit}/attachments")
    List<vn.noivu.reporting.internal.ReportAttachments.Attachment> attachments(
            @PathVariable String form, @PathVariable String period, @PathVariable String unit) {
        return attachments.list(form, period, unit);
    }

    /** An attached file as it was sent. */
    @GetMapping("/reports/{form}/{period}/{unit}/attachments/{id}")
    org.springframework.http.ResponseEntity<byte[]> attachment(
            @PathVariable String form, @PathVariable String period, @PathVariable String unit, @PathVariable long id) {
        var f = attachments.file(form, period, unit, id);
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(org.springframework.http.MediaType.parseMediaType(f.contentType()))
                .body(f.content());
    }

    /** A unit's report as the API shows it; MISSING when the unit has not started it. */
    record ReportItem(
            String form,
            String period,
            String unit,
            String unitName,
            String provinceCode,
            String status,
            LocalDate deadline,
            LocalDate receivedOn,
            LocalDate submittedOn,
            Boolean onTime,
            Integer versions,
            String returnReason,
            Map<String, Object> values,
            Map<String, vn.noivu.reporting.internal.Prefills.Prefilled> prefill,
            Map<String, String> overrides) {

        static ReportItem of(String form, String period, LocalDate deadline, UnitReport ur, boolean withValues) {
            Report r = ur.report();
            return new ReportItem(
                    form,
                    period,
                    ur.unit().code(),
                    ur.unit().name(),
                    ur.unit().provinceCode(),
                    ur.status().name(),
                    r == null ? deadline : r.deadline(),
                    r == null ? null : r.receivedOn(),
                    r == null ? null : r.firstSubmittedOn(),
                    r == null ? null : r.onTime(),
                    r == null ? 0 : r.versions(),
                    r == null ? null : r.returnReason(),
                    withValues ? (r == null ? Map.of() : r.values()) : null,
                    withValues ? (r == null ? Map.of() : r.prefill()) : null,
                    withValues ? (r == null ? Map.of() : r.overrides()) : null);
        }
    }

    /**
     * The body of a PUT: the cells' values, the date a paper report was received, and the reason for
     * each pre-filled cell whose figure is changed.
     */
    record ReportData(JsonNode values, LocalDate receivedOn, Map<String, String> overrides) {}

    record ReturnRequest(String reason) {}

    /** A rule that warns: the cells it covers (as {@code field}, like the errors of a refusal) and why. */
    record Warning(String field, String message) {}

    record SubmitResult(ReportItem report, List<Warning> warnings) {}

    record ConsolidationResult(Map<String, BigDecimal> values, int units) {}

    record VersionItem(
            int version,
            Map<String, Object> values,
            LocalDate receivedOn,
            String submittedBy,
            OffsetDateTime submittedAt,
            String outcome,
            String reason,
            String decidedBy,
            OffsetDateTime decidedAt,
            String reopenedBy,
            OffsetDateTime reopenedAt,
            String reopenReason) {

        static VersionItem of(ReportVersion v) {
            return new VersionItem(
                    v.version(),
                    v.values(),
                    v.receivedOn(),
                    v.submittedBy(),
                    v.submittedAt(),
                    v.outcome(),
                    v.reason(),
                    v.decidedBy(),
                    v.decidedAt(),
                    v.reopenedBy(),
                    v.reopenedAt(),
                    v.reopenReason());
        }
    }

    /** Every unit expected to report the form for the period in the scope, with its status (missing included). */
    @GetMapping("/reports")
    List<ReportItem> list(
            @RequestParam String form, @RequestParam String period, @RequestParam(required = false) String scope) {
        var fp = reports.formPeriod(form, period);
        return reports.list(form, period, scope).stream()
                .map(ur -> ReportItem.of(fp.formCode(), fp.period().code(), fp.deadlineFor(ur.unit()), ur, false))
                .toList();
    }

    @GetMapping("/reports/{form}/{period}/{unit}")
    ReportItem get(@PathVariable String form, @PathVariable String period, @PathVariable String unit) {
        var fp = reports.formPeriod(form, period);
        return ReportItem.of(fp.formCode(), fp.period().code(), fp.deadline(), reports.get(form, period, unit), true);
    }

    /** Every submitted version of the report, oldest first, with the receiver's decision on each. */
    @GetMapping("/reports/{form}/{period}/{unit}/versions")
    List<VersionItem> versions(@PathVariable String form, @PathVariable String period, @PathVariable String unit) {
        return reports.versions(form, period, unit).stream()
                .map(VersionItem::of)
                .toList();
    }

    @PutMapping("/reports/{form}/{period}/{unit}")
    ReportItem save(
            @PathVariable String form,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestBody ReportData data) {
        var fp = reports.formPeriod(form, period);
        UnitReport saved = reports.save(form, period, unit, data.values(), data.receivedOn(), data.overrides());
        return ReportItem.of(fp.formCode(), fp.period().code(), fp.deadline(), saved, true);
    }

    /** A filled XLSX in the form's layout (multipart {@code file}), saved whole or refused naming each cell. */
    @PostMapping(value = "/reports/{form}/{period}/{unit}/import", consumes = "multipart/form-data")
    ReportItem importWorkbook(
            @PathVariable String form,
            @PathVariable String period,
            @PathVariable String unit,
            @org.springframework.web.bind.annotation.RequestParam("file")
                    org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        var fp = reports.formPeriod(form, period);
        String name = file.getOriginalFilename();
        try (var in = file.getInputStream()) {
            UnitReport saved = reports.importWorkbook(form, period, unit, in, file.getSize());
            // One workbook is one unit's report: the history counts it as one row.
            history.record("reporting", form, name, 1, true, 0, 0);
            return ReportItem.of(fp.formCode(), fp.period().code(), fp.deadline(), saved, true);
        } catch (vn.noivu.reporting.internal.RefusedException e) {
            history.record(
                    "reporting", form, name, 0, false, Math.max(1, e.problems().size()), 0);
            throw e;
        }
    }

    /** Computes the pre-filled figures again (creating the draft) and puts them into the cells not overridden. */
    @PostMapping("/reports/{form}/{period}/{unit}/prefill")
    ReportItem prefill(@PathVariable String form, @PathVariable String period, @PathVariable String unit) {
        var fp = reports.formPeriod(form, period);
        UnitReport saved = reports.refreshPrefill(form, period, unit);
        return ReportItem.of(fp.formCode(), fp.period().code(), fp.deadline(), saved, true);
    }

    @PostMapping("/reports/{form}/{period}/{unit}/submit")
    SubmitResult submit(@PathVariable String form, @PathVariable String period, @PathVariable String unit) {
        var fp = reports.formPeriod(form, period);
        Reports.Submission s = reports.submit(form, period, unit);
        return new SubmitResult(
                ReportItem.of(fp.formCode(), fp.period().code(), fp.deadline(), s.report(), true),
                reports.warningProblems(s.warnings()).stream()
                        .map(p -> new Warning(p.path(), p.message()))
                        .toList());
    }

    @PostMapping("/reports/{form}/{period}/{unit}/accept")
    ReportItem accept(@PathVariable String form, @PathVariable String period, @PathVariable String unit) {
        var fp = reports.formPeriod(form, period);
        return ReportItem.of(
                fp.formCode(), fp.period().code(), fp.deadline(), reports.accept(form, period, unit), true);
    }

    @PostMapping("/reports/{form}/{period}/{unit}/return")
    ReportItem returnReport(
            @PathVariable String form,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestBody(required = false) ReturnRequest body) {
        var fp = reports.formPeriod(form, period);
        UnitReport r = reports.returnReport(form, period, unit, body == null ? null : body.reason());
        return ReportItem.of(fp.formCode(), fp.period().code(), fp.deadline(), r, true);
    }

    /**
     * Reopens an accepted report ({@code {"reason": "…"}}, required): only the receiving level (403 for the
     * unit itself and for anyone else); the report goes back to RETURNED for the unit to correct and
     * resubmit, the accepted version stays in the history, and the consolidation leaves it out until
     * it is accepted again.
     */
    @PostMapping("/reports/{form}/{period}/{unit}/reopen")
    ReportItem reopen(
            @PathVariable String form,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestBody(required = false) ReturnRequest body) {
        var fp = reports.formPeriod(form, period);
        UnitReport r = reports.reopen(form, period, unit, body == null ? null : body.reason());
        return ReportItem.of(fp.formCode(), fp.period().code(), fp.deadline(), r, true);
    }

    /** The sum of the accepted reports in the scope: by the hierarchy of the cut-off, or re-cast onto today's units. */
    @GetMapping("/consolidation")
    ConsolidationResult consolidation(
            @RequestParam String form,
            @RequestParam String period,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "false") boolean recast) {
        Consolidations.Consolidation c = consolidations.consolidate(form, period, scope, recast);
        return new ConsolidationResult(c.values(), c.units().size());
    }

    /** A unit's report in the form's layout: XLSX, or PDF with {@code format=pdf}. */
    @GetMapping("/reports/{form}/{period}/{unit}/export")
    void exportReport(
            @PathVariable String form,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestParam(defaultValue = "xlsx") String format,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        send(exports.report(form, period, unit), format, response);
    }

    /** A consolidation in the form's layout: XLSX, or PDF with {@code format=pdf}. */
    @GetMapping("/consolidation/export")
    void exportConsolidation(
            @RequestParam String form,
            @RequestParam String period,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "false") boolean recast,
            @RequestParam(defaultValue = "xlsx") String format,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        send(exports.consolidation(form, period, scope, recast), format, response);
    }

    private void send(ReportExports.Export export, String format, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        boolean pdf = "pdf".equalsIgnoreCase(format);
        response.setContentType(
                pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename(export.filename() + (pdf ? ".pdf" : ".xlsx"))
                        .build()
                        .toString());
        try (var out = response.getOutputStream()) {
            if (pdf) {
                exports.writePdf(export, out);
            } else {
                exports.write(export, out);
            }
        }
    }

    /** Completeness of each province in the scope, central agencies (province null) first. */
    @GetMapping("/completeness/by-province")
    List<Consolidations.ProvinceCompleteness> completenessByProvince(
            @RequestParam String form, @RequestParam String period, @RequestParam(required = false) String scope) {
        return consolidations.completenessByProvince(form, period, scope);
    }

    @GetMapping("/completeness")
    Completeness completeness(
            @RequestParam String form, @RequestParam String period, @RequestParam(required = false) String scope) {
        return consolidations.completeness(form, period, scope);
    }
}
