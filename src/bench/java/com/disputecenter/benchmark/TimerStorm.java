package com.disputecenter.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 3: N timers falling due at the same instant. The instances of a timer-only model are
 * created with a due date a day ahead; once every node is up and idle, one UPDATE moves all their
 * timer jobs to the same instant a few seconds ahead. Each firing writes a row in the job's own
 * transaction (TimerRecorder), so lateness is fired minus due and a duplicate is a second row for
 * the same instance. Two nodes = two application contexts in this JVM, each with its own engine
 * (own name, own job executor and lock owner) and its own connection pool, on the same database.
 */
final class TimerStorm {

    private final Report report;

    TimerStorm(Report report) {
        this.report = report;
    }

    void run(int timers) throws Exception {
        String history = System.getProperty("bench.production-history", "full");
        Map<String, String> jobExecutor = jobExecutorSettings();
        report.section("3. Timer storm: " + timers + " timers due at once (history " + history + ", job executor "
                + (jobExecutor.isEmpty() ? "defaults" : jobExecutor.toString()) + ")");
        report.line("%-6s %9s %10s %12s %12s %12s %12s %11s %10s %s", "nodes", "create/s", "drain/s", "due-to-last s",
                "late p50 s", "late p95 s", "late p99 s", "duplicates", "conflicts", "fired per node");
        for (int nodes : new int[] {1, 2}) {
            String database = "dc_bench_timers_" + nodes;
            BenchApp.recreate(database);
            List<ConfigurableApplicationContext> apps = new ArrayList<>();
            try {
                apps.add(BenchApp.start(database, history, "node-1", jobExecutor));
                ConfigurableApplicationContext first = apps.get(0);
                JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
                jdbc.execute("create table " + TimerRecorder.TABLE
                        + " (process_instance_id varchar(64) not null, node varchar(20) not null,"
                        + " fired_at timestamp with time zone not null)");
                first.getBean(RepositoryService.class).createDeployment().name("benchmark-timer-storm")
                        .addClasspathResource("benchmark/timer-storm.bpmn").deploy();
                double createRate = create(first.getBean(RuntimeService.class), timers);
                for (int n = 2; n <= nodes; n++) {
                    apps.add(BenchApp.start(database, history, "node-" + n, jobExecutor));
                }
                Thread.sleep(2_000);
                Instant due = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
                int moved = jdbc.update("update act_ru_job set duedate_ = ? where process_def_key_ = 'BenchTimerStorm'",
                        Timestamp.from(due));
                if (moved != timers) {
                    throw new IllegalStateException("expected " + timers + " timer jobs, found " + moved);
                }
                long conflictsBefore = conflicts(apps);
                Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
                while (distinctFired(jdbc) < timers && Instant.now().isBefore(deadline)) {
                    Thread.sleep(250);
                }
                Thread.sleep(1_000); // a late duplicate would still land now
                Map<String, Object> s = jdbc.queryForMap("""
                        select count(*) as fired, count(distinct process_instance_id) as distinct_fired,
                          extract(epoch from max(fired_at) - min(fired_at)) as spread,
                          extract(epoch from max(fired_at) - ?) as due_to_last,
                          percentile_cont(0.50) within group (order by extract(epoch from fired_at - ?)) as p50,
                          percentile_cont(0.95) within group (order by extract(epoch from fired_at - ?)) as p95,
                          percentile_cont(0.99) within group (order by extract(epoch from fired_at - ?)) as p99
                        from bench_timer_fired""", Timestamp.from(due), Timestamp.from(due), Timestamp.from(due),
                        Timestamp.from(due));
                Map<String, Long> perNode = new LinkedHashMap<>();
                jdbc.query("select node, count(*) from bench_timer_fired group by node order by node",
                        r -> {
                            perNode.put(r.getString(1), r.getLong(2));
                        });
                long fired = ((Number) s.get("fired")).longValue();
                long distinct = ((Number) s.get("distinct_fired")).longValue();
                double spread = ((Number) s.get("spread")).doubleValue();
                double dueToLast = ((Number) s.get("due_to_last")).doubleValue();
                double drain = distinct / Math.max(0.001, spread);
                report.line("%-6d %9.0f %10.0f %12.1f %12.2f %12.2f %12.2f %11d %10d %s%s", nodes, createRate, drain,
                        dueToLast, num(s.get("p50")), num(s.get("p95")), num(s.get("p99")), fired - distinct,
                        conflicts(apps) - conflictsBefore, perNode, distinct < timers ? "  INCOMPLETE: " + distinct : "");
                report.line("       (drain/s = timers / (last firing - first firing); load %s)", Report.load());
                report.result("timers.n" + nodes + ".drain", drain);
            } finally {
                for (int i = apps.size() - 1; i >= 0; i--) {
                    apps.get(i).close();
                }
                BenchApp.drop(database);
            }
        }
    }

    /** bench.jobexecutor=max-jobs-per-acquisition=10;core-pool-size=4 sets camunda.bpm.job-execution.* */
    private static Map<String, String> jobExecutorSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        String raw = System.getProperty("bench.jobexecutor", "");
        for (String pair : raw.split(";")) {
            if (pair.contains("=")) {
                settings.put("camunda.bpm.job-execution." + pair.substring(0, pair.indexOf('=')).trim(),
                        pair.substring(pair.indexOf('=') + 1).trim());
            }
        }
        return settings;
    }

    private static double num(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    private static long distinctFired(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(distinct process_instance_id) from bench_timer_fired", Long.class);
    }

    private static long conflicts(List<ConfigurableApplicationContext> apps) {
        return apps.stream().mapToLong(a -> a.getBean(BenchBeans.ConflictCounter.class).conflicts.sum()).sum();
    }

    private double create(RuntimeService runtime, int timers) throws Exception {
        Date later = Date.from(Instant.now().plus(Duration.ofDays(1)));
        int threads = 4;
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = timers / threads + (t < timers % threads ? 1 : 0);
            parts.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    runtime.createProcessInstanceByKey("BenchTimerStorm").setVariable("due", later).execute();
                }
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        pool.shutdown();
        return timers / ((System.nanoTime() - t0) / 1e9);
    }
}
