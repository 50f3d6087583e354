package com.disputecenter.operations;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A count read from the database at most every few seconds, however often it is scraped; NaN while
 * the database cannot be reached, so a scrape never fails and never blocks on a dead connection twice.
 * Micrometer holds a gauge's object weakly: register it with a strong reference, or it is collected
 * and the metric turns NaN.
 */
public final class CachedCount {

    private static final Logger log = LoggerFactory.getLogger(CachedCount.class);

    private final LongSupplier query;
    private final long maxAgeNanos;
    private double value = Double.NaN;
    private long readAt;
    private boolean read;

    public CachedCount(LongSupplier query, Duration maxAge) {
        this.query = query;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public synchronized double value() {
        long now = System.nanoTime();
        if (!read || now - readAt >= maxAgeNanos) {
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
