package com.disputecenter.analytics.web;

import com.disputecenter.analytics.AnalyticsService;
import com.disputecenter.analytics.ArbitratorFigures;
import com.disputecenter.analytics.Dimension;
import com.disputecenter.analytics.DisputeFigures;
import com.disputecenter.analytics.RootCauses;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.NotFound;
import com.disputecenter.common.Identifiers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

    private final AnalyticsService analytics;
    private final Clock clock;

    AnalyticsController(AnalyticsService analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    record Report<T>(String dimension, Instant from, Instant to, List<T> rows) {
    }

    @GetMapping("/arbitrators")
    Report<ArbitratorFigures> arbitrators(Caller caller, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Periods period = Periods.of(from, to, clock);
        return new Report<>("arbitrators", period.from(), period.to(),
                analytics.arbitrators(caller, period.from(), period.to()));
    }

    @GetMapping("/arbitrators.csv")
    ResponseEntity<String> arbitratorsCsv(Caller caller, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Periods period = Periods.of(from, to, clock);
        return csv("arbitrators", FiguresCsv.ofArbitrators(analytics.arbitrators(caller, period.from(), period.to())));
    }

    /** sellers, platforms or reasons. */
    @GetMapping("/{dimension}")
    Report<DisputeFigures> figures(Caller caller, @PathVariable String dimension,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Dimension by = dimension(dimension);
        Periods period = Periods.of(from, to, clock);
        return new Report<>(by.pathName(), period.from(), period.to(),
                analytics.figures(caller, by, period.from(), period.to()));
    }

    @GetMapping("/{dimension}.csv")
    ResponseEntity<String> figuresCsv(Caller caller, @PathVariable String dimension,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Dimension by = dimension(dimension);
        Periods period = Periods.of(from, to, clock);
        return csv(by.pathName(), FiguresCsv.of(by, analytics.figures(caller, by, period.from(), period.to())));
    }

    @GetMapping("/sellers/{sellerId}/root-causes")
    RootCauses rootCauses(Caller caller, @PathVariable String sellerId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Periods period = Periods.of(from, to, clock);
        // checked here, not in the service: the dashboard also asks for ids read from stored cases
        return analytics.rootCauses(caller, Identifiers.id("sellerId", sellerId), period.from(), period.to());
    }

    static Dimension dimension(String name) {
        return Dimension.fromPath(name)
                .orElseThrow(() -> new NotFound("No analytics by '" + name + "': use sellers, platforms or reasons"));
    }

    static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, FiguresCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dispute-" + name + ".csv\"")
                .body(body);
    }
}
