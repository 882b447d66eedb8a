package vn.noivu.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.noivu.platform.audit.AuditLog;

/**
 * Follows logins (form and HTTP Basic alike): failures feed the {@link LoginThrottle} (per address and
 * per username and address, never a lock of the account itself, which anyone could trigger) and the
 * rate-limited {@link FailedLoginAudit}; page logins are audited as successes.
 */
@Component
class LoginAttempts {

    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final FailedLoginAudit failures;

    LoginAttempts(AuditLog audit, LoginThrottle throttle, FailedLoginAudit failures) {
        this.audit = audit;
        this.throttle = throttle;
        this.failures = failures;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(
                address(event.getAuthentication()), event.getAuthentication().getName());
    }

    /**
     * A login through the login page. HTTP Basic authenticates every API call and is not audited as a
     * login each time (its failures are).
     */
    @EventListener
    void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "LOGIN_SUCCESS", "user", username, null, null, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = address(event.getAuthentication());
        throttle.failed(address, username);
        failures.failed(address, username, event.getException().getClass().getSimpleName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
