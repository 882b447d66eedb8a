package vn.noivu.personnel.internal;

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
    /** Cán bộ, công chức cấp xã. */
    COMMUNE_OFFICIAL,
    /** Người hoạt động không chuyên trách ở cấp xã. */
    COMMUNE_PART_TIME,
    /** Hợp đồng lao động làm công việc hỗ trợ, phục vụ (NĐ 111/2022/NĐ-CP). */
    CONTRACT;

    private static final StaffCategory[] ALL = values();

    public static boolean isValid(String code) {
        for (StaffCategory c : ALL) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The staffing category, given the autonomy group of the unit (null when not a public service unit). */
    public String staffingCategory(Integer autonomyGroup) {
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
