package com.disputecenter.risk;

import java.time.Instant;
import java.util.List;

/**
 * How likely an order is to be disputed, and why.
 *
 * @param reasons the factors that fired, in the table's order
 * @param buyerDisputes the buyer's recent disputes the score used (given or counted), null when unknown
 * @param protectionExtension a suggestion to extend buyer protection, or null
 */
public record RiskAssessment(String orderId, int score, RiskLevel level, List<RiskReason> reasons,
        Integer buyerDisputes, ProtectionExtension protectionExtension) {

    public record RiskReason(int points, String reason) {
    }

    /** Extend the buyer's protection by this many days, from its current end to a new one. */
    public record ProtectionExtension(int days, Instant currentEnd, Instant suggestedEnd) {
    }
}
