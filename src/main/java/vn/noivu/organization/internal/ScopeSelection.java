package vn.noivu.organization.internal;

import org.springframework.stereotype.Component;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.NotFoundException;

/**
 * The scope a request asks for ({@code scope=01}, {@code scope=UBND.01.SNV}) within the user's own:
 * the narrower of the two; a scope outside the user's is answered as unknown (404).
 */
@Component
public class ScopeSelection {

    private final OrganizationScopeResolver resolver;

    ScopeSelection(OrganizationScopeResolver resolver) {
        this.resolver = resolver;
    }

    public UserScope resolve(String code) {
        UserScope mine = CurrentUser.scope();
        if (code == null || code.isBlank()) {
            return mine;
        }
        String path = resolver.pathOf(code.trim()).orElseThrow(() -> new NotFoundException("scope", code));
        UserScope asked = new UserScope(code.trim(), path);
        if (mine.includes(path)) {
            return asked;
        }
        if (asked.includes(mine.path())) {
            return mine;
        }
        throw new NotFoundException("scope", code);
    }
}
