package vn.noivu.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.noivu.reporting.internal.Consolidations;
import vn.noivu.reporting.internal.FormDefinition;
import vn.noivu.reporting.internal.FormPeriod;
import vn.noivu.reporting.internal.FormStore;
import vn.noivu.reporting.internal.Period;
import vn.noivu.reporting.internal.RefusedException;
import vn.noivu.reporting.internal.ReportAttachments;
import vn.noivu.reporting.internal.ReportExports;
import vn.noivu.reporting.internal.Reports;

/**
 * The reporting pages: the forms in force; a form's period with every expected unit's status and the
 * completeness; a report's grid in the form's layout to enter, save and submit figures, and for the
 * receiving level to accept or return; XLSX of a report and of a consolidation.
 */
@Controller
@RequestMapping("/reporting")
class ReportingPages {

    private final FormStore forms;
    private final Reports reports;
    private final Consolidations consolidations;
    private final ReportExports exports;
    private final JsonMapper json;
    private final ReportAttachments attachments;
    private final vn.noivu.reporting.internal.Reminders reminders;

    ReportingPages(
            FormStore forms,
            Reports reports,
            Consolidations consolidations,
            ReportExports exports,
            JsonMapper json,
            ReportAttachments attachments,
            vn.noivu.reporting.internal.Reminders reminders) {
        this.reminders = reminders;
        this.forms = forms;
        this.reports = reports;
        this.consolidations = consolidations;
        this.exports = exports;
        this.json = json;
        this.attachments = attachments;
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute(
                "forms", forms.all().stream().filter(f -> f.inForceOn(today)).toList());
        // The user's units' reports due soon or overdue; a national user sees the first ones of many.
        List<vn.noivu.reporting.internal.Reminders.Due> due = reminders.due(
                vn.noivu.platform.security.CurrentUser.scope(), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        model.addAttribute("due", due.size() > 50 ? due.subList(0, 50) : due);
        model.addAttribute("dueCount", due.size());
        return "reporting/forms";
    }

    @GetMapping("/forms/{code}")
    String period(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String scope,
            Model model) {
        String p = period;
        if (p == null || p.isBlank()) {
            FormDefinition any =
                    forms.versions(code).stream().reduce((a, b) -> b).orElse(null);
            p = any == null
                    ? ""
                    : Period.containing(any.periodType(), LocalDate.now())
                            .map(Period::code)
                            .orElse(String.valueOf(LocalDate.now().getYear()));
        }
        FormPeriod fp = reports.formPeriod(code, p);
        model.addAttribute("fp", fp);
        model.addAttribute("scopeParam", scope);
        model.addAttribute("units", reports.list(code, p, scope));
        model.addAttribute("completeness", consolidations.completeness(code, p, scope));
        model.addAttribute("byProvince", consolidations.completenessByProvince(code, p, scope));
        return "reporting/period";
    }

    @GetMapping("/forms/{code}/{period}/{unit}")
    String report(@PathVariable String code, @PathVariable String period, @PathVariable String unit, Model model) {
        fill(model, code, period, unit);
        return "reporting/report";
    }

    private void fill(Model model, String code, String period, String unit) {
        FormPeriod fp = reports.formPeriod(code, period);
        Reports.UnitReport ur = reports.get(code, period, unit);
        model.addAttribute("fp", fp);
        model.addAttribute("ur", ur);
        model.addAttribute("headerTop", headerTop(fp.form()));
        if (!model.containsAttribute("values")) {
            model.addAttribute(
                    "values", ur.report() == null ? Map.of() : ur.report().values());
        }
        model.addAttribute(
                "prefill", ur.report() == null ? Map.of() : ur.report().prefill());
        model.addAttribute(
                "overrides", ur.report() == null ? Map.of() : ur.report().overrides());
        model.addAttribute("mayEdit", ur.status().editable() && reports.mayEdit(ur.unit()));
        model.addAttribute(
                "mayDecide",
                (ur.status() == vn.noivu.reporting.internal.ReportStatus.SUBMITTED
                                || ur.status() == vn.noivu.reporting.internal.ReportStatus.RESUBMITTED)
                        && reports.mayDecide(fp.form(), ur.unit()));
        model.addAttribute("mayReopen", reports.mayReopen(fp.form(), ur));
        model.addAttribute("versions", reports.versions(code, period, unit));
        model.addAttribute("attachments", attachments.list(code, period, unit));
        model.addAttribute("mayAttach", ur.report() != null && reports.mayEdit(ur.unit()));
    }

    /** Attaches the signed PDF (or signed scan) and shows the page with its verification. */
    @PostMapping(value = "/forms/{code}/{period}/{unit}/attachments", consumes = "multipart/form-data")
    String attach(
            @PathVariable String code,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            Model model)
            throws IOException {
        try {
            attachments.checkSize(file == null ? 0 : file.getSize());
            attachments.attach(code, period, unit, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (RefusedException e) {
            model.addAttribute("problemTitle", e.detail());
            model.addAttribute("problems", e.problems());
        }
        fill(model, code, period, unit);
        return "reporting/report";
    }

    @GetMapping("/forms/{code}/{period}/{unit}/attachments/{id}")
    void attachment(
            @PathVariable String code,
            @PathVariable String period,
            @PathVariable String unit,
            @PathVariable long id,
            HttpServletResponse response)
            throws IOException {
        ReportAttachments.File f = attachments.file(code, period, unit, id);
        response.setContentType(f.contentType());
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.getOutputStream().write(f.content());
    }

    /** Saves the grid (action {@code save}) and, with action {@code submit}, submits it. */
    @PostMapping("/forms/{code}/{period}/{unit}")
    String save(
            @PathVariable String code,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestParam Map<String, String> params,
            Model model) {
        FormPeriod fp = reports.formPeriod(code, period);
        ObjectNode values = json.createObjectNode();
        Map<String, String> typed = new LinkedHashMap<>();
        fp.form().cells().forEach((cell, column) -> {
            String raw = params.get("c." + cell);
            if (raw == null || raw.isBlank()) {
                return;
            }
            typed.put(cell, raw.strip());
            if (column.type() == FormDefinition.CellType.NUMBER) {
                String n = raw.strip().replace(" ", "").replace(".", "").replace(',', '.');
                try {
                    values.put(cell, new java.math.BigDecimal(n));
                } catch (NumberFormatException e) {
                    // Sent on as text so that the check names the cell and says it must be a number.
                    values.put(cell, raw.strip());
                }
            } else {
                values.put(cell, raw.strip());
            }
        });
        Map<String, String> reasons = new LinkedHashMap<>();
        params.forEach((name, reason) -> {
            if (name.startsWith("r.") && reason != null && !reason.isBlank()) {
                reasons.put(name.substring(2), reason.strip());
            }
        });
        String received = params.get("receivedOn");
        try {
            if ("prefill".equals(params.get("action"))) {
                reports.refreshPrefill(code, period, unit);
                model.addAttribute("saved", true);
                fill(model, code, period, unit);
                return "reporting/report";
            }
            reports.save(
                    code,
                    period,
                    unit,
                    values,
                    received == null || received.isBlank() ? null : LocalDate.parse(received),
                    reasons);
            if ("submit".equals(params.get("action"))) {
                Reports.Submission s = reports.submit(code, period, unit);
                model.addAttribute("warnings", reports.warningProblems(s.warnings()));
            }
            model.addAttribute("saved", true);
        } catch (RefusedException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("problemTitle", e.detail());
            model.addAttribute("values", typed);
        } catch (java.time.format.DateTimeParseException e) {
            model.addAttribute("problemTitle", "receivedOn");
            model.addAttribute("values", typed);
        }
        fill(model, code, period, unit);
        return "reporting/report";
    }

    @PostMapping("/forms/{code}/{period}/{unit}/accept")
    String accept(@PathVariable String code, @PathVariable String period, @PathVariable String unit, Model model) {
        try {
            reports.accept(code, period, unit);
        } catch (RefusedException e) {
            model.addAttribute("problemTitle", e.detail());
        }
        fill(model, code, period, unit);
        return "reporting/report";
    }

    @PostMapping("/forms/{code}/{period}/{unit}/return")
    String returnReport(
            @PathVariable String code,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestParam(required = false) String reason,
            Model model) {
        try {
            reports.returnReport(code, period, unit, reason);
        } catch (RefusedException e) {
            model.addAttribute("problemTitle", e.detail());
        }
        fill(model, code, period, unit);
        return "reporting/report";
    }

    /** The receiving level reopens an accepted report, with a reason (confirmed on the page). */
    @PostMapping("/forms/{code}/{period}/{unit}/reopen")
    String reopen(
            @PathVariable String code,
            @PathVariable String period,
            @PathVariable String unit,
            @RequestParam(required = false) String reason,
            Model model) {
        try {
            reports.reopen(code, period, unit, reason);
            model.addAttribute("reopened", true);
        } catch (RefusedException e) {
            model.addAttribute("problemTitle", e.detail());
            model.addAttribute("problems", e.problems());
        }
        fill(model, code, period, unit);
        return "reporting/report";
    }

    @GetMapping("/forms/{code}/{period}/{unit}/xlsx")
    void reportXlsx(
            @PathVariable String code,
            @PathVariable String period,
            @PathVariable String unit,
            HttpServletResponse response)
            throws IOException {
        send(exports.report(code, period, unit), response);
    }

    @GetMapping("/forms/{code}/{period}/consolidation.xlsx")
    void consolidationXlsx(
            @PathVariable String code,
            @PathVariable String period,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "false") boolean recast,
            HttpServletResponse response)
            throws IOException {
        send(exports.consolidation(code, period, scope, recast), response);
    }

    @GetMapping("/forms/{code}/{period}/{unit}/pdf")
    void reportPdf(
            @PathVariable String code,
            @PathVariable String period,
            @PathVariable String unit,
            HttpServletResponse response)
            throws IOException {
        sendPdf(exports.report(code, period, unit), response);
    }

    @GetMapping("/forms/{code}/{period}/consolidation.pdf")
    void consolidationPdf(
            @PathVariable String code,
            @PathVariable String period,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "false") boolean recast,
            HttpServletResponse response)
            throws IOException {
        sendPdf(exports.consolidation(code, period, scope, recast), response);
    }

    private void sendPdf(ReportExports.Export export, HttpServletResponse response) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(export.filename() + ".pdf")
                        .build()
                        .toString());
        try (var out = response.getOutputStream()) {
            exports.writePdf(export, out);
        }
    }

    private void send(ReportExports.Export export, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(export.filename() + ".xlsx")
                        .build()
                        .toString());
        try (var out = response.getOutputStream()) {
            exports.write(export, out);
        }
    }

    /** A cell of the grid's first header row: a group over several columns, or a column spanning both rows. */
    record HeaderCell(String label, int colspan, int rowspan) {}

    static List<HeaderCell> headerTop(FormDefinition form) {
        List<HeaderCell> out = new java.util.ArrayList<>();
        var columns = form.columns();
        for (int i = 0; i < columns.size(); i++) {
            FormDefinition.Column c = columns.get(i);
            if (c.group() == null) {
                out.add(new HeaderCell(c.label(), 1, 2));
            } else if (i == 0 || !c.group().equals(columns.get(i - 1).group())) {
                int span = 1;
                while (i + span < columns.size()
                        && c.group().equals(columns.get(i + span).group())) {
                    span++;
                }
                out.add(new HeaderCell(c.group(), span, 1));
            }
        }
        return out;
    }
}
