package vn.noivu.reporting.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.NotFoundException;

/**
 * Turns the {@code scope} parameter (a province code such as {@code 01}, or an organisation code) into
 * a subtree of today's tree the current user may read: none means the user's own scope; an unknown
 * scope or one outside the user's looks the same (404).
 */
@Component
public class ReportingScope {

    private static final Pattern PROVINCE = Pattern.compile("^[0-9]{2}$");

    private final Scopes scopes;
    private final Organizations organizations;

    ReportingScope(Scopes scopes, Organizations organizations) {
        this.scopes = scopes;
        this.organizations = organizations;
    }

    public UserScope readable(String requested) {
        UserScope user = CurrentUser.scope();
        if (requested == null || requested.isBlank()) {
            return user;
        }
        String code = requested.trim().toUpperCase(Locale.ROOT);
        if (!PROVINCE.matcher(code).matches() && !organizations.exists(code)) {
            throw new NotFoundException("scope", requested);
        }
        UserScope asked = scopes.resolve(code);
        if (!user.includes(asked.path())) {
            throw new NotFoundException("scope", requested);
        }
        return asked;
    }

    /** The code of the unit at the root of a scope's subtree (null for the whole country). */
    public static String rootCode(UserScope scope) {
        String path = scope.path();
        if (path.equals("/")) {
            return null;
        }
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
