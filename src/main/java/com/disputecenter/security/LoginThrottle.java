package com.disputecenter.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@value #MAX_FAILURES} failed logins within {@link #WINDOW}, per user name
 * and per client address, further attempts are refused (429) until the oldest of those failures is
 * out of the window. A successful login forgets the name's failures.
 *
 * <p>The failures live in the shared database, so every node counts every node's failures. What a
 * node has learnt from it stays in memory: an attempt is checked against that memory only, so a login
 * costs no SQL statement at all unless this node has seen failures for its name or address. A
 * failure costs an insert and two counts, and teaches the node whether the name or address is now
 * locked out. So, with N nodes, a node that has not seen a name's failures yet lets one more guess
 * through before it knows: at most {@value #MAX_FAILURES} + N - 1 guesses per window reach the
 * password check, and a success on a node that has seen no failures of the name leaves the other
 * nodes' failures in place until they age out. See docs/operations.md.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    /** Names and addresses this node remembers at most; an attacker trying random names cannot fill the heap. */
    private static final int REMEMBERED = 100_000;

    private final LoginFailures failures;
    private final Clock clock;
    /** Key (user hash or address) to the instant its lock-out ends; in the past: failures seen, no lock-out. */
    private final Cache<String, Instant> known = Caffeine.newBuilder()
            .maximumSize(REMEMBERED).expireAfterWrite(WINDOW).build();
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    LoginThrottle(LoginFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long this attempt has to wait; empty when it may be made now. Never asks the database. */
    public Optional<Duration> waitBefore(String userName, String clientAddress) {
        Instant now = clock.instant();
        Instant until = later(known.getIfPresent(userKey(userName)), known.getIfPresent(addressKey(clientAddress)));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String userName, String clientAddress) {
        Instant now = clock.instant();
        String user = userKey(userName);
        String address = addressKey(clientAddress);
        Instant since = now.minus(WINDOW);
        try {
            failures.add(user, address, now);
            known.put(user, lockedUntil(failures.firstOfLatestByUser(user, since, MAX_FAILURES)));
            known.put(address, lockedUntil(failures.firstOfLatestByAddress(address, since, MAX_FAILURES)));
            Instant purged = lastPurge.get();
            if (purged.plus(PURGE_EVERY).isBefore(now) && lastPurge.compareAndSet(purged, now)) {
                failures.purgeBefore(since);
            }
        } catch (DataAccessException unavailable) {
            // without its database the desk refuses every request anyway (503); the login still fails
            log.warn("Could not count a failed login: {}", unavailable.toString());
        }
    }

    public void succeeded(String userName, String clientAddress) {
        String user = userKey(userName);
        if (known.getIfPresent(user) != null) {
            failures.forgetUser(user);
            known.invalidate(user);
            // the address's count fell by the name's failures; the next failure reads it again
            known.invalidate(addressKey(clientAddress));
        }
    }

    private static Instant lockedUntil(Optional<Instant> firstOfLatest) {
        return firstOfLatest.map(first -> first.plus(WINDOW)).orElse(Instant.EPOCH);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** What people type as a name is sometimes their password: only its hash is kept. */
    static String userKey(String userName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(userName).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An IPv4 address as it is; an IPv6 address by its /64, which one subscriber usually holds whole. */
    static String addressKey(String clientAddress) {
        String address = String.valueOf(clientAddress);
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal: no name lookup
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                byte[] prefix = Arrays.copyOf(bytes, 16);
                Arrays.fill(prefix, 8, 16, (byte) 0);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
    }
}
