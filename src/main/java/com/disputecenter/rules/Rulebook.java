package com.disputecenter.rules;

import com.disputecenter.dispute.Platform;
import java.time.Duration;
import java.time.Period;

/**
 * One platform's rulebook as the DMN {@code platform-rules} states it. Windows are ISO-8601
 * durations ("P5D", "PT72H"); a null window means the platform has no such rule.
 *
 * @param escalationOpensAfter how long after opening a party may ask the platform to step in; null: any time
 *     once negotiation started
 * @param decisionDefinitionId the exact DMN version this was read from, pinned on each dispute so
 *     a newer rulebook applies only to disputes opened after it was deployed
 */
public record Rulebook(
        String decisionDefinitionId,
        Platform platform,
        String sellerResponseWindow,
        String negotiationWindow,
        String escalationOpensAfter,
        boolean windowsInBusinessDays,
        String filingWindow,
        String filingWindowStartsAt,
        String sellerContactWait,
        boolean evidenceMandatoryForNotAsDescribed,
        String returnAddressWindow,
        String returnShipmentWindow,
        String returnReceiptWindow,
        String arbitrationSla,
        String evidenceRequestWindow,
        String appealWindow,
        boolean sellerMayWithdrawArbitration,
        boolean prepaidReturnLabelRequired,
        long maxFileBytes,
        long maxPartyEvidenceBytes,
        String returnReceiptCountsFrom) {

    /** returnReceiptCountsFrom: the seller's receipt countdown starts when the buyer ships (default) or at delivery. */
    public static final String FROM_DELIVERY = "DELIVERY";

    public boolean returnReceiptFromDelivery() {
        return FROM_DELIVERY.equals(returnReceiptCountsFrom);
    }


    public static final String STARTS_AT_DELIVERY = "DELIVERY";
    public static final String STARTS_AT_LATEST_ESTIMATED_DELIVERY = "LATEST_ESTIMATED_DELIVERY";

    public boolean hasAppeal() {
        return appealWindow != null && !appealWindow.isBlank();
    }

    /** Parses "P5D", "PT72H" or "P1DT12H"; "P1M" and "P1Y" count 30 and 365 days, as rulebooks mean them. */
    public static Duration parse(String isoDuration) {
        try {
            return Duration.parse(isoDuration);
        } catch (RuntimeException notADuration) {
            Period period = Period.parse(isoDuration);
            return Duration.ofDays(period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
        }
    }
}
