package com.disputecenter.arbitration;

import com.disputecenter.common.Money;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * What the arbitrators' task list is narrowed to; every field but the scope may be null (no filter).
 * An amount bound needs its currency: sums in different currencies are not compared.
 */
public record QueueFilter(Platform platform, Reason reason, BigDecimal minAmount, BigDecimal maxAmount,
        Currency currency, Scope scope) {

    /** Whose work: the caller's claims, nobody's, what senior arbitrators are involved in, or all of it. */
    public enum Scope {
        MINE, UNASSIGNED, SENIOR, ALL
    }

    public QueueFilter {
        if (scope == null) {
            scope = Scope.ALL;
        }
        if ((minAmount != null || maxAmount != null) && currency == null) {
            throw QueueRefusal.invalidInput("currency", "arbitration.refusal.amountNeedsCurrency",
                    "An amount range needs its currency");
        }
        if (minAmount != null && minAmount.signum() >= 0) {
            // the same rules as any amount (digits, decimals), checked before the database compares with it
            Money.checkBound("minAmount", minAmount, currency);
        }
        if (maxAmount != null && maxAmount.signum() >= 0) {
            Money.checkBound("maxAmount", maxAmount, currency);
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw QueueRefusal.invalidInput("minAmount", "arbitration.refusal.minAboveMax", "minAmount is above maxAmount");
        }
        if (minAmount != null && minAmount.signum() < 0 || maxAmount != null && maxAmount.signum() < 0) {
            throw QueueRefusal.invalidInput(minAmount != null && minAmount.signum() < 0 ? "minAmount" : "maxAmount",
                    "arbitration.refusal.negativeAmount", "Amounts are not negative");
        }
    }

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null, null, Scope.ALL);
    }
}
