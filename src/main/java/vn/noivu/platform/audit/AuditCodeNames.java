package vn.noivu.platform.audit;

import java.util.Map;
import vn.noivu.platform.imports.CodeLabels;

/**
 * The catalogues a module's audited states hold codes of, by field name ({@code category}, {@code
 * type}), so that a change reads "Loại: Công chức → Viên chức" rather than the codes. Modules contribute
 * beans; the platform depends on none of them.
 */
public interface AuditCodeNames {

    /** The labels of the codes of each field (by its JSON name), in the user's language. */
    Map<String, CodeLabels> byField();
}
