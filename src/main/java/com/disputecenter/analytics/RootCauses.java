package com.disputecenter.analytics;

import com.disputecenter.dispute.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What lies behind one seller's disputes in a period: the reasons and products that come up most,
 * and the listing fixes for reasons that repeat.
 */
public record RootCauses(String sellerId, Instant from, Instant to, long disputes, List<ReasonCount> topReasons,
        List<ProductCount> topProducts, List<Recommendation> recommendations) {

    public record ReasonCount(Reason reason, long disputes, BigDecimal share) {
    }

    /** A product and the reason most often given for it. */
    public record ProductCount(String productId, String productTitle, String productCategory, long disputes,
            Reason topReason) {
    }

    /** A reason that repeats (for one product, or across products when none is known) and what to fix. */
    public record Recommendation(Reason reason, String productId, String productTitle, long disputes,
            List<ListingFix> fixes) {
    }
}
