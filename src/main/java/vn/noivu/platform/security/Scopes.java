package vn.noivu.platform.security;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Resolves scope codes through the modules' {@link ScopeResolver}s. */
@Component
public class Scopes {

    private final List<ScopeResolver> resolvers;

    Scopes(List<ScopeResolver> resolvers) {
        this.resolvers = resolvers;
    }

    public UserScope resolve(String scopeCode) {
        if (scopeCode == null || scopeCode.isBlank()) {
            return UserScope.NATIONAL;
        }
        String path = resolvers.stream()
                .map(r -> r.pathOf(scopeCode))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse("/" + scopeCode + "/");
        return new UserScope(scopeCode, path);
    }
}
