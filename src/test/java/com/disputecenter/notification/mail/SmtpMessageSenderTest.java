package com.disputecenter.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.notification.MessageSender.Envelope;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpMessageSenderTest {

    /** Keeps what would have gone to the SMTP server, as it would have been written on the wire. */
    static final class Outbox extends JavaMailSenderImpl {
        final List<MimeMessage> sent = new ArrayList<>();

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            for (MimeMessage message : messages) {
                try {
                    message.saveChanges();
                    ByteArrayOutputStream wire = new ByteArrayOutputStream();
                    message.writeTo(wire);
                    sent.add(new MimeMessage(getSession(), new java.io.ByteArrayInputStream(wire.toByteArray())));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static final Envelope MESSAGE = new Envelope(UUID.fromString("0c0c0c0c-1111-2222-3333-444444444444"),
            UUID.randomUUID(), "S-1001", "SELLER", "zh", "Order R&D-1: a buyer opened a dispute",
            "The buyer writes: \"<img src=x onerror=alert(1)> Tom & Jerry's\"\nPlease respond by 27 Nov.");

    @Test
    void aMessageGoesOutAsItsPlainTextAndAnEscapedHtmlAlternative() throws Exception {
        Outbox outbox = new Outbox();

        new SmtpMessageSender(outbox, "disputes@dispute-center.local", "users.dispute-center.local").send(MESSAGE);

        MimeMessage mail = outbox.sent.get(0);
        assertThat(mail.getSubject()).isEqualTo("Order R&D-1: a buyer opened a dispute");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("S-1001@users.dispute-center.local");
        assertThat(mail.getHeader("X-Dispute-Center-Message")).containsExactly("0c0c0c0c-1111-2222-3333-444444444444");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);

        MimeBodyPart text = (MimeBodyPart) parts.getBodyPart(0);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(text.getContent()).isEqualTo(MESSAGE.body());

        MimeBodyPart html = (MimeBodyPart) parts.getBodyPart(1);
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) html.getContent()).isEqualTo("<html lang=\"zh\"><body><p>The buyer writes: "
                + "&quot;&lt;img src=x onerror=alert(1)&gt; Tom &amp; Jerry&#39;s&quot;<br>\n"
                + "Please respond by 27 Nov.</p></body></html>");
    }

    @Test
    void theSubjectSurvivesTheWireInAnyScript() throws Exception {
        Outbox outbox = new Outbox();
        Envelope chinese = new Envelope(UUID.randomUUID(), UUID.randomUUID(), "S-1001", "SELLER", "zh",
                "订单 AE-1:买家提起了纠纷", "买家说明:“<b>坏了</b>”");

        new SmtpMessageSender(outbox, "disputes@dispute-center.local", "users.dispute-center.local").send(chinese);

        MimeMessage mail = outbox.sent.get(0);
        assertThat(mail.getSubject()).isEqualTo("订单 AE-1:买家提起了纠纷");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("买家说明:“<b>坏了</b>”");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("买家说明:“&lt;b&gt;坏了&lt;/b&gt;”");
    }
}
