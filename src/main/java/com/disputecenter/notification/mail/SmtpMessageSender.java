package com.disputecenter.notification.mail;

import com.disputecenter.notification.MessageSender;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.unbescape.html.HtmlEscape;

/**
 * Sends by SMTP (Spring's {@code spring.mail.*}). The recipient's address is its id at the configured
 * domain ({@code dispute-center.messages.recipient-domain}): the marketplace's mail relay maps users
 * and seller accounts to their real addresses.
 *
 * <p>A message is plain text (subject and body as the templates wrote them, values as the parties
 * wrote them). It goes out as multipart/alternative: the text itself, and an HTML rendering of it for
 * clients that prefer one, in which the whole text is HTML-escaped (a buyer's markup is
 * shown, never run) and line breaks become {@code <br>}.
 */
public class SmtpMessageSender implements MessageSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mail;
    private final String from;
    private final String recipientDomain;

    public SmtpMessageSender(JavaMailSender mail, String from, String recipientDomain) {
        this.mail = mail;
        this.from = from;
        this.recipientDomain = recipientDomain;
    }

    @Override
    public void send(Envelope message) throws Exception {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, UTF_8);
        helper.setFrom(from);
        helper.setTo(message.recipient() + "@" + recipientDomain);
        helper.setSubject(message.subject());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.body(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(message), UTF_8, "html");
        // the plainest first, as RFC 2046 asks of multipart/alternative
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.setHeader("X-Dispute-Center-Message", message.id().toString());
        mail.send(mime);
    }

    static String html(Envelope message) {
        String language = message.language() == null ? "en" : HtmlEscape.escapeHtml4Xml(message.language());
        // & < > " ' only (unbescape, as Thymeleaf escapes a page); all else is UTF-8 as it is
        return "<html lang=\"" + language + "\"><body><p>"
                + HtmlEscape.escapeHtml4Xml(message.body()).replace("\n", "<br>\n") + "</p></body></html>";
    }
}
