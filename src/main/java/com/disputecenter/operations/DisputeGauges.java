package com.disputecenter.operations;

import com.disputecenter.dispute.DisputeStatus;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dispute metrics Prometheus scrapes. They are counts over the shared database, not per-node
 * counters: every node of a cluster reports the same cluster-wide value (aggregate with max, not
 * sum), they survive restarts, and a rate over them is disputes per second for the whole desk.
 */
@Component
class DisputeGauges implements SmartInitializingSingleton {

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Duration maxAge;

    DisputeGauges(MeterRegistry registry, JdbcClient jdbc,
            @Value("${dispute-center.metrics.max-age:10s}") Duration maxAge) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.maxAge = maxAge;
    }

    @Override
    public void afterSingletonsInstantiated() {
        gauge("dispute_center.disputes.opened", "Disputes ever opened", "select count(*) from dispute");
        gauge("dispute_center.disputes.resolved", "Disputes resolved, by any means",
                "select count(*) from dispute where status = 'RESOLVED'");
        gauge("dispute_center.disputes.timeouts", "Disputes a missed deadline decided",
                "select count(*) from dispute where decided_by = 'TIMEOUT'");
        for (DisputeStatus status : DisputeStatus.values()) {
            CachedCount count = new CachedCount(() -> jdbc.sql("select count(*) from dispute where status = ?")
                    .param(status.name()).query(Long.class).single(), maxAge);
            Gauge.builder("dispute_center.disputes", count, CachedCount::value)
                    .description("Disputes by current status")
                    .tag("status", status.name())
                    .strongReference(true).register(registry);
        }
    }

    private void gauge(String name, String description, String sql) {
        CachedCount count = new CachedCount(() -> jdbc.sql(sql).query(Long.class).single(), maxAge);
        Gauge.builder(name, count, CachedCount::value).description(description).strongReference(true).register(registry);
    }
}
