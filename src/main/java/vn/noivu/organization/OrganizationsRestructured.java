package vn.noivu.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Published after restructurings were applied (directly, by an approved plan or by an import):
 * which units changed and from which dates. Listeners re-read what they need through {@link
 * Organizations} or the api_* views.
 */
public record OrganizationsRestructured(
        List<Long> restructuringIds, List<String> unitCodes, LocalDate firstEffectiveDate) {}
