package vn.noivu.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user behind the current request; the scope every query of that request must apply. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<NoiVuUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof NoiVuUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The current user's scope; code running without a user (start-up, jobs) is national. */
    public static UserScope scope() {
        return get().map(NoiVuUser::scope).orElse(UserScope.NATIONAL);
    }

    /** The name recorded as the actor of audited changes. */
    public static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() ? auth.getName() : "system";
    }
}
