package vn.noivu.platform.security;

/**
 * What a user may do. ADMIN (quản trị hệ thống) includes every other role; EDITOR (cán bộ nhập liệu)
 * and APPROVER (lãnh đạo phê duyệt) include VIEWER (chỉ xem).
 */
public enum Role {
    ADMIN,
    EDITOR,
    APPROVER,
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
