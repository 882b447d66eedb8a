/**
 * Administrative reform index (Chỉ số cải cách hành chính, PAR Index) and satisfaction index (SIPAS):
 * methods as data per year and evaluated set, self-assessment and appraisal, survey and published
 * scores, and the index with national and regional ranks.
 *
 * <p>Public API: the {@link vn.noivu.reform.Reform} facade and its records. Reads provinces as of a
 * year and their lineage through the {@link vn.noivu.adminunit.AdminUnits} facade; publishes no view.
 */
package vn.noivu.reform;
