package com.disputecenter.analytics;

import com.disputecenter.common.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one group (one seller, platform or reason) over the disputes opened in a period.
 *
 * @param counted disputes that count toward the dispute rate (DESIGN.md's exclusions applied when each case changed)
 * @param orders orders the marketplace reported for the period; only per seller, null elsewhere or when unreported
 * @param disputeRate counted / orders, as {@code DisputeRateService} computes it; null without orders
 * @param resolvedInNegotiation resolved cases the parties agreed on themselves
 * @param negotiationShare resolvedInNegotiation / resolved; null when nothing was resolved
 * @param averageHoursToResolution from opening to the end of the case, over resolved cases; null when none
 * @param refunds money paid back to buyers, one amount per currency
 * @param timeouts resolved cases a missed deadline decided
 * @param arbitrated resolved cases an arbitrator (or, on appeal, a senior arbitrator) decided
 * @param arbitratedNoRefund arbitrated cases decided for the seller (no refund)
 * @param responsibility of the arbitrated cases, how many were found the seller's, buyer's, carrier's, platform's
 * @param slaBreaches cases left undecided past the arbitration SLA
 */
public record DisputeFigures(
        String key,
        long disputes,
        long counted,
        Long orders,
        BigDecimal disputeRate,
        long resolved,
        long resolvedInNegotiation,
        BigDecimal negotiationShare,
        BigDecimal averageHoursToResolution,
        List<Money> refunds,
        long timeouts,
        long cancelled,
        long arbitrated,
        long arbitratedNoRefund,
        Responsibilities responsibility,
        long slaBreaches) {

    public record Responsibilities(long seller, long buyer, long logistics, long platform) {
    }
}
