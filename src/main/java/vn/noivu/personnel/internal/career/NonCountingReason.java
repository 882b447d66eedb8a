package vn.noivu.personnel.internal.career;

/**
 * Why a period does not count toward the next regular step: TT 08/2013/TT-BNV Art. 2(1)(c) as amended
 * by TT 03/2021/TT-BNV Art. 1(3) [S]. Probation, also in that list, is applied from the recruitment.
 */
public enum NonCountingReason {
    /** nghỉ việc riêng không hưởng lương */
    UNPAID_LEAVE,
    /** đi làm chuyên gia, đi học, thực tập, công tác, khảo sát vượt quá thời hạn được quyết định */
    OVERSTAY,
    /** bị đình chỉ công tác */
    SUSPENSION,
    /** bị tạm giữ, tạm giam */
    DETENTION,
    /** đào ngũ trong thời gian thực hiện nghĩa vụ quân sự */
    DESERTION,
    /** thời gian thử thách của án treo */
    SUSPENDED_SENTENCE,
    /** nghỉ công tác chờ đủ tuổi nghỉ hưu */
    AWAITING_RETIREMENT,
    /**
     * các loại thời gian không làm việc khác ngoài điểm b — e.g. sick leave beyond the 6 months in the
     * step that point b counts
     */
    OTHER_ABSENCE;

    public static boolean isValid(String code) {
        for (NonCountingReason r : values()) {
            if (r.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
