package vn.noivu.platform.security;

import java.util.Optional;

/**
 * Turns a scope code into its materialised path. Business modules that own a tree (the organisation
 * module) contribute one; when none knows the code, the platform treats it as a province code with
 * path {@code /CODE/}.
 */
public interface ScopeResolver {

    Optional<String> pathOf(String scopeCode);
}
