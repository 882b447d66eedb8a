/**
 * The reporting regime (chế độ báo cáo): report forms as effective-dated data, the reports every unit
 * sends per form and period with their workflow (draft → submitted → accepted | returned →
 * resubmitted), consolidation up the hierarchy of the period or re-cast onto today's units through
 * lineage, and completeness and timeliness.
 *
 * <p>Public API: the facade {@link vn.noivu.reporting.ReportingForms}, and the contracts {@link
 * vn.noivu.reporting.PrefillSource} and {@link vn.noivu.reporting.PrefillSources} that other modules
 * implement to pre-fill report cells (personnel, staffing). Reads the organisation module through its
 * facade and the views {@code organization.api_unit_version}, {@code organization.api_unit} and
 * {@code organization.api_lineage}, and the view {@code adminunit.api_unit_version} to count
 * administrative units.
 */
package vn.noivu.reporting;
