package vn.noivu.platform.security;

import java.util.Optional;

/**
 * Turns a scope code into its materialised path. Business modules that own a tree (the organisation
 * module) contribute one; when none knows the code, the platform treats it as a province code with
 * path {@code /CODE/}.
 */
public interface ScopeResolver {

    Optional<String> pathOf(String scopeCode);

    /** The name a person reads for a scope code ("Hà Nội" for {@code 01}), when this resolver knows it. */
    default Optional<String> nameOf(String scopeCode) {
        return Optional.empty();
    }
}
