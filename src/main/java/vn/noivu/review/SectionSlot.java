package vn.noivu.review;

import java.util.List;

/**
 * The sections of a review in the order the sector's reports use. A section appears when some module
 * contributes a {@link ReviewSection} with its key; until then the review lists it as missing ("chưa
 * có"), so adding a module's section needs no change here.
 */
public record SectionSlot(String key, String title) {

    public static final String APPARATUS = "apparatus";
    public static final String ADMIN_UNITS = "adminunits";
    public static final String STAFFING = "staffing";
    public static final String PERSONNEL = "personnel";
    public static final String REFORM = "reform";
    public static final String REWARDS = "rewards";
    public static final String REPORTING = "reporting";

    public static final List<SectionSlot> ORDER = List.of(
            new SectionSlot(APPARATUS, "Tổ chức bộ máy"),
            new SectionSlot(ADMIN_UNITS, "Đơn vị hành chính"),
            new SectionSlot(STAFFING, "Biên chế và tinh giản biên chế"),
            new SectionSlot(PERSONNEL, "Cán bộ, công chức, viên chức"),
            new SectionSlot(REFORM, "Cải cách hành chính (Chỉ số PAR Index)"),
            new SectionSlot(REWARDS, "Thi đua, khen thưởng"),
            new SectionSlot(REPORTING, "Chế độ báo cáo"));
}
