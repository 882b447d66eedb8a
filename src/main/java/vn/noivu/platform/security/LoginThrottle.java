package vn.noivu.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking owners out. Failed logins are counted per client address
 * and per (username, address): after {@link #ACCOUNT_FREE} failures for one username from one address,
 * or {@link #ADDRESS_FREE} failures of any usernames from one address, further attempts from that
 * address are refused for a delay that doubles with each failure (from {@link #FIRST_DELAY} up to
 * {@link #MAX_DELAY}), whatever the username — existing or not, so the answer tells nothing about
 * accounts. The owner signing in from another address is not affected. Counts are forgotten
 * {@link #WINDOW} after the last failure. Kept in memory per instance: behind a load balancer an
 * attacker gains at most the number of instances as a factor.
 */
@Component
public class LoginThrottle {

    static final int ACCOUNT_FREE = 5;
    static final int ADDRESS_FREE = 20;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Usernames are cut to this length in keys (and in the audit log). */
    static final int USERNAME_KEPT = 100;

    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {}

    /** How long this address must wait before trying this username again; empty if it may try now. */
    public Optional<Duration> wait(String address, String username) {
        Instant now = clock.instant();
        Instant until = later(
                blockedUntil(byAddress.get(address), now), blockedUntil(byAccount.get(key(address, username)), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    void failed(String address, String username) {
        Instant now = clock.instant();
        if (byAddress.size() + byAccount.size() > MAX_ENTRIES) {
            forgetExpired(now);
        }
        byAddress.compute(address, (k, f) -> next(f, now, ADDRESS_FREE));
        byAccount.compute(key(address, username), (k, f) -> next(f, now, ACCOUNT_FREE));
    }

    /** A success from this address clears its count for this username (not the address's own count). */
    void succeeded(String address, String username) {
        byAccount.remove(key(address, username));
    }

    /** Forgets everything about an address (an administrator's unblock; tests). */
    public void forget(String address) {
        byAddress.remove(address);
        byAccount.keySet().removeIf(k -> k.startsWith(address + "\n"));
    }

    private Failures next(Failures f, Instant now, int free) {
        int count = f == null || expired(f, now) ? 1 : f.count() + 1;
        Instant blocked = null;
        if (count >= free) {
            int doublings = Math.min(count - free, 20);
            Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
            blocked = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
        return new Failures(count, now, blocked);
    }

    private void forgetExpired(Instant now) {
        byAddress.values().removeIf(f -> expired(f, now));
        byAccount.values().removeIf(f -> expired(f, now));
    }

    private static boolean expired(Failures f, Instant now) {
        return f.last().plus(WINDOW).isBefore(now)
                && (f.blockedUntil() == null || f.blockedUntil().isBefore(now));
    }

    private static Instant blockedUntil(Failures f, Instant now) {
        return f == null || f.blockedUntil() == null || !f.blockedUntil().isAfter(now) ? null : f.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    static String key(String address, String username) {
        return address + "\n" + kept(username);
    }

    /** The username as kept: lower case, at most {@link #USERNAME_KEPT} characters. */
    static String kept(String username) {
        String u = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return u.length() > USERNAME_KEPT ? u.substring(0, USERNAME_KEPT) : u;
    }
}
