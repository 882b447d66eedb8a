package vn.noivu.staffing;

/**
 * A part of the country staffing figures are computed for: the subtree of organisation units whose
 * scope path starts with {@code path}. {@code code} is the scope code asked for (a province code, an
 * organisation code), null for the whole country; {@code name} the unit at its root.
 */
public record StaffingScope(String code, String path, String name) {

    public boolean national() {
        return "/".equals(path);
    }

    /** The LIKE pattern for {@code path LIKE :scope}. */
    public String likePattern() {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public boolean includes(String rowPath) {
        return rowPath != null && rowPath.startsWith(path);
    }
}
