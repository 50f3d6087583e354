package com.disputecenter.sellers.web;

import com.disputecenter.common.Caller;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.DisputeService.WorkItem;
import com.disputecenter.sellers.DisputeRateService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The seller's worklist: cases by the time left to act, and the seller's dispute rate. */
@Controller
class SellerPagesController {

    static final Duration RATE_PERIOD = Duration.ofDays(30);

    private final DisputeService disputes;
    private final DisputeRateService rates;
    private final Clock clock;

    SellerPagesController(DisputeService disputes, DisputeRateService rates, Clock clock) {
        this.disputes = disputes;
        this.rates = rates;
        this.clock = clock;
    }

    /**
     * A line of the list with its time left split for display; overdue when the countdown has run
     * out (the engine's timer is about to decide), awaiting a response while the seller has not answered.
     */
    record Row(WorkItem item, long daysLeft, long hoursLeft, long minutesLeft, boolean overdue,
            boolean awaitingResponse) {

        static Row of(WorkItem item, Instant now) {
            boolean awaiting = item.dispute().status() == DisputeStatus.AWAITING_SELLER_RESPONSE;
            if (item.dueAt() == null) {
                return new Row(item, 0, 0, 0, false, awaiting);
            }
            Duration left = Duration.between(now, item.dueAt());
            if (left.isNegative()) {
                return new Row(item, 0, 0, 0, true, awaiting);
            }
            return new Row(item, left.toDays(), left.toHoursPart(), left.toMinutesPart(), false, awaiting);
        }
    }

    @GetMapping("/seller/disputes")
    String list(Caller caller, Model model) {
        if (!caller.has(Role.SELLER)) {
            throw new AccessDeniedException("Sellers' pages");
        }
        Instant now = clock.instant();
        List<Row> rows = disputes.worklist(caller).stream().map(item -> Row.of(item, now)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("rate", rates.rate(caller, caller.sellerId(), now.minus(RATE_PERIOD), now));
        model.addAttribute("rateDays", RATE_PERIOD.toDays());
        return "seller/disputes";
    }
}
