package com.disputecenter.common;

import com.disputecenter.common.DisputeCenterException.InvalidInput;
import java.time.Instant;

/**
 * The times the desk takes from outside: from 1970 to the end of 9999 (UTC). An ISO-8601 time may
 * name the year 99999 or -5000; no order, scan or period of ours lies there, and the databases
 * would refuse (or silently keep) such a value, so it is refused as input instead.
 */
public final class Times {

    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public static final String RULE = "must lie between 1970-01-01 and 9999-12-31 (UTC)";

    private Times() {
    }

    public static boolean inRange(Instant at) {
        return at == null || !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
    }

    /** The time itself, or a refusal of the field (400); null stays null. */
    public static Instant inRange(String field, Instant at) {
        if (!inRange(at)) {
            throw new InvalidInput(field, field + " " + RULE).coded("input.time");
        }
        return at;
    }
}
