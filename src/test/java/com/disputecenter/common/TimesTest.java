package com.disputecenter.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1970-01-01T00:00:00Z, true", "2026-11-20T10:00:00Z, true", "9999-12-31T23:59:59Z, true",
            "1969-12-31T23:59:59Z, false", "+10000-01-01T00:00:00Z, false", "+99999-01-01T00:00:00Z, false",
            "-0001-01-01T00:00:00Z, false", "+1000000000-12-31T23:59:59Z, false"})
    void timesOfTheYears1970To9999AreTakenOthersRefused(String text, boolean taken) {
        Instant at = Instant.parse(text);
        assertThat(Times.inRange(at)).isEqualTo(taken);
        if (!taken) {
            assertThatThrownBy(() -> Times.inRange("occurredAt", at))
                    .isInstanceOfSatisfying(DisputeCenterException.InvalidInput.class, refused -> {
                        assertThat(refused.field()).isEqualTo("occurredAt");
                        assertThat(refused.getCodes()).containsExactly("input.time");
                    });
        }
    }
}
