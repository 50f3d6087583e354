package com.disputecenter.operations.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;

/** {@code %wex}, Spring Boot's exception word without packaging data, with the exception messages escaped. */
public class OneLineShortThrowableConverter extends WhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return super.throwableProxyToString(OneLineThrowables.of(proxy));
    }
}
