package vn.noivu.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.noivu.platform.audit.AuditLog;

/**
 * Audits failed logins without letting an anonymous caller flood the append-only log: usernames are
 * cut to {@link LoginThrottle#USERNAME_KEPT} characters, and per client address only the first {@link
 * #PER_MINUTE} failures of a minute get a row each; the rest are counted and written as one row ("…
 * and K more") when the minute is over.
 */
@Component
public class FailedLoginAudit {

    static final int PER_MINUTE = 10;

    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Minute> minutes = new ConcurrentHashMap<>();

    FailedLoginAudit(AuditLog audit) {
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    private record Minute(Instant start, int written, int suppressed) {}

    void failed(String address, String username, String reason) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Minute[] previous = new Minute[1];
        Minute now = minutes.compute(address, (k, m) -> {
            if (m == null || m.start().isBefore(minute)) {
                previous[0] = m;
                return new Minute(minute, 1, 0);
            }
            return m.written() < PER_MINUTE
                    ? new Minute(m.start(), m.written() + 1, m.suppressed())
                    : new Minute(m.start(), m.written(), m.suppressed() + 1);
        });
        summarise(address, previous[0]);
        if (now.suppressed() == 0) {
            String actor = LoginThrottle.kept(username);
            audit.recordAs(actor, "LOGIN_FAILURE", "user", actor, null, null, reason + " from " + address);
        }
    }

    /** Writes what is counted for an address and starts it afresh (tests). */
    public void forget(String address) {
        Minute m = minutes.remove(address);
        summarise(address, m);
    }

    /** Writes the "and K more" rows of minutes that are over. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void flush() {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        minutes.forEach((address, m) -> {
            if (m.start().isBefore(minute) && minutes.remove(address, m)) {
                summarise(address, m);
            }
        });
    }

    private void summarise(String address, Minute m) {
        if (m != null && m.suppressed() > 0) {
            audit.recordAs(
                    "(anonymous)",
                    "LOGIN_FAILURE",
                    "user",
                    null,
                    null,
                    null,
                    "… and " + m.suppressed() + " more failed logins from " + address + " in the minute from "
                            + m.start());
        }
    }
}
