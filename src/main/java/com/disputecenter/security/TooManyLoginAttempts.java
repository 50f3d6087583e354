package com.disputecenter.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was checked: too many failures of its name or address (429). */
public class TooManyLoginAttempts extends AuthenticationException {

    private final Duration retryAfter;

    TooManyLoginAttempts(Duration retryAfter) {
        super("Too many failed logins; try again in " + seconds(retryAfter) + " seconds");
        this.retryAfter = retryAfter;
    }

    /** The {@code Retry-After} value: whole seconds, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
