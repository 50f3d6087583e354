package com.disputecenter.operations;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A count read from the database at most every few seconds, however often it is scraped; NaN while
 * the database cannot be reached, so a scrape never fails and never blocks on a dead connection twice.
 */
public final class CachedCount {

    private static final Logger log = LoggerFactory.getLogger(CachedCount.class);
    private static final long MAX_AGE_NANOS = 10_000_000_000L;

    private final LongSupplier query;
    private double value = Double.NaN;
    private long readAt;
    private boolean read;

    public CachedCount(LongSupplier query) {
        this.query = query;
    }

    public synchronized double value() {
        long now = System.nanoTime();
        if (!read || now - readAt > MAX_AGE_NANOS) {
            read = true;
            readAt = now;
            try {
                value = query.getAsLong();
            } catch (RuntimeException unreachable) {
                log.debug("metric query failed", unreachable);
                value = Double.NaN;
            }
        }
        return value;
    }
}
