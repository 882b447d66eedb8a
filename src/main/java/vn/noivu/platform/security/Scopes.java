package vn.noivu.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Resolves scope codes through the modules' {@link ScopeResolver}s. */
@Component
public class Scopes {

    private final List<ScopeResolver> resolvers;

    /** Names by scope code: read on every page's header, and there are only as many as scopes in use. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

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

    /** The scope's name for a page header; the code itself when no module knows it. */
    public String nameOf(String scopeCode) {
        if (scopeCode == null || scopeCode.isBlank()) {
            return null;
        }
        return names.computeIfAbsent(
                scopeCode,
                code -> resolvers.stream()
                        .map(r -> r.nameOf(code))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(code));
    }
}
