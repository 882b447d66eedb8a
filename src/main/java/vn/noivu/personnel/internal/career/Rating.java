package vn.noivu.personnel.internal.career;

/**
 * The four ratings of the annual evaluation (xếp loại chất lượng): hoàn thành xuất sắc, hoàn thành
 * tốt, hoàn thành, không hoàn thành nhiệm vụ (NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023/NĐ-CP for
 * cadres and civil servants; NĐ 233/2026/NĐ-CP for public employees from 01/07/2026).
 */
public enum Rating {
    EXCELLENT,
    GOOD,
    COMPLETED,
    NOT_COMPLETED;

    public static boolean isValid(String code) {
        for (Rating r : values()) {
            if (r.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
