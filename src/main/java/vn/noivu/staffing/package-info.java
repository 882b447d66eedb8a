/**
 * Staffing quotas (biên chế): assigned quotas and actual headcount per organisation unit, year and
 * category, reduction targets and the comparable reduction of any scope across restructuring.
 */
package vn.noivu.staffing;
