package com.disputecenter.web;

import com.disputecenter.common.Money;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money, instants and countdowns in the user's language and time zone, for templates as
 * {@code ${@fmt.money(d.amount)}}. Times are stored as UTC instants; only the display moves.
 */
@Component("fmt")
public class Formats {

    private final MessageSource messages;
    private final Clock clock;

    Formats(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public String money(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(money.currency());
        int digits = Math.max(money.currency().getDefaultFractionDigits(), Math.max(money.value().scale(), 0));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.value());
    }

    /** Date and time in the user's zone, the zone named, so a screenshot is never ambiguous. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone).format(instant) + " " + zone.getId();
    }

    /** ISO-8601 for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public boolean overdue(Instant due) {
        return due != null && !clock.instant().isBefore(due);
    }

    /** "2 d 4 h left" or "overdue by 3 h", to the minute, in the user's language. */
    public String countdown(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), due);
        boolean overdue = left.isNegative() || left.isZero();
        String span = span(left.abs());
        return messages.getMessage(overdue ? "time.overdue" : "time.left", new Object[] {span}, locale());
    }

    private String span(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        Locale locale = locale();
        if (days > 0) {
            return messages.getMessage("time.daysHours", new Object[] {days, hours}, locale);
        }
        if (hours > 0) {
            return messages.getMessage("time.hoursMinutes", new Object[] {hours, minutes}, locale);
        }
        return messages.getMessage("time.minutes", new Object[] {Math.max(minutes, d.isZero() ? 0 : 1)}, locale);
    }

    public ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
