package vn.noivu.platform.security;

/**
 * The part of the country a user sees and changes: the subtree rooted at {@code code}, or everything
 * when {@code code} is null (national users, e.g. the Ministry).
 *
 * <p>{@code path} is the subtree's materialised path ({@code /} for national, {@code /01/} for the
 * province of Hà Nội before the organisation tree resolves finer scopes). Scoped queries test
 * {@code row_path LIKE scope.path || '%'}, so a scope is one index-friendly predicate in SQL.
 */
public record UserScope(String code, String path) implements java.io.Serializable {

    public static final UserScope NATIONAL = new UserScope(null, "/");

    public boolean isNational() {
        return code == null;
    }

    /** Whether a row whose materialised path is {@code rowPath} lies inside this scope. */
    public boolean includes(String rowPath) {
        return rowPath != null && rowPath.startsWith(path);
    }

    /** The LIKE pattern for scoped SQL: {@code WHERE path LIKE :scopePattern}. */
    public String likePattern() {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
