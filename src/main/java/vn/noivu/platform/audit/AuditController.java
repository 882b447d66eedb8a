package vn.noivu.platform.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.noivu.platform.security.CurrentUser;

/** The audit log page (ADMIN, restricted to {@code /admin/**}), filterable; htmx swaps the table. */
@Controller
class AuditController {

    /** The actions the filter offers by name (messages audit.action.*); the log may hold others, typed in the API. */
    static final java.util.List<String> ACTIONS = java.util.List.of(
            "LOGIN_SUCCESS",
            "LOGIN_FAILURE",
            "CREATE",
            "UPDATE",
            "DELETE",
            "CORRECT",
            "CANCEL",
            "IMPORT",
            "EXPORT",
            "APPROVE",
            "REJECT",
            "RESTRUCTURE",
            "ASSIGN",
            "ENABLE",
            "DISABLE",
            "RESET_PASSWORD",
            "CHANGE_PASSWORD",
            "REVOKE",
            "REPORT_SAVED",
            "REPORT_SUBMITTED",
            "REPORT_RESUBMITTED",
            "REPORT_ACCEPTED",
            "REPORT_RETURNED",
            "REPORT_REOPENED",
            "FORM_IMPORTED",
            "FORM_REPLACED",
            "FORM_VERSION_ENDED",
            "FORM_SHIPPED_VERSION",
            "FORM_SHIPPED_UPDATE",
            "SYSTEM_CANCEL",
            "RATE",
            "DISCIPLINE",
            "REVIEW",
            "VOTE",
            "NOTICE",
            "COMMENT",
            "APPRAISE",
            "SUBMIT",
            "MINISTRY_APPRAISE",
            "REFER",
            "DECIDE",
            "HOLD",
            "RELEASE",
            "REFRESH",
            "DOWNLOAD",
            "RESTORE",
            "MARK_SERVICE");

    private final AuditLog audit;
    private final AuditChanges changes;

    AuditController(AuditLog audit, AuditChanges changes) {
        this.audit = audit;
        this.changes = changes;
    }

    @GetMapping("/admin/audit")
    String page(
            @ModelAttribute("filter") AuditFilter filter,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        java.util.List<AuditEntry> entries = audit.find(filter, CurrentUser.scope());
        model.addAttribute("entries", entries);
        // Each entry's change as people read it ("field: before → after"), as the export writes it.
        var labels = changes.labels();
        model.addAttribute(
                "changeLines",
                entries.stream()
                        .map(e -> changes.lines(e.beforeState(), e.afterState(), labels))
                        .toList());
        model.addAttribute("actions", ACTIONS);
        return request.getHeader("HX-Request") != null ? "platform/audit :: entries" : "platform/audit";
    }
}
