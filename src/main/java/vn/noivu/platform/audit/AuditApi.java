package vn.noivu.platform.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.platform.security.CurrentUser;

/** Browse the audit log (ADMIN): {@code GET /api/v1/audit?actor=&action=&entity=&entityId=&from=&to=}. */
@RestController
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasRole('ADMIN')")
    List<AuditEntry> find(@ModelAttribute AuditFilter filter) {
        return audit.find(filter, CurrentUser.scope());
    }
}
