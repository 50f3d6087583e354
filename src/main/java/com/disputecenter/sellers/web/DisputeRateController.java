package com.disputecenter.sellers.web;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Times;
import com.disputecenter.sellers.DisputeRateService;
import com.disputecenter.sellers.DisputeRateService.DisputeRate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DisputeRateController {

    private final DisputeRateService rates;
    private final Clock clock;

    DisputeRateController(DisputeRateService rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    /** from and to are ISO instants or dates (UTC; a date "to" includes that day); default: the last 30 days. */
    @GetMapping("/api/sellers/{sellerId}/dispute-rate")
    DisputeRate rate(Caller caller, @PathVariable String sellerId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Instant end = to == null ? clock.instant() : parse("to", to, true);
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : parse("from", from, false);
        return rates.rate(caller, sellerId, start, end);
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
