package vn.noivu.staffing.internal;

import java.util.Map;

/**
 * A scope's subtree as a range of scope paths, {@code path COLLATE "C" >= lo AND path COLLATE "C" < hi}
 * (every path under {@code /A/B/} starts with it, and '0' follows '/'): the organisation's path index is
 * bytewise, so this predicate uses it in a prepared statement whatever the parameter values, where
 * {@code LIKE :pattern} cannot once the driver switches to a generic plan.
 */
final class PathRange {

    private PathRange() {}

    /** The condition on {@code alias.path} with parameters {@code :<name>Lo} and {@code :<name>Hi}. */
    static String on(String alias, String name) {
        return "(" + alias + ".path COLLATE \"C\" >= :" + name + "Lo AND " + alias + ".path COLLATE \"C\" < :" + name
                + "Hi)";
    }

    static String on(String alias) {
        return on(alias, "scope");
    }

    /** The parameters of {@link #on(String, String)} for the subtree at {@code path} (ending with '/'). */
    static Map<String, Object> params(String name, String path) {
        return Map.of(name + "Lo", path, name + "Hi", path.substring(0, path.length() - 1) + "0");
    }

    static Map<String, Object> params(String path) {
        return params("scope", path);
    }
}
