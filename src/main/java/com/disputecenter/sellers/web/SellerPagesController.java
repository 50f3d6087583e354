package com.disputecenter.sellers.web;

import com.disputecenter.common.Caller;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeService.WorkItem;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.sellers.DisputeRateService;
import com.disputecenter.web.WebPage;
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
@WebPage
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

    /** A line of the list; the response form is offered while the seller has not answered. */
    record Row(WorkItem item, boolean awaitingResponse) {

        static Row of(WorkItem item) {
            return new Row(item, item.dispute().status() == DisputeStatus.AWAITING_SELLER_RESPONSE);
        }
    }

    @GetMapping("/seller/disputes")
    String list(Caller caller, Model model) {
        if (!caller.has(Role.SELLER)) {
            throw new AccessDeniedException("Sellers' pages");
        }
        Instant now = clock.instant();
        List<Row> rows = disputes.worklist(caller).stream().map(Row::of).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("rate", rates.rate(caller, caller.sellerId(), now.minus(RATE_PERIOD), now));
        model.addAttribute("rateDays", RATE_PERIOD.toDays());
        return "seller/disputes";
    }
}
