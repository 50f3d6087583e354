package com.disputecenter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.common.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private final Formats formats = new Formats(messages(), Clock.fixed(NOW, ZoneOffset.UTC));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static void as(Locale locale, String zone) {
        LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone)));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void moneyIsShownInTheUsersLanguageWithTheCurrencysDecimals() {
        as(Locale.ENGLISH, "UTC");
        assertThat(formats.money(Money.of("59.9", "USD"))).isEqualTo("$59.90");
        assertThat(formats.money(Money.of("1200", "JPY"))).isEqualTo("¥1,200");
        as(Locale.CHINESE, "Asia/Shanghai");
        assertThat(formats.money(Money.of("59.90", "USD"))).isEqualTo("US$59.90");
    }

    @Test
    void anInstantIsShownInTheChosenZoneAndNamesIt() {
        as(Locale.ENGLISH, "UTC");
        assertThat(formats.instant(NOW)).isEqualTo("Nov 22, 2026, 9:00 AM UTC");
        as(Locale.CHINESE, "Asia/Shanghai");
        assertThat(formats.instant(NOW)).startsWith("2026年11月22日").contains("5:00").endsWith("Asia/Shanghai");
    }

    @Test
    void aCountdownSaysWhatIsLeftOrHowLongItIsOverdue() {
        as(Locale.ENGLISH, "UTC");
        assertThat(formats.countdown(NOW.plus(Duration.ofHours(52)))).isEqualTo("2 d 4 h left");
        assertThat(formats.countdown(NOW.plus(Duration.ofMinutes(90)))).isEqualTo("1 h 30 min left");
        assertThat(formats.countdown(NOW.minus(Duration.ofMinutes(5)))).isEqualTo("overdue by 5 min");
        assertThat(formats.overdue(NOW.minusSeconds(1))).isTrue();
        assertThat(formats.overdue(NOW.plusSeconds(1))).isFalse();
        as(Locale.CHINESE, "Asia/Shanghai");
        assertThat(formats.countdown(NOW.plus(Duration.ofHours(52)))).isEqualTo("剩余 2天4小时");
    }
}
