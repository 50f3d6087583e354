package com.disputecenter.risk;

import com.disputecenter.common.Money;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.Platform;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The facts of an order before any dispute, as a seller or the marketplace knows them.
 *
 * @param buyerDisputes disputes the buyer opened recently, when the caller knows; otherwise counted from our cases
 * @param categoryDisputeRate the product category's dispute rate in percent, as the marketplace reports it
 * @param protectionEndsAt when the buyer's protection (AliExpress: the receiving period) of the order ends
 */
public record OrderRiskQuery(
        String orderId,
        Platform platform,
        String buyerId,
        String sellerId,
        String destinationCountry,
        LogisticsChannel logisticsChannel,
        Money orderValue,
        BigDecimal categoryDisputeRate,
        Integer buyerDisputes,
        Instant protectionEndsAt) {
}
