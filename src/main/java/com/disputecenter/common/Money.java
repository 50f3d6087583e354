package com.disputecenter.common;

import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in one currency; the value travels as a decimal string so no client rounds it. */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, Currency currency) {

    public Money {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
    }

    /** As stored: shown with the currency's own decimals (59.9000 in a NUMERIC(19,4) column is 59.90 USD). */
    public static Money stored(BigDecimal value, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        BigDecimal stripped = value.stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), Math.max(stripped.scale(), 0));
        return new Money(value.setScale(digits, java.math.RoundingMode.UNNECESSARY), currency);
    }

    /** What a NUMERIC(19,4) column holds: 15 digits before the point. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** Beyond this many decimals no trailing zeros are stripped to find out: the amount is refused. */
    private static final int MAX_SCALE_LOOKED_AT = 100;

    /**
     * Every amount that comes in (opening a dispute, proposals, decisions, risk checks) passes here:
     * a currency money is paid in, at most 15 digits before the point, no more decimals than the
     * currency has (trailing zeros aside), above zero. Only the number's precision and scale are
     * looked at, so an exponent such as 1e2147483647 is never expanded.
     *
     * @return this amount
     */
    public Money checked(String field) {
        check(field, value, currency, false);
        return this;
    }

    /** The same rules for a bound that may be zero, such as the lower end of a filter. */
    public static void checkBound(String field, BigDecimal value, Currency currency) {
        check(field, value, currency, true);
    }

    private static void check(String field, BigDecimal value, Currency currency, boolean zeroAllowed) {
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidInput(field, currency.getCurrencyCode() + " is not a currency money is paid in")
                    .coded("input.amount.currency");
        }
        // long arithmetic: precision() - scale() of 1e2147483647 overflows an int and looks small
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInput(field, "The amount is larger than any order").coded("input.amount.tooLarge");
        }
        if (value.signum() < 0 || value.signum() == 0 && !zeroAllowed) {
            throw new InvalidInput(field, zeroAllowed ? "The amount must not be negative"
                    : "The amount must be greater than zero").coded("input.amount.notPositive");
        }
        if (decimals(value) > currency.getDefaultFractionDigits()) {
            throw new InvalidInput(field, "The amount has more decimals than " + currency.getCurrencyCode() + " allows")
                    .coded("input.amount.decimals");
        }
    }

    /** Decimals without trailing zeros (59.90 has one); at most 15 integer digits are left when this runs. */
    private static long decimals(BigDecimal value) {
        if (value.scale() <= 0) {
            return 0;
        }
        if (value.scale() > MAX_SCALE_LOOKED_AT) {
            return value.scale();
        }
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    public static Money of(String value, String currency) {
        return new Money(new BigDecimal(value), Currency.getInstance(currency));
    }

    public boolean exceeds(Money other) {
        return value.compareTo(other.value) > 0;
    }

    public boolean aboveZero() {
        return value.signum() > 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + currency.getCurrencyCode();
    }
}
