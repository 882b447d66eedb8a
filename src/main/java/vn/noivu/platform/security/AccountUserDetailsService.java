package vn.noivu.platform.security;

import java.time.Instant;
import java.time.OffsetDateTime;
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

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        SELECT id, username, password_hash, full_name, scope_code, enabled, service, locked_until
                        FROM platform.user_account WHERE username = :username""")
                .param("username", username.toLowerCase())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    boolean nonLocked =
                            lockedUntil == null || lockedUntil.toInstant().isBefore(Instant.now());
                    List<SimpleGrantedAuthority> authorities = jdbc
                            .sql("SELECT role FROM platform.user_role WHERE user_id = :id ORDER BY role")
                            .param("id", id)
                            .query(String.class)
                            .list()
                            .stream()
                            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .toList();
                    return new NoiVuUser(
                            id,
                            rs.getString("username"),
                            rs.getString("password_hash"),
                            rs.getString("full_name"),
                            scopes.resolve(rs.getString("scope_code")),
                            // A service account acts only through API tokens: no password login.
                            rs.getBoolean("enabled") && !rs.getBoolean("service"),
                            nonLocked,
                            authorities);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
