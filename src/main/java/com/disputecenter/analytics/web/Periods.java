package com.disputecenter.analytics.web;

import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Times;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The period of an analytics request: ISO instants or dates (UTC; a date "to" includes that day), as
 * the dispute-rate endpoint takes them; by default the 90 days up to now.
 */
record Periods(Instant from, Instant to) {

    static final Duration DEFAULT = Duration.ofDays(90);

    static Periods of(String from, String to, Clock clock) {
        Instant end = blank(to) ? clock.instant() : parse("to", to, true);
        Instant start = blank(from) ? end.minus(DEFAULT) : parse("from", from, false);
        return new Periods(start, end);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Instant parse(String field, String value, boolean endOfDay) {
        Instant at;
        try {
            at = Instant.parse(value);
        } catch (DateTimeException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value);
                at = (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeException notADate) {
                throw new InvalidInput(field, field + " must be an ISO date (2026-11-01) or instant");
            }
        }
        // before any arithmetic on it: the year 999999999 minus a period is no instant at all
        return Times.inRange(field, at);
    }
}
