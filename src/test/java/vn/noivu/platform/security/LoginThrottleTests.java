package vn.noivu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresMakeThisAddressWaitForThisUsernameButNotTheOwnerElsewhere() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.66", "admin");
        }
        assertThat(throttle.wait("10.0.0.66", "admin")).isEmpty();
        throttle.failed("10.0.0.66", "admin");
        assertThat(throttle.wait("10.0.0.66", "admin")).hasValue(Duration.ofSeconds(5));
        assertThat(throttle.wait("10.0.0.66", "ADMIN")).isPresent();
        assertThat(throttle.wait("10.0.0.7", "admin")).isEmpty();
        assertThat(throttle.wait("10.0.0.66", "hanoi.editor")).isEmpty();
    }

    @Test
    void theDelayDoublesWithEveryFailureUpToFifteenMinutes() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("10.0.0.66", "admin");
        }
        assertThat(throttle.wait("10.0.0.66", "admin")).hasValue(Duration.ofSeconds(10));
        throttle.failed("10.0.0.66", "admin");
        assertThat(throttle.wait("10.0.0.66", "admin")).hasValue(Duration.ofSeconds(20));
        for (int i = 0; i < 20; i++) {
            throttle.failed("10.0.0.66", "admin");
        }
        assertThat(throttle.wait("10.0.0.66", "admin")).hasValue(Duration.ofMinutes(15));
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.wait("10.0.0.66", "admin")).isEmpty();
    }

    @Test
    void manyUsernamesFromOneAddressMakeTheAddressWait() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("10.0.0.66", "user" + i);
        }
        assertThat(throttle.wait("10.0.0.66", "someone")).isEmpty();
        throttle.failed("10.0.0.66", "user19");
        assertThat(throttle.wait("10.0.0.66", "someone")).isPresent();
        assertThat(throttle.wait("10.0.0.7", "someone")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsernamesCountAndCountsAreForgottenAfterTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.66", "admin");
        }
        throttle.succeeded("10.0.0.66", "admin");
        throttle.failed("10.0.0.66", "admin");
        assertThat(throttle.wait("10.0.0.66", "admin")).isEmpty();
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.66", "admin");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.failed("10.0.0.66", "admin");
        assertThat(throttle.wait("10.0.0.66", "admin")).isEmpty();
    }
}
