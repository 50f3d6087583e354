package com.disputecenter.dispute;

import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Money;

/** The money a proposal or decision of a given type stands for, bounded by the order amount. */
public final class Amounts {

    private Amounts() {
    }

    public static Money forType(ResolutionType type, Money given, Money orderAmount, String field) {
        if (given != null) {
            // even where the type ignores it: what a client sends is valid money or refused
            given.checked(field);
        }
        if (!type.carriesAmount()) {
            return null;
        }
        if (given == null) {
            if (type.requiresAmount()) {
                throw new InvalidInput(field, "An amount is required for " + type);
            }
            return orderAmount;
        }
        if (type == ResolutionType.FULL_REFUND) {
            // a full refund is the order amount, whatever else was typed
            return orderAmount;
        }
        validate(given, orderAmount, field);
        return given;
    }

    /** The amount of a proposal or decision: valid as money ({@link Money#checked}), in the order's currency, at most the order amount. */
    public static void validate(Money amount, Money orderAmount, String field) {
        amount.checked(field);
        if (!amount.sameCurrencyAs(orderAmount)) {
            throw new InvalidInput(field, "The amount must be in the order's currency, "
                    + orderAmount.currency().getCurrencyCode());
        }
        if (amount.exceeds(orderAmount)) {
            throw new InvalidInput(field, "The amount may not exceed the order amount of " + orderAmount);
        }
    }
}
