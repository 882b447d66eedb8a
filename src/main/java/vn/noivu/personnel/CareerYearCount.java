package vn.noivu.personnel;

/**
 * Career events of a year counted per unit and staff category, for the annual review: {@code measure}
 * is {@code rating.EXCELLENT|GOOD|COMPLETED|NOT_COMPLETED} (the year's ratings), {@code discipline},
 * {@code retirement}, or {@code streamlining.<regime>} (exits under NĐ 178/2024, NĐ 154/2025…). The unit
 * is the one the person was employed in when the event took effect (for an exit, the one it records).
 */
public record CareerYearCount(String orgCode, String staffCategory, String measure, long count) {}
