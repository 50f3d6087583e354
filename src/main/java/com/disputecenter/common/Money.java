package com.disputecenter.common;

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
