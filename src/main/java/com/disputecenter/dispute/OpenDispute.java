package com.disputecenter.dispute;

import com.disputecenter.common.Money;
import java.time.Instant;

/** What a buyer (or the marketplace on the buyer's behalf) files. */
public record OpenDispute(
        String orderId,
        Platform platform,
        String buyerId,
        String sellerId,
        Reason reason,
        Money amount,
        ResolutionType requestedResolution,
        Money requestedAmount,
        String description,
        Instant deliveredAt,
        LogisticsChannel logisticsChannel,
        String destinationCountry,
        String language,
        Instant sellerContactedAt,
        Instant latestEstimatedDelivery) {
}
