package com.disputecenter.dispute;

import com.disputecenter.common.Money;
import java.time.Instant;
import java.util.UUID;

/** One line of a dispute list. */
public record DisputeSummary(UUID id, String orderId, Platform platform, String buyerId, String sellerId,
        Reason reason, Money amount, DisputeStatus status, Instant openedAt) {

    static DisputeSummary of(Dispute d) {
        return new DisputeSummary(d.id(), d.orderId(), d.platform(), d.buyerId(), d.sellerId(), d.reason(),
                d.amount(), d.status(), d.openedAt());
    }
}
