package com.disputecenter.notification;

import com.disputecenter.common.Money;
import com.disputecenter.dispute.Notice;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Renders a template in the recipient's language: {@code {name}} placeholders are filled with the
 * values, money and instants formatted for that language, enum values by their label in it. The
 * templates are plain text, and so is what comes out: a value reads as it was written (a buyer's
 * {@code <b>} or {@code Tom & Jerry} stays that text), and whatever turns it into HTML escapes it there
 * (the mail's HTML part; a page renders it escaped). A subject is one line: no value can break it.
 * English stands in for a language we do not have and for a key a language lacks.
 */
@Component
public class MessageTemplates {

    public static final List<String> LANGUAGES = List.of("en", "zh", "es", "fr", "de", "it", "pt", "ru");
    public static final String FALLBACK = "en";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

    /** @param language the language the texts are actually in (English when the requested one is missing) */
    public record Rendered(String language, String subject, String body) {
    }

    /** "pt-BR", "zh_CN", "ZH" → the supported language; anything else → English. */
    public static String supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return FALLBACK;
        }
        String primary = languageTag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(primary) ? primary : FALLBACK;
    }

    public Rendered render(Notice template, String languageTag, Map<String, ?> values) {
        String language = supported(languageTag);
        if (text(language, template.key() + ".subject") == null || text(language, template.key() + ".body") == null) {
            language = FALLBACK;
        }
        Locale locale = Locale.forLanguageTag(language);
        // a header line: CR or LF would end it (and start another header), other controls have no place in it
        String subject = fill(text(language, template.key() + ".subject"), language, locale, values)
                .replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
        String body = fill(text(language, template.key() + ".body"), language, locale, values);
        return new Rendered(language, subject, body);
    }

    /** The raw text of a key in a language, or null; for the completeness test. */
    public String text(String language, String key) {
        return bundle(language).getProperty(key);
    }

    private String fill(String text, String language, Locale locale, Map<String, ?> values) {
        if (text == null) {
            throw new IllegalStateException("no English text for a template: the bundle is incomplete");
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Object value = values.get(placeholder.group(1));
            String shown = value == null ? "" : format(value, language, locale);
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(shown));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private String format(Object value, String language, Locale locale) {
        if (value instanceof Money money) {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(money.currency());
            int digits = Math.max(0, money.currency().getDefaultFractionDigits());
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(money.value());
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(ZoneOffset.UTC).format(instant) + " UTC";
        }
        if (value instanceof Enum<?> constant) {
            String key = "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            String label = text(language, key);
            if (label == null) {
                label = text(FALLBACK, key);
            }
            return label != null ? label : constant.name();
        }
        return value.toString();
    }

    private Properties bundle(String language) {
        return bundles.computeIfAbsent(language, l -> {
            Properties texts = new Properties();
            try (InputStream in = MessageTemplates.class.getResourceAsStream("/notifications/templates_" + l + ".properties")) {
                if (in != null) {
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return texts;
        });
    }
}
