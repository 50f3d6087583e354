package com.disputecenter.benchmark;

final class TaskList {
    private final Report report;
    TaskList(Report report, int seconds) {
        this.report = report;
    }
    void run(int[] sizes) {
        report.section("2. Arbitrator task list: waiting for the arbitration queue");
    }
}
