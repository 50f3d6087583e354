package com.disputecenter.analytics.web;

import com.disputecenter.analytics.AnalyticsService;
import com.disputecenter.analytics.Dimension;
import com.disputecenter.analytics.DisputeFigures;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Role;
import com.disputecenter.security.DisputeCenterUser;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import com.disputecenter.web.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The analytics dashboard: the same figures as /api/analytics, as charts and tables, with CSV downloads. */
@Controller
@WebPage
class DashboardController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final AnalyticsService analytics;
    private final Clock clock;

    DashboardController(AnalyticsService analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    @GetMapping("/analytics")
    String dashboard(@AuthenticationPrincipal DisputeCenterUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String seller, Model model) {
        Caller caller = user.caller();
        model.addAttribute("user", user);
        Periods period;
        try {
            period = Periods.of(from, to, clock);
            List<DisputeFigures> sellers = analytics.figures(caller, Dimension.SELLERS, period.from(), period.to());
            model.addAttribute("sellers", sellers);
            model.addAttribute("platforms", analytics.figures(caller, Dimension.PLATFORMS, period.from(), period.to()));
            model.addAttribute("reasons", analytics.figures(caller, Dimension.REASONS, period.from(), period.to()));
            boolean analyst = caller.has(Role.ANALYST) || caller.has(Role.ADMIN);
            model.addAttribute("analyst", analyst);
            if (analyst) {
                model.addAttribute("arbitrators", analytics.arbitrators(caller, period.from(), period.to()));
            }
            String rootSeller = !analyst ? caller.sellerId()
                    : seller != null && !seller.isBlank() ? Identifiers.id("sellerId", seller)
                    : sellers.isEmpty() ? null : sellers.get(0).key();
            if (rootSeller != null) {
                model.addAttribute("rootCauses", analytics.rootCauses(caller, rootSeller, period.from(), period.to()));
            }
        } catch (InvalidInput invalid) {
            model.addAttribute("periodError", invalid.getMessage());
            period = Periods.of(null, null, clock);
            model.addAttribute("sellers", List.of());
            model.addAttribute("platforms", List.of());
            model.addAttribute("reasons", List.of());
        }
        model.addAttribute("from", DAY.format(period.from()));
        model.addAttribute("to", DAY.format(period.to().minusNanos(1)));
        return "analytics/dashboard";
    }

    @GetMapping("/analytics/{dimension}.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal DisputeCenterUser user, @PathVariable String dimension,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Periods period = Periods.of(from, to, clock);
        if (dimension.equals("arbitrators")) {
            return AnalyticsController.csv(dimension,
                    FiguresCsv.ofArbitrators(analytics.arbitrators(user.caller(), period.from(), period.to())));
        }
        Dimension by = AnalyticsController.dimension(dimension);
        return AnalyticsController.csv(by.pathName(),
                FiguresCsv.of(by, analytics.figures(user.caller(), by, period.from(), period.to())));
    }
}
