package com.disputecenter.notification.mail;

import com.disputecenter.notification.MessageSender;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends by SMTP (Spring's {@code spring.mail.*}). The recipient's address is its id at the configured
 * domain ({@code dispute-center.messages.recipient-domain}): the marketplace's mail relay maps users
 * and seller accounts to their real addresses.
 */
public class SmtpMessageSender implements MessageSender {

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
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient() + "@" + recipientDomain);
        helper.setSubject(message.subject());
        // the body's values are HTML-escaped already; its line breaks become <br>
        helper.setText("<html><body><p>" + message.body().replace("\n", "<br>\n") + "</p></body></html>", true);
        mime.setHeader("X-Dispute-Center-Message", message.id().toString());
        mail.send(mime);
    }
}
