package vn.noivu.platform.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.noivu.platform.security.CurrentUser;

/** The audit log page (ADMIN, restricted to {@code /admin/**}), filterable; htmx swaps the table. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(
            @ModelAttribute("filter") AuditFilter filter,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("entries", audit.find(filter, CurrentUser.scope()));
        return request.getHeader("HX-Request") != null ? "platform/audit :: entries" : "platform/audit";
    }
}
