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
        Instant latestEstimatedDelivery,
        Product product) {

    /**
     * What was bought, as far as the marketplace tells: every part optional. Root-cause analytics
     * group by it, the risk score reads the category.
     */
    public record Product(String id, String title, String category) {

        public static final Product UNKNOWN = new Product(null, null, null);

        public Product {
            id = blankToNull(id);
            title = blankToNull(title);
            category = blankToNull(category);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** An order without product details (the form of the API before products were added). */
    public OpenDispute(String orderId, Platform platform, String buyerId, String sellerId, Reason reason, Money amount,
            ResolutionType requestedResolution, Money requestedAmount, String description, Instant deliveredAt,
            LogisticsChannel logisticsChannel, String destinationCountry, String language, Instant sellerContactedAt,
            Instant latestEstimatedDelivery) {
        this(orderId, platform, buyerId, sellerId, reason, amount, requestedResolution, requestedAmount, description,
                deliveredAt, logisticsChannel, destinationCountry, language, sellerContactedAt, latestEstimatedDelivery,
                Product.UNKNOWN);
    }

    public OpenDispute {
        product = product == null ? Product.UNKNOWN : product;
    }
}
