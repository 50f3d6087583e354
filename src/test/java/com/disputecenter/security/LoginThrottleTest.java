package com.disputecenter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rules, on nodes that share one store of failures as the desk's nodes share the database. */
class LoginThrottleTest {

    private final InMemoryLoginFailures database = new InMemoryLoginFailures();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final LoginThrottle node = new LoginThrottle(database, clock);

    private void fail(LoginThrottle on, String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(on.waitBefore(user, address)).as("attempt %s of %s from %s", i + 1, user, address).isEmpty();
            on.failed(user, address);
            clock.move(Duration.ofSeconds(1));
        }
    }

    @Test
    void tenFailuresOfOneNameLockItOutFromEveryAddressUntilTheFirstOfThemIsFiveMinutesOld() {
        fail(node, "mallory-target", "203.0.113.1", 5);
        fail(node, "mallory-target", "203.0.113.2", 5);
        // the first failure was at 09:00:00, now it is 09:00:10
        assertThat(node.waitBefore("mallory-target", "198.51.100.9")).hasValue(Duration.ofSeconds(290));
        assertThat(node.waitBefore("someone-else", "198.51.100.9")).isEmpty();

        clock.move(Duration.ofSeconds(290));
        assertThat(node.waitBefore("mallory-target", "198.51.100.9")).isEmpty();
    }

    @Test
    void tenFailuresFromOneAddressLockItOutForEveryName() {
        for (int i = 0; i < 10; i++) {
            fail(node, "name-" + i, "203.0.113.7", 1);
        }
        assertThat(node.waitBefore("bob", "203.0.113.7")).isPresent();
        assertThat(node.waitBefore("bob", "203.0.113.8")).isEmpty();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        fail(node, "a", "2001:db8:1:2::1", 5);
        fail(node, "b", "2001:db8:1:2:ffff::9", 5);
        assertThat(node.waitBefore("c", "2001:db8:1:2:abcd::77")).isPresent();
        assertThat(node.waitBefore("c", "2001:db8:1:3::1")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheNamesFailures() {
        fail(node, "sue", "203.0.113.20", 9);
        node.succeeded("sue", "203.0.113.20");
        fail(node, "sue", "203.0.113.20", 9);
        assertThat(node.waitBefore("sue", "203.0.113.20")).isEmpty();
        node.failed("sue", "203.0.113.20");
        assertThat(node.waitBefore("sue", "203.0.113.20")).isPresent();
    }

    @Test
    void aLoginCostsNoStatementWhileTheNodeKnowsNoFailuresOfItsNameOrAddress() {
        for (int i = 0; i < 100; i++) {
            assertThat(node.waitBefore("bob", "203.0.113.30")).isEmpty();
            node.succeeded("bob", "203.0.113.30");
        }
        assertThat(database.statements).isZero();

        node.failed("bob", "203.0.113.30");
        int afterFailure = database.statements;
        assertThat(afterFailure).as("an insert and a count per name and address, and the first purge").isEqualTo(4);
        node.succeeded("bob", "203.0.113.30");
        assertThat(database.statements).as("one delete: the failure is forgotten").isEqualTo(afterFailure + 1);
        node.succeeded("bob", "203.0.113.30");
        assertThat(database.statements).isEqualTo(afterFailure + 1);
    }

    @Test
    void acrossNodesEachNodeLetsAtMostOneMoreGuessThroughAfterTheLockOut() {
        LoginThrottle second = new LoginThrottle(database, clock);
        LoginThrottle third = new LoginThrottle(database, clock);
        fail(node, "ann", "203.0.113.40", 10);
        assertThat(node.waitBefore("ann", "198.51.100.1")).isPresent();

        // the other nodes learn it from their next failure of the name, and refuse from then on
        for (LoginThrottle other : new LoginThrottle[] {second, third}) {
            assertThat(other.waitBefore("ann", "198.51.100.1")).isEmpty();
            other.failed("ann", "198.51.100.1");
            assertThat(other.waitBefore("ann", "198.51.100.1")).isPresent();
        }
        assertThat(database.size()).isEqualTo(10 + 2);
    }

    @Test
    void failuresAreCountedOnAnotherNodeToo() {
        LoginThrottle second = new LoginThrottle(database, clock);
        fail(node, "ada", "203.0.113.50", 6);
        fail(second, "ada", "203.0.113.51", 4);
        assertThat(second.waitBefore("ada", "198.51.100.2")).isPresent();
    }

    @Test
    void theNameIsKeptOnlyAsItsHash() {
        node.failed("my-password-typed-as-name", "203.0.113.60");
        assertThat(database.all()).singleElement().satisfies(stored -> {
            assertThat(stored.userHash()).hasSize(64).isEqualTo(LoginThrottle.userKey("my-password-typed-as-name"))
                    .doesNotContain("password");
            assertThat(stored.address()).isEqualTo("203.0.113.60");
        });
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

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
}
