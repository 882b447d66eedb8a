package vn.noivu.platform.web;

import java.util.Optional;
import vn.noivu.platform.security.UserScope;

/** A headline figure on the home dashboard, contributed by a module and computed in the user's scope. */
public interface DashboardFigure {

    /** Label key in {@code messages*.properties}. */
    String messageKey();

    /** The figure for this scope, or empty when it does not apply. */
    Optional<Number> value(UserScope scope);

    /** Where the figure drills down to. */
    String link();

    default int order() {
        return 100;
    }
}
