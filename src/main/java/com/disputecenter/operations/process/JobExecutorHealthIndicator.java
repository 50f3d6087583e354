package com.disputecenter.operations.process;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The job executor's part of /actuator/health (replaces Camunda's own indicator of the same name):
 * DOWN when this node should run jobs and its executor is not running, UNKNOWN on a node that runs
 * none by configuration (a web-only node is healthy), and the cluster-wide backlog as details.
 * The backlog is not a reason to pull a node out of a load balancer, so it never turns the status.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealthIndicator implements HealthIndicator {

    private final ObjectProvider<JobExecutor> jobExecutor;
    private final ManagementService management;

    JobExecutorHealthIndicator(ObjectProvider<JobExecutor> jobExecutor, ManagementService management) {
        this.jobExecutor = jobExecutor;
        this.management = management;
    }

    @Override
    public Health health() {
        JobExecutor executor = jobExecutor.getIfAvailable();
        Health.Builder health;
        if (executor == null) {
            health = Health.unknown().withDetail("active", false)
                    .withDetail("reason", "job execution is disabled on this node");
        } else if (executor.isActive()) {
            health = Health.up().withDetail("active", true).withDetail("lockOwner", executor.getLockOwner())
                    .withDetail("lockTimeInMillis", executor.getLockTimeInMillis());
        } else {
            health = Health.down().withDetail("active", false);
        }
        long due = management.createJobQuery().executable().active().count();
        health.withDetail("dueJobs", due);
        if (due > 0) {
            Job oldest = management.createJobQuery().executable().active().orderByJobDuedate().asc()
                    .listPage(0, 1).stream().findFirst().orElse(null);
            if (oldest != null && oldest.getDuedate() != null) {
                health.withDetail("oldestDueSeconds",
                        Duration.between(oldest.getDuedate().toInstant(), Instant.now()).toSeconds());
            }
        }
        health.withDetail("failedJobs", management.createJobQuery().noRetriesLeft().count());
        return health.build();
    }
}
