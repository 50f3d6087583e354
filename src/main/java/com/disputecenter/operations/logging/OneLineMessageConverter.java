package com.disputecenter.operations.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %m}, {@code %msg}, {@code %message} in every log pattern (logback-spring.xml): the formatted
 * message on one line, whatever the values logged with it hold. Registered in place of logback's own,
 * so no call site can forget to escape what it logs.
 */
public class OneLineMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.oneLine(super.convert(event));
    }
}
