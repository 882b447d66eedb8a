package vn.noivu.reward.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits the public's comments on nominees in notice, which anyone may send without login: at most
 * {@link #PER_WINDOW} comments per client address in {@link #WINDOW}. Kept in memory per instance (as
 * the login throttle is); addresses are kept only as a salted hash, which is also what the audit
 * records of a comment.
 */
@Component
public class CommentThrottle {

    static final int PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_CLIENTS = 50_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[16];
    private final Clock clock;

    CommentThrottle() {
        this(Clock.systemUTC());
    }

    CommentThrottle(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** The salted hash by which a client address is kept and audited. */
    public String clientHash(String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of()
                    .formatHex(sha.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Counts a comment of this client if it is still within its allowance; false when refused. */
    public boolean tryAcquire(String clientHash) {
        Instant now = clock.instant();
        if (recent.size() > MAX_CLIENTS) {
            recent.values().removeIf(q -> q.isEmpty() || q.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(clientHash, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= PER_WINDOW) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
