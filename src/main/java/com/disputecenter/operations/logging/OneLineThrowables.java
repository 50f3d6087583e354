package com.disputecenter.operations.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;

/**
 * A logged exception whose messages (its own, its causes', the suppressed ones') are escaped like a log
 * message: the stack trace keeps its lines, but an exception message that quotes user input cannot add
 * a line of its own. Frames are the JVM's and left as they are.
 */
record OneLineThrowables(IThrowableProxy proxy) implements IThrowableProxy {

    static IThrowableProxy of(IThrowableProxy proxy) {
        return proxy == null || proxy instanceof OneLineThrowables ? proxy : new OneLineThrowables(proxy);
    }

    @Override
    public String getMessage() {
        return LogText.oneLine(proxy.getMessage());
    }

    @Override
    public String getClassName() {
        return proxy.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return proxy.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return proxy.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return of(proxy.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        IThrowableProxy[] suppressed = proxy.getSuppressed();
        return suppressed == null ? null : Arrays.stream(suppressed).map(OneLineThrowables::of)
                .toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
        return proxy.isCyclic();
    }
}
