package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reporting.internal.FormDefinition.ReceivingLevel;
import vn.noivu.reporting.internal.FormDefinition.Severity;

/**
 * The workflow of a unit's report (DHIS2's data entry, completion and approval, in the sector's
 * terms): the unit saves figures while the report is a draft or returned, submits it (blocking rules
 * refuse, warnings do not), and the receiving level accepts it (locked) or returns it with a reason.
 * Every submission is kept as a version; every change is audited.
 */
@Service
public class Reports {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final FormPeriods formPeriods;
    private final ExpectedUnits expected;
    private final ReportStore store;
    private final CellValues cellValues;
    private final ReportingScope scopes;
    private final AuditLog audit;
    private final Texts texts;
    private final Prefills prefills;
    private ReportWorkbookReader workbookReader;

    private SourceNames sourceNames;

    @org.springframework.beans.factory.annotation.Autowired
    void setWorkbookReader(ReportWorkbookReader workbookReader) {
        this.workbookReader = workbookReader;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setSourceNames(SourceNames sourceNames) {
        this.sourceNames = sourceNames;
    }

    Reports(
            FormPeriods formPeriods,
            ExpectedUnits expected,
            ReportStore store,
            CellValues cellValues,
            ReportingScope scopes,
            AuditLog audit,
            Texts texts,
            Prefills prefills) {
        this.prefills = prefills;
        this.formPeriods = formPeriods;
        this.expected = expected;
        this.store = store;
        this.cellValues = cellValues;
        this.scopes = scopes;
        this.audit = audit;
        this.texts = texts;
    }

    /** A unit's place in a form's period: the unit, its report (null if none yet). */
    public record UnitReport(ReportingUnit unit, Report report) {

        public ReportStatus status() {
            return report == null ? ReportStatus.MISSING : report.status();
        }
    }

    /** Every unit that must report the form for the period inside the scope, with its report's status (not its figures). */
    @Transactional(readOnly = true)
    public List<UnitReport> list(String formCode, String periodCode, String scope) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        UserScope s = scopes.readable(scope);
        List<ReportingUnit> units = expected.of(fp.form(), fp.cutOff(), s.likePattern());
        Map<String, Report> reports = store.of(
                fp.formCode(),
                fp.period().code(),
                units.stream().map(ReportingUnit::code).toList(),
                false);
        return units.stream().map(u -> new UnitReport(u, reports.get(u.code()))).toList();
    }

    /** One unit's report (404 outside the user's scope or if the unit does not report the form). */
    @Transactional(readOnly = true)
    public UnitReport get(String formCode, String periodCode, String unitCode) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        ReportingUnit unit = readableUnit(fp, unitCode);
        return new UnitReport(
                unit, store.find(fp.formCode(), fp.period().code(), unit.code()).orElse(null));
    }

    @Transactional(readOnly = true)
    public List<ReportVersion> versions(String formCode, String periodCode, String unitCode) {
        UnitReport r = get(formCode, periodCode, unitCode);
        return r.report() == null ? List.of() : store.versions(r.report().id());
    }

    @Transactional(readOnly = true)
    public FormPeriod formPeriod(String formCode, String periodCode) {
        return formPeriods.of(formCode, periodCode);
    }

    /** Saves the figures of a draft or returned report (creating the draft), and a paper report's arrival date. */
    @Transactional
    public UnitReport save(String formCode, String periodCode, String unitCode, JsonNode values, LocalDate receivedOn) {
        return save(formCode, periodCode, unitCode, values, receivedOn, Map.of());
    }

    /**
     * Saves the figures of a draft or returned report, creating the draft with the figures NoiVu
     * computes for it. A pre-filled cell left out keeps its computed figure; one sent with another
     * figure (or emptied) is an override and needs a reason — in {@code reasons} by cell, or given at
     * an earlier save for that cell.
     */
    @Transactional
    public UnitReport save(
            String formCode,
            String periodCode,
            String unitCode,
            JsonNode values,
            LocalDate receivedOn,
            Map<String, String> reasons) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        ReportingUnit unit = writableUnit(fp, unitCode);
        Map<String, Object> cells = cellValues.read(fp.form(), values);
        LocalDate today = LocalDate.now(VIETNAM);
        if (receivedOn != null
                && (receivedOn.isAfter(today) || receivedOn.isBefore(fp.period().start()))) {
            String message = texts.get(
                    "reporting.receivedOn.range", Formats.date(fp.period().start()), Formats.date(today));
            throw new RefusedException(
                    texts.get("reporting.refused.title"), message, List.of(new Problem("receivedOn", message)));
        }
        Report before =
                store.lock(fp.formCode(), fp.period().code(), unit.code()).orElse(null);
        if (before == null) {
            createDraft(fp, unit);
        } else if (!before.status().editable()) {
            throw conflict(before.status() == ReportStatus.ACCEPTED ? "reporting.locked" : "reporting.awaiting");
        }
        Report current =
                store.lock(fp.formCode(), fp.period().code(), unit.code()).orElseThrow();
        Map<String, String> overrides = applyPrefill(fp.form(), current, values, cells, reasons);
        // The arrival of a paper report is a fact about the report, not about this edit: kept when omitted.
        store.saveValues(
                current.id(),
                cells,
                overrides,
                receivedOn != null ? receivedOn : current.receivedOn(),
                CurrentUser.actor());
        Report after =
                store.find(fp.formCode(), fp.period().code(), unit.code()).orElseThrow();
        audit.record("REPORT_SAVED", "reporting.report", key(fp, unit), state(before), state(after));
        return new UnitReport(unit, after);
    }

    /**
     * Computes the pre-filled figures again (the records may have changed since the draft was created)
     * and puts them into every pre-filled cell that has not been overridden.
     */
    @Transactional
    public UnitReport refreshPrefill(String formCode, String periodCode, String unitCode) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        ReportingUnit unit = writableUnit(fp, unitCode);
        Report before =
                store.lock(fp.formCode(), fp.period().code(), unit.code()).orElse(null);
        if (before == null) {
            createDraft(fp, unit);
        } else if (!before.status().editable()) {
            throw conflict(before.status() == ReportStatus.ACCEPTED ? "reporting.locked" : "reporting.awaiting");
        } else {
            store.savePrefill(before.id(), prefills.compute(fp.form(), unit.code(), fp.cutOff()));
        }
        Report current =
                store.lock(fp.formCode(), fp.period().code(), unit.code()).orElseThrow();
        Map<String, Object> cells = new java.util.LinkedHashMap<>(current.values());
        Map<String, String> overrides = new java.util.LinkedHashMap<>(current.overrides());
        current.prefill().forEach((cell, p) -> {
            if (!overrides.containsKey(cell)) {
                cells.put(cell, p.value());
            }
        });
        overrides.keySet().retainAll(current.prefill().keySet());
        store.saveValues(current.id(), cells, overrides, current.receivedOn(), CurrentUser.actor());
        Report after =
                store.find(fp.formCode(), fp.period().code(), unit.code()).orElseThrow();
        audit.record("REPORT_PREFILLED", "reporting.report", key(fp, unit), state(before), state(after));
        return new UnitReport(unit, after);
    }

    /** A new draft holding the figures NoiVu computes for the unit as of the period's cut-off. */
    private void createDraft(FormPeriod fp, ReportingUnit unit) {
        store.create(fp.formCode(), fp.period().code(), unit.code(), fp.deadlineFor(unit), CurrentUser.actor());
        Map<String, Prefills.Prefilled> computed = prefills.compute(fp.form(), unit.code(), fp.cutOff());
        if (!computed.isEmpty()) {
            Report created =
                    store.find(fp.formCode(), fp.period().code(), unit.code()).orElseThrow();
            store.savePrefill(created.id(), computed);
        }
    }

    /**
     * Puts the computed figure into each pre-filled cell the body leaves out and answers the overrides:
     * the reason for each pre-filled cell whose figure differs; refuses, naming the cells, when one has
     * no reason.
     */
    private Map<String, String> applyPrefill(
            FormDefinition form, Report current, JsonNode raw, Map<String, Object> cells, Map<String, String> reasons) {
        Map<String, String> overrides = new java.util.LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> given = reasons == null ? Map.of() : reasons;
        current.prefill().forEach((cell, p) -> {
            boolean sent = raw != null && raw.isObject() && raw.has(cell);
            if (!sent) {
                cells.put(cell, p.value());
                return;
            }
            if (cells.get(cell) instanceof java.math.BigDecimal v && v.compareTo(p.value()) == 0) {
                return;
            }
            String reason = given.get(cell);
            reason = reason == null || reason.isBlank() ? current.overrides().get(cell) : reason.strip();
            if (reason == null) {
                problems.add(new Problem(
                        cell,
                        texts.get(
                                "reporting.prefill.reasonNeeded",
                                cell,
                                p.value().toPlainString(),
                                sourceNames.label(p.source()),
                                Formats.date(p.asOf()))));
            } else if (reason.length() > 2000) {
                problems.add(new Problem(cell, texts.get("reporting.prefill.reasonTooLong", cell)));
            } else {
                overrides.put(cell, reason);
            }
        });
        if (!problems.isEmpty()) {
            throw new RefusedException(
                    texts.get("reporting.refused.title"),
                    texts.get("reporting.prefill.refused", problems.size()),
                    problems);
        }
        return overrides;
    }

    /**
     * Saves the figures of a filled XLSX in the form's layout, whole or not at all (as a save: the
     * sheet's figures replace the report's; a changed pre-filled figure needs a reason already given).
     */
    @Transactional
    public UnitReport importWorkbook(
            String formCode, String periodCode, String unitCode, java.io.InputStream in, long size) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        writableUnit(fp, unitCode);
        return save(formCode, periodCode, unitCode, workbookReader.read(fp.form(), in, size), null, Map.of());
    }

    /** The outcome of a submission: the report and the warnings it was submitted with. */
    public record Submission(UnitReport report, List<RuleCheck.Violation> warnings) {}

    /** Submits a draft or returned report; blocking rule violations refuse it, naming the cells. */
    @Transactional
    public Submission submit(String formCode, String periodCode, String unitCode) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        ReportingUnit unit = writableUnit(fp, unitCode);
        Report report = store.lock(fp.formCode(), fp.period().code(), unit.code())
                .orElseThrow(() -> conflict("reporting.nothingToSubmit"));
        if (!(report.status() == ReportStatus.DRAFT || report.status() == ReportStatus.RETURNED)) {
            throw conflict(report.status() == ReportStatus.ACCEPTED ? "reporting.locked" : "reporting.awaiting");
        }
        List<RuleCheck.Violation> violations = RuleCheck.check(fp.form(), report.values());
        List<Problem> blocking = violations.stream()
                .filter(v -> v.severity() == Severity.BLOCK)
                .map(v -> new Problem(String.join(", ", v.cells()), violationText(v)))
                .toList();
        if (!blocking.isEmpty()) {
            throw new RefusedException(
                    texts.get("reporting.rules.title"),
                    texts.get("reporting.rules.blocked", blocking.size()),
                    blocking);
        }
        ReportStatus next =
                report.status() == ReportStatus.RETURNED ? ReportStatus.RESUBMITTED : ReportStatus.SUBMITTED;
        store.submitted(report, next, LocalDate.now(VIETNAM), CurrentUser.actor());
        Report after =
                store.find(fp.formCode(), fp.period().code(), unit.code()).orElseThrow();
        List<RuleCheck.Violation> warnings =
                violations.stream().filter(v -> v.severity() == Severity.WARN).toList();
        audit.record(
                "REPORT_" + next.name(),
                "reporting.report",
                key(fp, unit),
                state(report),
                state(after),
                warnings.isEmpty() ? null : warnings.size() + " warning(s)");
        return new Submission(new UnitReport(unit, after), warnings);
    }

    @Transactional
    public UnitReport accept(String formCode, String periodCode, String unitCode) {
        return decide(formCode, periodCode, unitCode, ReportStatus.ACCEPTED, null);
    }

    @Transactional
    public UnitReport returnReport(String formCode, String periodCode, String unitCode, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            String message = texts.get("reporting.return.reason");
            throw new RefusedException(
                    texts.get("reporting.refused.title"), message, List.of(new Problem("reason", message)));
        }
        return decide(formCode, periodCode, unitCode, ReportStatus.RETURNED, reason.strip());
    }

    /**
     * Reopens an accepted report (the receiving level only, with a reason): the accepted version stays
     * in the history, noting the reopening; the report goes back to RETURNED so the unit corrects and
     * resubmits it; its figures leave the consolidation until it is accepted again. Audited with the
     * report before and after and the reason.
     */
    @Transactional
    public UnitReport reopen(String formCode, String periodCode, String unitCode, String reason) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        ReportingUnit unit = unitInScope(fp, unitCode);
        if (!mayDecide(fp.form(), unit)) {
            String message = texts.get("reporting.reopenOnly." + fp.form().receivingLevelFor(Tiers.of(unit.type())));
            throw new RefusedException(HttpStatus.FORBIDDEN, texts.get("reporting.refused.title"), message, List.of());
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            String message = texts.get("reporting.reopen.reason");
            throw new RefusedException(
                    texts.get("reporting.refused.title"), message, List.of(new Problem("reason", message)));
        }
        Report report = store.lock(fp.formCode(), fp.period().code(), unit.code())
                .orElseThrow(() -> conflict("reporting.reopen.notAccepted"));
        if (report.status() != ReportStatus.ACCEPTED) {
            throw conflict("reporting.reopen.notAccepted");
        }
        store.reopened(report, reason.strip(), CurrentUser.actor());
        Report after =
                store.find(fp.formCode(), fp.period().code(), unit.code()).orElseThrow();
        audit.record("REPORT_REOPENED", "reporting.report", key(fp, unit), state(report), state(after), reason.strip());
        return new UnitReport(unit, after);
    }

    /** Whether the current user may reopen this report: it is accepted and the user decides at its receiving level. */
    public boolean mayReopen(FormDefinition form, UnitReport report) {
        return report.status() == ReportStatus.ACCEPTED && mayDecide(form, report.unit());
    }

    private UnitReport decide(
            String formCode, String periodCode, String unitCode, ReportStatus outcome, String reason) {
        FormPeriod fp = formPeriods.of(formCode, periodCode);
        ReportingUnit unit = unitInScope(fp, unitCode);
        if (!mayDecide(fp.form(), unit)) {
            String message = texts.get("reporting.receiverOnly." + fp.form().receivingLevelFor(Tiers.of(unit.type())));
            throw new RefusedException(HttpStatus.FORBIDDEN, texts.get("reporting.refused.title"), message, List.of());
        }
        Report report = store.lock(fp.formCode(), fp.period().code(), unit.code())
                .orElseThrow(() -> conflict("reporting.notSubmitted"));
        if (!(report.status() == ReportStatus.SUBMITTED || report.status() == ReportStatus.RESUBMITTED)) {
            throw conflict(report.status() == ReportStatus.ACCEPTED ? "reporting.locked" : "reporting.notSubmitted");
        }
        store.decided(report, outcome, reason, CurrentUser.actor());
        Report after =
                store.find(fp.formCode(), fp.period().code(), unit.code()).orElseThrow();
        audit.record(
                "REPORT_" + outcome.name(), "reporting.report", key(fp, unit), state(report), state(after), reason);
        return new UnitReport(unit, after);
    }

    /**
     * The receiving level decides: an APPROVER whose scope lies strictly above the unit — national for
     * forms the Ministry receives, the unit's province for forms a province receives.
     */
    public boolean mayDecide(FormDefinition form, ReportingUnit unit) {
        NoiVuUser user = CurrentUser.get().orElse(null);
        if (user == null || !user.hasRole(Role.APPROVER)) {
            return false;
        }
        UserScope scope = user.scope();
        boolean above = scope.includes(unit.path()) && !scope.path().equals(unit.path());
        return form.receivingLevelFor(Tiers.of(unit.type())) == ReceivingLevel.MINISTRY
                ? scope.isNational()
                : above && !scope.isNational();
    }

    /** Whether the current user may change the unit's figures (an EDITOR of a scope that holds it). */
    public boolean mayEdit(ReportingUnit unit) {
        NoiVuUser user = CurrentUser.get().orElse(null);
        return user != null && user.hasRole(Role.EDITOR) && user.scope().includes(unit.path());
    }

    private ReportingUnit readableUnit(FormPeriod fp, String unitCode) {
        ReportingUnit unit = reportingUnit(fp, unitCode);
        if (!CurrentUser.scope().includes(unit.path())) {
            throw new NotFoundException("reporting unit", unitCode);
        }
        return unit;
    }

    /** A unit that must report the form for the period, in any scope (404 if it need not). */
    private ReportingUnit reportingUnit(FormPeriod fp, String unitCode) {
        String code = unitCode == null ? "" : unitCode.trim().toUpperCase(java.util.Locale.ROOT);
        return expected.find(fp.form(), fp.cutOff(), code)
                .orElseThrow(() -> new NotFoundException("reporting unit", unitCode));
    }

    /** A unit whose report the user changes: outside the user's scope is refused (403, decision 002). */
    private ReportingUnit unitInScope(FormPeriod fp, String unitCode) {
        ReportingUnit unit = reportingUnit(fp, unitCode);
        if (!CurrentUser.scope().includes(unit.path())) {
            throw new vn.noivu.platform.security.OutOfScopeException("report of " + unit.code());
        }
        return unit;
    }

    private ReportingUnit writableUnit(FormPeriod fp, String unitCode) {
        ReportingUnit unit = unitInScope(fp, unitCode);
        if (!mayEdit(unit)) {
            throw new vn.noivu.platform.security.OutOfScopeException("report of " + unit.code());
        }
        return unit;
    }

    private String violationText(RuleCheck.Violation v) {
        return texts.get("reporting.rules.violation", v.message(), String.join(", ", v.cells()), v.left(), v.right());
    }

    public List<Problem> warningProblems(List<RuleCheck.Violation> warnings) {
        List<Problem> out = new ArrayList<>();
        warnings.forEach(v -> out.add(new Problem(String.join(", ", v.cells()), violationText(v))));
        return out;
    }

    private RefusedException conflict(String key) {
        return new RefusedException(
                HttpStatus.CONFLICT, texts.get("reporting.refused.title"), texts.get(key), List.of());
    }

    private static String key(FormPeriod fp, ReportingUnit unit) {
        return fp.formCode() + "|" + fp.period().code() + "|" + unit.code();
    }

    private static Map<String, Object> state(Report r) {
        if (r == null) {
            return null;
        }
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("status", r.status().name());
        m.put("values", r.values());
        m.put("receivedOn", r.receivedOn());
        m.put("versions", r.versions());
        m.put("returnReason", r.returnReason());
        m.put("overrides", r.overrides());
        return m;
    }

    /** dd/MM/yyyy, as dates are shown. */
    static final class Formats {
        private static final java.time.format.DateTimeFormatter DATE =
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

        static String date(LocalDate d) {
            return d == null ? "" : DATE.format(d);
        }
    }
}
