package vn.noivu.staffing.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.platform.audit.AuditCodeNames;
import vn.noivu.platform.imports.CodeLabels;

/** Staffing categories in an audited target or quota read by their names. */
@Component
class StaffingAuditNames implements AuditCodeNames {

    private final Categories categories;

    StaffingAuditNames(Categories categories) {
        this.categories = categories;
    }

    @Override
    public Map<String, CodeLabels> byField() {
        CodeLabels labels = categories.labels();
        return Map.of("category", labels, "categories", labels);
    }
}
