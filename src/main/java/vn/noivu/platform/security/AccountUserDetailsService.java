package vn.noivu.platform.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from {@code platform.user_account} for form login and HTTP Basic alike. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Scopes scopes;

    AccountUserDetailsService(JdbcClient jdbc, Scopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    private record Account(
            long id,
            String username,
            String passwordHash,
            String fullName,
            String scopeCode,
            boolean enabled,
            boolean nonLocked,
            List<SimpleGrantedAuthority> authorities) {}

    @Override
    public UserDetails loadUserByUsername(String username) {
        // One query with the roles, and the scope resolved after it: a second query run while the first
        // one's row is read would hold two pooled connections per login, and concurrent API calls then
        // wait on each other until the pool times out (401s under load).
        Account account = jdbc.sql("""
                        SELECT a.id, a.username, a.password_hash, a.full_name, a.scope_code, a.enabled, a.service,
                               a.locked_until,
                               ARRAY(SELECT r.role FROM platform.user_role r WHERE r.user_id = a.id ORDER BY r.role) AS roles
                        FROM platform.user_account a WHERE a.username = :username""")
                .param("username", username.toLowerCase())
                .query((rs, n) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return new Account(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("password_hash"),
                            rs.getString("full_name"),
                            rs.getString("scope_code"),
                            // A service account acts only through API tokens: no password login.
                            rs.getBoolean("enabled") && !rs.getBoolean("service"),
                            lockedUntil == null || lockedUntil.toInstant().isBefore(Instant.now()),
                            Arrays.stream((String[]) rs.getArray("roles").getArray())
                                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                                    .toList());
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new NoiVuUser(
                account.id(),
                account.username(),
                account.passwordHash(),
                account.fullName(),
                scopes.resolve(account.scopeCode()),
                account.enabled(),
                account.nonLocked(),
                account.authorities());
    }
}
