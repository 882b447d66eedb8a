package vn.noivu.review.internal;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a computation over the whole country for a figure a province may be told but not see the parts
 * of: its rank among provinces and the national value. Only those two numbers leave this call (the
 * sections keep the provinces' figures to themselves), so a province's review still shows only that
 * province. Code without a user counts as national ({@code CurrentUser.scope()}).
 */
final class AsNational {

    private AsNational() {}

    static <T> T compute(Supplier<T> work) {
        SecurityContext saved = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            return work.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
}
