package vn.noivu.platform.security.tokens;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.users.NewUser;
import vn.noivu.platform.users.UserAccount;
import vn.noivu.platform.users.UserAccountChanged;
import vn.noivu.platform.users.UserAccounts;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Issues, lists and revokes API tokens, and authenticates the calls that carry one. An administrator
 * issues tokens only for accounts inside their own scope, and a token sees what its account sees: its
 * roles and scope are those of the account, so a locked or disabled account's tokens stop working at
 * once. Issue and revoke are audited; use is not (it is recorded as the last-used time, written at most
 * once a minute).
 *
 * <p>A token checked once is remembered for a minute (its hash, expiry, account and roles): an
 * integration calls many times a second, and reading the token and its account on every call was a
 * third of the statements of a light API read. What could change the answer forgets it as soon as it
 * commits — a revocation here, an account disabled, its roles or scope changed ({@link
 * UserAccountChanged}) — and the minute bounds anything changed behind NoiVu's back.
 */
@Service
public class ApiTokens {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a checked token is remembered when nothing NoiVu knows of changes it. */
    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Scopes scopes;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, AuditLog audit, Scopes scopes, UserAccounts accounts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scopes = scopes;
        this.accounts = accounts;
        this.events = events;
    }

    /** Tokens of the accounts inside {@code scope}, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> list(UserScope scope) {
        return jdbc.sql(SELECT + " WHERE a.scope_path LIKE :scope ORDER BY t.created_at DESC, t.id DESC")
                .param("scope", scope.likePattern())
                .query(ApiTokens::token)
                .list();
    }

    /** Issues a token and returns its secret, which is not stored and cannot be shown again. */
    @Transactional
    public IssuedApiToken issue(NewApiToken request) {
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate expiresOn = request.expiresOn();
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(1))) {
            throw new BusinessRuleException("expiresOn", "token.expiresOn.range", new Object[] {
                today.plusYears(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            });
        }
        UserAccount account = accounts.find(request.account().trim().toLowerCase(), CurrentUser.scope())
                .orElseThrow(() -> new BusinessRuleException(
                        "account", "token.account.unknown", new Object[] {request.account()}));
        TokenSecret secret = TokenSecret.generate();
        long id = jdbc.sql("""
                        INSERT INTO platform.api_token (token_id, secret_hash, name, user_id, access, expires_at, created_by)
                        VALUES (:tokenId, :hash, :name, :userId, :access, :expiresAt, :createdBy) RETURNING id""")
                .param("tokenId", secret.tokenId())
                .param("hash", secret.hash())
                .param("name", request.name().trim())
                .param("userId", account.id())
                .param("access", request.access().name())
                .param("expiresAt", expiresOn.atStartOfDay(VIETNAM).toOffsetDateTime())
                .param("createdBy", CurrentUser.actor())
                .query(Long.class)
                .single();
        ApiToken created = require(id);
        audit.record("CREATE", "api-token", created.tokenId(), null, created);
        return new IssuedApiToken(secret.token(), created);
    }

    /** Revokes a token of an account inside the caller's scope; revoking twice changes nothing. */
    @Transactional
    public ApiToken revoke(long id) {
        ApiToken before = find(id, CurrentUser.scope()).orElseThrow(() -> new NotFoundException("api-token", id));
        if (before.revokedAt() != null) {
            return before;
        }
        jdbc.sql("UPDATE platform.api_token SET revoked_at = now(), revoked_by = :by WHERE id = :id")
                .param("by", CurrentUser.actor())
                .param("id", id)
                .update();
        ApiToken after = require(id);
        events.publishEvent(new Revoked(after.tokenId()));
        audit.record("REVOKE", "api-token", after.tokenId(), before, after);
        return after;
    }

    /**
     * Creates a service account: an account with roles and scope like any user (created through the
     * user administration, so the same scope rules and audit apply) that acts only through tokens. Its
     * password is random and never shown; password logins of service accounts are refused.
     */
    @Transactional
    public UserAccount createServiceAccount(NewServiceAccount request) {
        UserAccount account = accounts.create(new NewUser(
                request.username(), request.fullName(), unusablePassword(), request.scopeCode(), request.roles()));
        jdbc.sql("UPDATE platform.user_account SET service = true WHERE id = :id")
                .param("id", account.id())
                .update();
        audit.record("MARK_SERVICE", "user", account.username(), null, null, "service account: API tokens only");
        return account;
    }

    /** Usernames of the service accounts inside {@code scope}. */
    @Transactional(readOnly = true)
    public List<String> serviceAccounts(UserScope scope) {
        return jdbc.sql("""
                        SELECT username FROM platform.user_account
                        WHERE service AND scope_path LIKE :scope ORDER BY username""")
                .param("scope", scope.likePattern())
                .query(String.class)
                .list();
    }

    /**
     * The account a bearer token acts as, or empty when the token is unknown, wrong, expired or revoked,
     * or its account is disabled or locked. One indexed query; the last-used time is written only when
     * the stored one is more than a minute old.
     */
    public Optional<ApiTokenAuthentication> authenticate(String bearer) {
        Optional<TokenSecret> parsed = TokenSecret.parse(bearer);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        TokenSecret presented = parsed.get();
        Instant now = Instant.now();
        Checked known = checked.get(presented.tokenId());
        if (known == null || !known.until().isAfter(now)) {
            known = read(presented).map(row -> remember(row, presented, now)).orElse(null);
        }
        if (known == null || !known.expiresAt().isAfter(now) || !presented.matches(known.secretHash())) {
            return Optional.empty();
        }
        return Optional.of(known.authentication());
    }

    /** The token's row if its secret, dates and account all pass; touches its last-used time. */
    private Optional<Row> read(TokenSecret presented) {
        Optional<Row> found = jdbc.sql("""
                        SELECT t.id, t.secret_hash, t.access, t.expires_at,
                               t.expires_at > now() AND t.revoked_at IS NULL AS live,
                               t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute' AS stale,
                               a.id AS user_id, a.username, a.full_name, a.scope_code,
                               a.enabled AND (a.locked_until IS NULL OR a.locked_until <= now()) AS usable,
                               ARRAY(SELECT r.role FROM platform.user_role r WHERE r.user_id = a.id ORDER BY r.role) AS roles
                        FROM platform.api_token t JOIN platform.user_account a ON a.id = t.user_id
                        WHERE t.token_id = :tokenId""")
                .param("tokenId", presented.tokenId())
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        presented.matches(rs.getBytes("secret_hash"))
                                && rs.getBoolean("live")
                                && rs.getBoolean("usable"),
                        rs.getBytes("secret_hash"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("stale"),
                        TokenAccess.valueOf(rs.getString("access")),
                        rs.getLong("user_id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("scope_code"),
                        roles(rs.getArray("roles"))))
                .optional()
                .filter(Row::valid);
        found.filter(Row::stale).ifPresent(row -> touch(row.id()));
        return found;
    }

    private Checked remember(Row row, TokenSecret presented, Instant now) {
        NoiVuUser account = new NoiVuUser(
                row.userId(),
                row.username(),
                "",
                row.fullName(),
                scopes.resolve(row.scopeCode()),
                true,
                true,
                row.roles());
        Checked known = new Checked(
                new ApiTokenAuthentication(account, presented.tokenId(), row.access()),
                row.secretHash(),
                row.expiresAt(),
                now.plus(REMEMBERED));
        checked.put(presented.tokenId(), known);
        return known;
    }

    /** Forgets a revoked token once its revocation is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    public void forget(Revoked revoked) {
        checked.remove(revoked.tokenId());
    }

    /** Forgets the tokens of an account whose state, roles or scope changed (null: of every account). */
    @TransactionalEventListener(fallbackExecution = true)
    public void forget(UserAccountChanged changed) {
        checked.values()
                .removeIf(known -> changed.username() == null
                        || changed.username().equals(known.authentication().getName()));
    }

    record Revoked(String tokenId) {}

    /** A token that passed its checks: remembered until {@code until}, valid until {@code expiresAt}. */
    private record Checked(
            ApiTokenAuthentication authentication, byte[] secretHash, Instant expiresAt, Instant until) {}

    /** A token row as read for a call; {@code valid} when its secret, dates and account all pass. */
    private record Row(
            long id,
            boolean valid,
            byte[] secretHash,
            Instant expiresAt,
            boolean stale,
            TokenAccess access,
            long userId,
            String username,
            String fullName,
            String scopeCode,
            List<SimpleGrantedAuthority> roles) {}

    private void touch(long id) {
        jdbc.sql("""
                        UPDATE platform.api_token SET last_used_at = now()
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""").param("id", id).update();
    }

    private static List<SimpleGrantedAuthority> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    private static final String SELECT = """
            SELECT t.id, t.token_id, t.name, a.username, a.service, t.access, t.expires_at, t.created_at,
                   t.created_by, t.last_used_at, t.revoked_at, t.revoked_by
            FROM platform.api_token t JOIN platform.user_account a ON a.id = t.user_id""";

    private Optional<ApiToken> find(long id, UserScope scope) {
        return jdbc.sql(SELECT + " WHERE t.id = :id AND a.scope_path LIKE :scope")
                .param("id", id)
                .param("scope", scope.likePattern())
                .query(ApiTokens::token)
                .optional();
    }

    private ApiToken require(long id) {
        return find(id, UserScope.NATIONAL).orElseThrow(() -> new NotFoundException("api-token", id));
    }

    private static ApiToken token(java.sql.ResultSet rs, int n) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("token_id"),
                rs.getString("name"),
                rs.getString("username"),
                rs.getBoolean("service"),
                TokenAccess.valueOf(rs.getString("access")),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"),
                rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getString("revoked_by"));
    }

    /** A password nobody knows, long and mixed enough for any password policy. */
    private static String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-Sv9x";
    }
}
