package com.disputecenter.benchmark;

/** Scenario 2: the arbitrator's task list (filled in once the arbitration queue has landed). */
final class TaskList {

    private final Report report;
    private final int seconds;

    TaskList(Report report, int seconds) {
        this.report = report;
        this.seconds = seconds;
    }

    void run(int[] sizes) throws Exception {
        report.section("2. Arbitrator task list: not yet built");
    }
}
