package vn.noivu.platform.users;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.OutOfScopeException;
import vn.noivu.platform.security.Role;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.NotFoundException;

/**
 * User administration: create, disable, re-enable, assign roles and scope, reset and change
 * passwords. An administrator manages only accounts inside their own scope and can hand out only
 * scopes inside it, so a provincial administrator cannot create a national account.
 */
@Service
public class UserAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Scopes scopes;
    private final PasswordPolicy policy;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;

    UserAccounts(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            AuditLog audit,
            Scopes scopes,
            PasswordPolicy policy,
            UserSessions sessions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.scopes = scopes;
        this.policy = policy;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(UserScope scope) {
        List<UserAccount> users = jdbc.sql("""
                        SELECT id, username, full_name, scope_code, enabled, locked_until
                        FROM platform.user_account WHERE scope_path LIKE :scope ORDER BY username""")
                .param("scope", scope.likePattern())
                .query((rs, n) -> new UserAccount(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("scope_code"),
                        rs.getBoolean("enabled"),
                        rs.getObject("locked_until", java.time.OffsetDateTime.class),
                        List.of()))
                .list();
        Map<Long, List<Role>> roles =
                rolesOf(users.stream().map(UserAccount::id).toList());
        return users.stream()
                .map(u -> new UserAccount(
                        u.id(),
                        u.username(),
                        u.fullName(),
                        u.scopeCode(),
                        u.enabled(),
                        u.lockedUntil(),
                        roles.getOrDefault(u.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username, UserScope scope) {
        return list(scope).stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** Whether any account exists (first start creates the administrator). */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM platform.user_account WHERE username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Transactional
    public UserAccount create(NewUser user) {
        UserScope target = scopes.resolve(blankToNull(user.scopeCode()));
        requireManageable(target);
        if (exists(user.username())) {
            // Neutral: the name may belong to another province's account, which this admin may not see.
            throw UserAdministrationException.onField("username", "user.username.unavailable");
        }
        requireAcceptable(user.password(), user.username(), user.fullName(), null);
        return insert(user, target);
    }

    @Transactional
    public UserAccount setEnabled(String username, boolean enabled) {
        UserAccount before = requireInScope(username);
        jdbc.sql("UPDATE platform.user_account SET enabled = :e, failed_attempts = 0, locked_until = NULL"
                        + " WHERE username = :u")
                .param("e", enabled)
                .param("u", username)
                .update();
        UserAccount after = require(username);
        if (!enabled) {
            sessions.endAll(username, null);
        }
        events.publishEvent(new UserAccountChanged(username));
        audit.record(enabled ? "ENABLE" : "DISABLE", "user", username, before, after);
        return after;
    }

    @Transactional
    public UserAccount assign(String username, Collection<Role> roles, String scopeCode) {
        if (roles == null || roles.isEmpty()) {
            throw new UserAdministrationException("user.roles.required", username);
        }
        UserAccount before = requireInScope(username);
        UserScope target = scopes.resolve(blankToNull(scopeCode));
        requireManageable(target);
        jdbc.sql("UPDATE platform.user_account SET scope_code = :scope, scope_path = :path WHERE username = :u")
                .param("scope", target.code())
                .param("path", target.path())
                .param("u", username)
                .update();
        jdbc.sql("DELETE FROM platform.user_role WHERE user_id = :id")
                .param("id", before.id())
                .update();
        insertRoles(before.id(), roles);
        UserAccount after = require(username);
        events.publishEvent(new UserAccountChanged(username));
        audit.record("ASSIGN", "user", username, before, after);
        return after;
    }

    /** Sets a new random password and returns it, to be handed to the user once. */
    @Transactional
    public String resetPassword(String username) {
        UserAccount before = requireInScope(username);
        String password = randomPassword();
        updatePassword(username, password);
        int ended = sessions.endAll(username, null);
        audit.record("RESET_PASSWORD", "user", username, before, require(username), "sessions ended: " + ended);
        return password;
    }

    /**
     * Changes the caller's own password by the policy, and ends their other sessions (a session opened
     * by whoever knew the old password ends with it); {@code currentSession} is kept.
     */
    @Transactional
    public void changeOwnPassword(String username, String current, String replacement, String currentSession) {
        var account = jdbc.sql("SELECT password_hash, full_name FROM platform.user_account WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        if (current == null || !encoder.matches(current, account[0])) {
            throw UserAdministrationException.onField("current", "account.password.wrong");
        }
        requireAcceptable(replacement, username, account[1], current);
        updatePassword(username, replacement);
        int ended = sessions.endAll(username, currentSession);
        audit.record("CHANGE_PASSWORD", "user", username, null, null, "other sessions ended: " + ended);
    }

    private void requireAcceptable(String password, String username, String fullName, String current) {
        policy.problem(password, username, fullName, current).ifPresent(key -> {
            throw UserAdministrationException.onField("password", key);
        });
    }

    /** Creates an account at start-up (first administrator, demo users); audited as the system. */
    @Transactional
    public void createIfMissing(NewUser user) {
        if (!exists(user.username())) {
            insert(user, scopes.resolve(blankToNull(user.scopeCode())));
        }
    }

    private UserAccount insert(NewUser user, UserScope target) {
        long id = jdbc.sql("""
                        INSERT INTO platform.user_account (username, full_name, password_hash, scope_code, scope_path)
                        VALUES (:u, :name, :hash, :scope, :path) RETURNING id""")
                .param("u", user.username())
                .param("name", user.fullName())
                .param("hash", encoder.encode(user.password()))
                .param("scope", target.code())
                .param("path", target.path())
                .query(Long.class)
                .single();
        insertRoles(id, user.roles());
        UserAccount created = require(user.username());
        audit.record("CREATE", "user", user.username(), null, created);
        return created;
    }

    /**
     * Re-resolves every account's scope path. Modules that own the scope tree call this after the
     * tree changed (restructuring, first load), so that scoped user lists and audit stay right.
     */
    @Transactional
    public void refreshScopePaths() {
        jdbc.sql("SELECT DISTINCT scope_code FROM platform.user_account WHERE scope_code IS NOT NULL")
                .query(String.class)
                .list()
                .forEach(
                        code -> jdbc.sql("UPDATE platform.user_account SET scope_path = :path WHERE scope_code = :code")
                                .param("path", scopes.resolve(code).path())
                                .param("code", code)
                                .update());
        events.publishEvent(new UserAccountChanged(null));
    }

    public static String randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void updatePassword(String username, String password) {
        jdbc.sql("""
                        UPDATE platform.user_account
                        SET password_hash = :hash, password_changed_at = now(), failed_attempts = 0, locked_until = NULL
                        WHERE username = :u""")
                .param("hash", encoder.encode(password))
                .param("u", username)
                .update();
    }

    private void insertRoles(long id, Collection<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO platform.user_role (user_id, role) VALUES (:id, :role) ON CONFLICT DO NOTHING")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
    }

    private Map<Long, List<Role>> rolesOf(List<Long> ids) {
        Map<Long, List<Role>> roles = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return roles;
        }
        jdbc.sql("SELECT user_id, role FROM platform.user_role WHERE user_id IN (:ids) ORDER BY role")
                .param("ids", ids)
                .query((rs, n) -> {
                    roles.computeIfAbsent(rs.getLong("user_id"), k -> new ArrayList<>())
                            .add(Role.valueOf(rs.getString("role")));
                    return null;
                })
                .list();
        return roles;
    }

    private UserAccount require(String username) {
        return find(username, UserScope.NATIONAL).orElseThrow(() -> new NotFoundException("user", username));
    }

    private UserAccount requireInScope(String username) {
        // Out of scope looks exactly like absent: an administrator learns nothing about other provinces.
        return find(username, CurrentUser.scope()).orElseThrow(() -> new NotFoundException("user", username));
    }

    private static void requireManageable(UserScope target) {
        UserScope mine = CurrentUser.scope();
        if (!mine.includes(target.path())) {
            throw new OutOfScopeException("scope " + target.code());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
