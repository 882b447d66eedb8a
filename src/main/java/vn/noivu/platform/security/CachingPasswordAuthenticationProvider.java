package vn.noivu.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password logins (the login form and HTTP Basic) that do not run bcrypt again for a
 * password verified a moment ago. HTTP Basic sends the password with every API call, and bcrypt costs
 * ≈ 90 ms of CPU by design, so without this an API client spends most of the server on re-hashing.
 *
 * <p>Everything else is Spring's {@link DaoAuthenticationProvider}: the account is loaded fresh on every
 * call, so a disabled or locked account, and new roles or scope, take effect at once; failures, success
 * events and lock-out are unchanged. Only the bcrypt comparison is skipped, when the same password
 * (compared as an HMAC-SHA-256 under a key drawn at start, never kept in clear) matched the same stored
 * hash less than {@code noivu.security.password-check-cache} ago (default 5 minutes, {@code 0} turns it
 * off). A changed password changes the stored hash, which invalidates the remembered check on every
 * instance; a wrong password always goes through bcrypt and the lock-out.
 */
@Component
class CachingPasswordAuthenticationProvider extends DaoAuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final byte[] key = new byte[32];
    private final Map<String, Check> checks = new ConcurrentHashMap<>();
    private final Counter hashed;
    private final Counter remembered;

    /** A successful check: the presented password's HMAC, the hash it matched, and until when. */
    private record Check(byte[] mac, String passwordHash, long expiresAtNanos) {}

    CachingPasswordAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            MeterRegistry meters,
            @Value("${noivu.security.password-check-cache:5m}") Duration ttl) {
        super(users);
        setPasswordEncoder(encoder);
        this.ttl = ttl;
        new SecureRandom().nextBytes(key);
        this.hashed = Counter.builder("noivu.password.checks")
                .description("Password checks at login and HTTP Basic, by how they were decided")
                .tag("by", "hash")
                .register(meters);
        this.remembered = Counter.builder("noivu.password.checks")
                .description("Password checks at login and HTTP Basic, by how they were decided")
                .tag("by", "remembered")
                .register(meters);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        if (ttl.isZero() || ttl.isNegative() || authentication.getCredentials() == null) {
            hashed.increment();
            super.additionalAuthenticationChecks(user, authentication);
            return;
        }
        String username = user.getUsername();
        byte[] mac = mac(username, authentication.getCredentials().toString());
        Check check = checks.get(username);
        if (check != null
                && check.expiresAtNanos - System.nanoTime() > 0
                && check.passwordHash.equals(user.getPassword())
                && MessageDigest.isEqual(check.mac, mac)) {
            remembered.increment();
            return;
        }
        hashed.increment();
        super.additionalAuthenticationChecks(user, authentication);
        remember(username, new Check(mac, user.getPassword(), System.nanoTime() + ttl.toNanos()));
    }

    private void remember(String username, Check check) {
        if (checks.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            checks.values().removeIf(c -> c.expiresAtNanos - now <= 0);
            if (checks.size() >= MAX_ENTRIES) {
                checks.clear();
            }
        }
        checks.put(username, check);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
