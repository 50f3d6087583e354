package com.disputecenter.operations.process;

import com.disputecenter.operations.CachedCount;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's side of the Prometheus metrics: open incidents (what Cockpit shows in red) and the
 * job backlog. Both are counts over the shared database, so every node reports the same value.
 */
@Component
class EngineGauges implements SmartInitializingSingleton {

    private final MeterRegistry registry;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final Duration maxAge;

    EngineGauges(MeterRegistry registry, ManagementService management, RuntimeService runtime,
            @Value("${dispute-center.metrics.max-age:10s}") Duration maxAge) {
        this.registry = registry;
        this.management = management;
        this.runtime = runtime;
        this.maxAge = maxAge;
    }

    @Override
    public void afterSingletonsInstantiated() {
        CachedCount incidents = new CachedCount(() -> runtime.createIncidentQuery().count(), maxAge);
        CachedCount dueJobs = new CachedCount(() -> management.createJobQuery().executable().active().count(), maxAge);
        CachedCount failedJobs = new CachedCount(() -> management.createJobQuery().noRetriesLeft().count(), maxAge);
        Gauge.builder("dispute_center.incidents.open", incidents, CachedCount::value)
                .description("Open incidents in the engine (a job out of retries, as Cockpit shows it)")
                .strongReference(true).register(registry);
        Gauge.builder("dispute_center.jobs.due", dueJobs, CachedCount::value)
                .description("Jobs due now and not yet done (timers and async steps): the job executor backlog")
                .strongReference(true).register(registry);
        Gauge.builder("dispute_center.jobs.failed", failedJobs, CachedCount::value)
                .description("Jobs with no retries left")
                .strongReference(true).register(registry);
    }
}
