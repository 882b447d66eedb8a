package vn.noivu.platform.security;

import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.platform.audit.AuditLog;

/**
 * Counts failed logins (form and HTTP Basic alike) and locks an account for {@link #LOCK_DURATION}
 * after {@link #MAX_FAILURES} in a row; every success, failure and lock-out is audited.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    LoginAttempts(JdbcClient jdbc, AuditLog audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("""
                        UPDATE platform.user_account SET failed_attempts = 0, locked_until = NULL
                        WHERE username = :u AND (failed_attempts > 0 OR locked_until IS NOT NULL)""").param("u", username).update();
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
        String username =
                String.valueOf(event.getAuthentication().getPrincipal()).toLowerCase();
        String reason = event.getException().getClass().getSimpleName();
        tx.executeWithoutResult(status -> {
            audit.recordAs(username, "LOGIN_FAILURE", "user", username, null, null, reason);
            if (event instanceof AuthenticationFailureBadCredentialsEvent) {
                Integer failures = jdbc.sql("""
                                UPDATE platform.user_account SET failed_attempts = failed_attempts + 1
                                WHERE username = :u RETURNING failed_attempts""")
                        .param("u", username)
                        .query(Integer.class)
                        .optional()
                        .orElse(0);
                if (failures >= MAX_FAILURES) {
                    jdbc.sql("""
                                    UPDATE platform.user_account
                                    SET locked_until = now() + make_interval(mins => :minutes), failed_attempts = 0
                                    WHERE username = :u""")
                            .param("minutes", (int) LOCK_DURATION.toMinutes())
                            .param("u", username)
                            .update();
                    audit.recordAs(
                            username,
                            "LOCKOUT",
                            "user",
                            username,
                            null,
                            null,
                            "locked for " + LOCK_DURATION.toMinutes() + " minutes after " + MAX_FAILURES
                                    + " failed logins");
                }
            }
        });
    }
}
