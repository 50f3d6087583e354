package com.disputecenter.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark harness (docs/BENCHMARKS.md): {@code ./mvnw -Pbenchmark -DskipTests verify}.
 * System properties: bench.only (lifecycle,tasklist,timers), bench.seconds per measured point,
 * bench.history (levels for scenario 1), bench.tasklist.sizes, bench.timers, bench.keep (keep the
 * dc_bench_* databases for a look afterwards).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> only = List.of(System.getProperty("bench.only", "lifecycle,tasklist,timers").split(","));
        int seconds = Integer.getInteger("bench.seconds", 8);
        Report report = new Report(Path.of(System.getProperty("bench.report", "target/benchmark-results.txt")));
        report.section("Dispute Center benchmark, " + Instant.now());
        report.line("machine: %d cores, %s MB max heap, Java %s, %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), postgresVersion());
        report.line("load at start: %s", Report.load());
        if (only.contains("lifecycle")) {
            new Lifecycle(report, seconds).run(Arrays.asList(System.getProperty("bench.history", "full,audit").split(",")));
        }
        if (only.contains("tasklist")) {
            new TaskList(report, seconds).run(Arrays.stream(System.getProperty("bench.tasklist.sizes", "100000,1000000")
                    .split(",")).mapToInt(Integer::parseInt).toArray());
        }
        if (only.contains("timers")) {
            new TimerStorm(report).run(Integer.getInteger("bench.timers", 20_000));
        }
        report.line("");
        report.line("load at end: %s", Report.load());
        System.exit(0);
    }

    private static String postgresVersion() {
        try (Connection c = DriverManager.getConnection(BenchApp.SERVER + "postgres", "postgres", "");
                ResultSet r = c.createStatement().executeQuery("show server_version")) {
            r.next();
            return "PostgreSQL " + r.getString(1);
        } catch (Exception e) {
            return "PostgreSQL unreachable: " + e.getMessage();
        }
    }
}
