/**
 * The annual review (báo cáo tổng kết): every figure of the sector's year for a scope, computed from the
 * other modules, as a page, JSON and an administrative report (NĐ 30/2020/NĐ-CP), with drafts whose
 * approved version is frozen.
 *
 * <p>Public API: the {@link vn.noivu.review.Reviews} facade, its records, and {@link
 * vn.noivu.review.ReviewSection}, which any module implements as a bean to add its section (the
 * sector's sections it may fill are listed in {@link vn.noivu.review.SectionSlot}). Reads other modules
 * (organization, adminunit, staffing, personnel, reform, reward, reporting) only through their facades
 * and the published view {@code organization.api_unit} (docs/decisions/001).
 */
package vn.noivu.review;
