package com.disputecenter.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "59.90, USD", "59.9, USD", "59.900, USD", "0.01, USD", "999999999999999.99, USD", "5000, JPY",
            "12.345, KWD", "1E+2, USD"})
    void amountsACurrencyPaysAreTaken(String value, String currency) {
        assertThatCode(() -> Money.of(value, currency).checked("amount")).doesNotThrowAnyException();
    }

    /** Each refused with the code a page translates; none may take more than a moment. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "1e2147483647, USD, input.amount.tooLarge",
            "-1e2147483647, USD, input.amount.tooLarge",
            "1e309, USD, input.amount.tooLarge",
            "1000000000000000, USD, input.amount.tooLarge",
            "99999999999999999999999.99, USD, input.amount.tooLarge",
            "1e-5, USD, input.amount.decimals",
            "1e-2147483647, USD, input.amount.decimals",
            "12.345, USD, input.amount.decimals",
            "5.5, JPY, input.amount.decimals",
            "0, USD, input.amount.notPositive",
            "0.00, USD, input.amount.notPositive",
            "-0.01, USD, input.amount.notPositive",
            "-1, USD, input.amount.notPositive",
            "5.00, XXX, input.amount.currency",
            "5.00, XAU, input.amount.currency"})
    void hugeTinyOverPreciseAndNonPositiveAmountsAreRefusedWithoutExpandingTheNumber(String value, String currency,
            String code) {
        Money money = Money.of(value, currency);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThatThrownBy(() -> money.checked("orderValue"))
                .isInstanceOfSatisfying(DisputeCenterException.InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("orderValue");
                    assertThat(refused.getCodes()).containsExactly(code);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, true", "0.00, true", "10.50, true", "-1, false", "1e2147483647, false", "0.001, false"})
    void aFilterBoundMayBeZeroButFollowsTheSameRulesOtherwise(String value, boolean taken) {
        BigDecimal bound = new BigDecimal(value);
        if (taken) {
            assertThatCode(() -> Money.checkBound("minAmount", bound, Currency.getInstance("USD")))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> Money.checkBound("minAmount", bound, Currency.getInstance("USD")))
                    .isInstanceOf(DisputeCenterException.InvalidInput.class);
        }
    }
}
