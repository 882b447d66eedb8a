/**
 * Staffing quotas (biên chế): assigned quotas and actual headcount per organisation unit, year and
 * category, reduction targets and the comparable reduction of any scope across restructuring.
 *
 * <p>Public API: the facade {@link vn.noivu.staffing.Staffing} (categories, quotas, reduction of a
 * scope and of its parts, the quotas behind a figure, targets and their progress, quota import), its
 * records, and {@link vn.noivu.staffing.HeadcountSource}, which the personnel module implements to
 * supply the actual headcount; the module implements the reporting module's {@code PrefillSources}
 * (quotas assigned and used). Published read-only views (docs/decisions/001):
 * {@code staffing.api_category(code, name, name_en, counts_as_quota, sort_order, legal_basis,
 * valid_from, valid_to)} and {@code staffing.api_quota(org_code, year, category, assigned, actual,
 * legal_basis, decision_date, decision_issuer)}. Reads the organisation module only through
 * {@code organization.api_unit} and {@code organization.api_lineage}.
 */
package vn.noivu.staffing;
