/**
 * The organisational apparatus (tổ chức bộ máy): state agencies and their units with effective-dated
 * history, restructurings (establish, merge, split, dissolve, rename, transfer, retype) and
 * restructuring plans, and the organisation tree that is the platform's scope tree.
 *
 * <p>Public API: the {@link vn.noivu.organization.Organizations} facade, {@link
 * vn.noivu.organization.OrgUnitView}, {@link vn.noivu.organization.OrgTypeChange} (changes per type between
 * two dates), the event {@link vn.noivu.organization.OrganizationsRestructured},
 * and the read-only SQL views {@code organization.api_unit_version}, {@code organization.api_unit} and
 * {@code organization.api_lineage}.
 */
package vn.noivu.organization;
