package com.disputecenter.operations.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** {@code %wEx}, Spring Boot's exception word in its log patterns, with the exception messages escaped. */
public class OneLineThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return super.throwableProxyToString(OneLineThrowables.of(proxy));
    }
}
