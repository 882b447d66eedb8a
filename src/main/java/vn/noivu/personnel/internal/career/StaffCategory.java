package vn.noivu.personnel.internal.career;

import java.time.LocalDate;

/**
 * Staff categories of a person's employment, and the staffing category each is counted in (the
 * staffing module's categories; DOMAIN §1.1). Public employees count as paid by the state budget
 * unless their unit finances its recurrent costs itself (autonomy groups 1 and 2, NĐ 60/2021).
 */
public enum StaffCategory {
    /** Cán bộ: elected or appointed for a term. Counted in the cadre and civil-servant quota. */
    CADRE,
    /** Công chức. */
    CIVIL_SERVANT,
    /** Viên chức in a public service unit. */
    PUBLIC_EMPLOYEE,
    /**
     * Cán bộ, công chức cấp xã, until 30/06/2025: from 01/07/2025 they are cadres and civil servants
     * of the single regime (Law 80/2025/QH15; NĐ 170/2025/NĐ-CP repealed the commune civil-servant
     * provisions of NĐ 33/2023/NĐ-CP).
     */
    COMMUNE_OFFICIAL,
    /** Người hoạt động không chuyên trách ở cấp xã. */
    COMMUNE_PART_TIME,
    /** Hợp đồng lao động làm công việc hỗ trợ, phục vụ (NĐ 111/2022/NĐ-CP). */
    CONTRACT;

    private static final StaffCategory[] ALL = values();

    /** The first day commune officials are cadres and civil servants like the others (Law 80/2025/QH15). */
    public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

    /** The first day the category no longer exists, or null while it does. */
    public LocalDate validTo() {
        return this == COMMUNE_OFFICIAL ? REFORM_2025 : null;
    }

    /** Whether a career event may give this category on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return validTo() == null || date.isBefore(validTo());
    }

    public static boolean isValid(String code) {
        for (StaffCategory c : ALL) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The staffing category on {@code date}, given the autonomy group of the unit (null when not a
     * public service unit). A commune official still recorded
     * as such after the 2025 reform counts as a civil servant, the category that took over its quota
     * (docs/staffing-comparability.md, "Categories across the 2025 reform").
     */
    public String staffingCategory(Integer autonomyGroup, LocalDate date) {
        if (this == COMMUNE_OFFICIAL && date != null && !inForceOn(date)) {
            return "CIVIL_SERVANT";
        }
        return switch (this) {
            case CADRE, CIVIL_SERVANT -> "CIVIL_SERVANT";
            case PUBLIC_EMPLOYEE ->
                autonomyGroup != null && autonomyGroup <= 2 ? "PUBLIC_EMPLOYEE_SELF" : "PUBLIC_EMPLOYEE_BUDGET";
            case COMMUNE_OFFICIAL -> "COMMUNE_OFFICIAL";
            case COMMUNE_PART_TIME -> "COMMUNE_PART_TIME";
            case CONTRACT -> "SUPPORT_CONTRACT";
        };
    }
}
