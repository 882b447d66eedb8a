package vn.noivu.organization.internal;

import vn.noivu.platform.security.UserScope;

/**
 * A scope's subtree as a range of paths, {@code path COLLATE "C" >= lo AND path COLLATE "C" < hi}:
 * equivalent to {@code path LIKE scope.likePattern()} for paths that end with '/', and usable by the
 * path index in a prepared statement whatever the parameter values.
 */
public record ScopeRange(String lo, String hi) {

    /** The SQL condition on {@code alias.path}, with parameters {@code :scopeLo} and {@code :scopeHi}. */
    public static String on(String alias) {
        return "(" + alias + ".path COLLATE \"C\" >= :scopeLo AND " + alias + ".path COLLATE \"C\" < :scopeHi)";
    }

    public static ScopeRange of(UserScope scope) {
        String path = scope.path();
        // Every path in the subtree starts with the scope's path, which ends with '/'; '0' follows '/'.
        return new ScopeRange(path, path.substring(0, path.length() - 1) + "0");
    }
}
