package com.disputecenter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.common.Money;
import com.disputecenter.dispute.DeadlineKind;
import com.disputecenter.dispute.Notice;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.ResolutionType;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates();

    static Stream<Arguments> everyNoticeInEveryLanguage() {
        return Stream.of(Notice.values()).flatMap(notice -> MessageTemplates.LANGUAGES.stream()
                .map(language -> Arguments.of(notice, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyNoticeInEveryLanguage")
    void everyNoticeHasASubjectAndABodyInEveryLanguageWithTheEnglishPlaceholders(Notice notice, String language) {
        String subject = templates.text(language, notice.key() + ".subject");
        String body = templates.text(language, notice.key() + ".body");

        assertThat(subject).as("subject").isNotBlank();
        assertThat(body).as("body").isNotBlank();
        assertThat(placeholders(subject + body)).as("placeholders")
                .isEqualTo(placeholders(templates.text("en", notice.key() + ".subject") + templates.text("en", notice.key() + ".body")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "es", "fr", "de", "it", "pt", "ru"})
    void everyLabelHasATranslation(String language) {
        for (Enum<?> value : new Enum<?>[] {ResolutionType.FULL_REFUND, ResolutionType.PARTIAL_REFUND,
                ResolutionType.RETURN_AND_REFUND, ResolutionType.REPLACEMENT, ResolutionType.COUPON, ResolutionType.NO_REFUND,
                DeadlineKind.SELLER_RESPONSE, DeadlineKind.RETURN_ADDRESS, DeadlineKind.RETURN_RECEIPT, DeadlineKind.RETURN_SHIPMENT,
                DeadlineKind.EVIDENCE_REQUEST, com.disputecenter.dispute.Party.BUYER, com.disputecenter.dispute.Party.SELLER,
                com.disputecenter.dispute.Party.PLATFORM, com.disputecenter.carrier.CarrierStatus.LOST,
                com.disputecenter.carrier.CarrierStatus.RETURNED_TO_SENDER}) {
            String key = "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
            assertThat(templates.text(language, key)).as(key).isNotBlank().isNotEqualTo(templates.text("en", key));
        }
    }

    @Test
    void aLanguageWeDoNotHaveFallsBackToEnglish() {
        var rendered = templates.render(Notice.DECISION, "ja-JP", Map.of("orderId", "AE-1"));

        assertThat(rendered.language()).isEqualTo("en");
        assertThat(rendered.subject()).isEqualTo("Order AE-1: the arbitrator has decided");
        assertThat(templates.render(Notice.DECISION, null, Map.of()).language()).isEqualTo("en");
        assertThat(templates.render(Notice.DECISION, "pt-BR", Map.of()).language()).isEqualTo("pt");
        assertThat(templates.render(Notice.DECISION, "ZH_cn", Map.of()).language()).isEqualTo("zh");
    }

    @Test
    void userTextIsKeptAsWrittenInPlainTextAndCannotBreakTheSubjectLine() {
        var rendered = templates.render(Notice.DISPUTE_OPENED, "en", Map.of(
                "orderId", "R&D-1\r\nBcc: victim@example.com\u2028",
                "description", "<script>alert('x')</script> & \"more\""));

        assertThat(rendered.body()).contains("The buyer writes: \"<script>alert('x')</script> & \"more\"\"")
                .doesNotContain("&amp;", "&lt;", "&#39;");
        assertThat(rendered.subject()).isEqualTo("Order R&D-1 Bcc: victim@example.com : a buyer opened a dispute");
    }

    @Test
    void moneyDatesAndCodesAreShownTheWayEachLanguageWritesThem() {
        Map<String, Object> values = Map.of("orderId", "AE-1", "platform", Platform.ALIEXPRESS,
                "amount", Money.of("1234.50", "EUR"), "requested", ResolutionType.FULL_REFUND,
                "description", "Kaputt", "due", Instant.parse("2026-11-27T15:30:00Z"));

        String en = templates.render(Notice.DISPUTE_OPENED, "en", values).body();
        String de = templates.render(Notice.DISPUTE_OPENED, "de", values).body();
        String zh = templates.render(Notice.DISPUTE_OPENED, "zh", values).body();

        assertThat(en).contains("€1,234.50", "a full refund", "Nov 27, 2026", "UTC", "AliExpress");
        assertThat(de).contains("1.234,50", "€", "eine volle Erstattung", "27.11.2026");
        assertThat(zh).contains("全额退款", "2026", "速卖通");
        assertThat(en + de + zh).doesNotContain("{", "FULL_REFUND");
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{([A-Za-z]+)}").matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
