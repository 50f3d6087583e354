package com.disputecenter.dispute;

import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Money;

/** The money a proposal or decision of a given type stands for, bounded by the order amount. */
public final class Amounts {

    private Amounts() {
    }

    public static Money forType(ResolutionType type, Money given, Money orderAmount, String field) {
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

    /** What a NUMERIC(19,4) column holds: 15 digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 15;

    public static void validate(Money amount, Money orderAmount, String field) {
        if (amount.currency().getDefaultFractionDigits() < 0) {
            throw new InvalidInput(field, amount.currency().getCurrencyCode() + " is not a currency money is paid in");
        }
        // checked first and cheaply: an exponent like 1e20000000 must never be expanded
        if (amount.value().precision() - amount.value().scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInput(field, "The amount is larger than any order");
        }
        if (!amount.sameCurrencyAs(orderAmount)) {
            throw new InvalidInput(field, "The amount must be in the order's currency, "
                    + orderAmount.currency().getCurrencyCode());
        }
        if (!amount.aboveZero()) {
            throw new InvalidInput(field, "The amount must be greater than zero");
        }
        if (amount.exceeds(orderAmount)) {
            throw new InvalidInput(field, "The amount may not exceed the order amount of " + orderAmount);
        }
        if (amount.value().stripTrailingZeros().scale() > amount.currency().getDefaultFractionDigits()) {
            throw new InvalidInput(field, "The amount has more decimals than " + amount.currency().getCurrencyCode()
                    + " allows");
        }
    }
}
