package com.disputecenter.notification;

import com.disputecenter.notification.mail.SmtpMessageSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set, the log otherwise. */
@Configuration(proxyBeanMethods = false)
class MessageSenderConfig {

    @Bean
    MessageSender messageSender(Environment environment, ObjectProvider<JavaMailSender> mail,
            @Value("${dispute-center.messages.from:disputes@dispute-center.local}") String from,
            @Value("${dispute-center.messages.recipient-domain:users.dispute-center.local}") String recipientDomain) {
        String host = environment.getProperty("spring.mail.host");
        if (host != null && !host.isBlank()) {
            return new SmtpMessageSender(mail.getObject(), from, recipientDomain);
        }
        return new LogMessageSender();
    }
}
