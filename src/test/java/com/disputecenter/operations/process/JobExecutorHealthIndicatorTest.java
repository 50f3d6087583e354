package com.disputecenter.operations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Status;

/** When the job executor part of /actuator/health pulls a node's health down, and when not. */
class JobExecutorHealthIndicatorTest {

    private final ManagementService management = mock(ManagementService.class, RETURNS_DEEP_STUBS);

    private JobExecutorHealthIndicator indicator(JobExecutor executor) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (executor != null) {
            beans.addBean("jobExecutor", executor);
        }
        when(management.createJobQuery().executable().active().count()).thenReturn(0L);
        return new JobExecutorHealthIndicator(beans.getBeanProvider(JobExecutor.class), management);
    }

    @Test
    void aRunningExecutorIsUp() {
        JobExecutor executor = mock(JobExecutor.class);
        when(executor.isActive()).thenReturn(true);
        when(executor.getLockOwner()).thenReturn("node-1");
        var health = indicator(executor).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("lockOwner", "node-1");
    }

    @Test
    void anExecutorThatShouldRunButDoesNotIsDown() {
        JobExecutor executor = mock(JobExecutor.class);
        when(executor.isActive()).thenReturn(false);
        assertThat(indicator(executor).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aWebOnlyNodeIsNotDownForRunningNoJobs() {
        var health = indicator(null).health();
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsEntry("dueJobs", 0L);
    }
}
