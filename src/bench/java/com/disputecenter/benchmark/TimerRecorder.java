package com.disputecenter.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Called by the timer-storm model right after its timer fired, inside the job's transaction: one
 * row per committed execution, so a job that ran twice shows up as two rows.
 */
public final class TimerRecorder {

    static final String TABLE = "bench_timer_fired";

    private final JdbcTemplate jdbc;
    private final String node;

    TimerRecorder(JdbcTemplate jdbc, String node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    public boolean fired(DelegateExecution execution) {
        jdbc.update("insert into " + TABLE + " (process_instance_id, node, fired_at) values (?, ?, ?)",
                execution.getProcessInstanceId(), node, Timestamp.from(Instant.now()));
        return true;
    }
}
