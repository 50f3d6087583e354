package com.disputecenter.benchmark;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.OpenDispute;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.dispute.ResolutionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 1: full dispute lifecycles per second, closed loop. One lifecycle = the buyer opens
 * (DisputeService.open), the seller counter-offers a partial refund (propose), the buyer accepts
 * (accept), and the job executor carries out the refund (ExecutionService via Task_RefundBuyer);
 * the client waits until that refund has committed. The bare case on the same engine and database
 * has the same wait states: start, two message correlations, one async service task.
 */
final class Lifecycle {

    private static final Caller BUYER = new Caller("bob", Set.of(Role.BUYER), null);
    private static final Caller SELLER = new Caller("sam", Set.of(Role.SELLER), "S-1001");
    private static final Money AMOUNT = new Money(new BigDecimal("59.90"), Currency.getInstance("USD"));
    private static final Money OFFER = new Money(new BigDecimal("30.00"), Currency.getInstance("USD"));

    private final Report report;
    private final int seconds;

    Lifecycle(Report report, int seconds) {
        this.report = report;
        this.seconds = seconds;
    }

    void run(List<String> historyLevels) throws Exception {
        report.section("1. Lifecycle throughput (closed loop, " + seconds + " s per point)");
        report.line("%-9s %-9s %7s %9s %9s %9s %9s %10s %9s %9s %8s %9s %9s", "history", "case", "threads", "cases/s",
                "p50 ms", "p95 ms", "p99 ms", "conflicts", "stmts", "trips", "errors", "async p50", "JVM cpu");
        for (String history : historyLevels) {
            String database = "dc_bench_life_" + history;
            BenchApp.recreate(database);
            try (ConfigurableApplicationContext app = BenchApp.start(database, history, "bench-1", Map.of())) {
                app.getBean(RepositoryService.class).createDeployment().name("benchmark-bare-case")
                        .addClasspathResource("benchmark/bare-case.bpmn").deploy();
                Case ours = new OurLifecycle(app);
                Case bare = new BareCase(app);
                // warm-up: JIT, caches, connection pool; not recorded. Our path (Hibernate, DMN, the larger
                // model) needs far more compiled code than the bare one, so a short warm-up flatters the bare case.
                int warmup = Integer.getInteger("bench.warmup", 15);
                measure(app, ours, 4, warmup);
                measure(app, bare, 4, warmup);
                for (int threads : java.util.Arrays.stream(System.getProperty("bench.threads", "1,4,16").split(","))
                        .mapToInt(Integer::parseInt).toArray()) {
                    Result o = measure(app, ours, threads, seconds);
                    Result b = measure(app, bare, threads, seconds);
                    report.line("%-9s %-9s %7d %9.1f %9.1f %9.1f %9.1f %10d %9.1f %9.1f %8d %9.1f %9.1f", history, "dispute", threads,
                            o.perSecond, o.p50, o.p95, o.p99, o.conflicts, o.statements, o.roundTrips, o.errors, o.asyncP50, o.cpuMs);
                    report.line("%-9s %-9s %7d %9.1f %9.1f %9.1f %9.1f %10d %9.1f %9.1f %8d %9.1f %9.1f", history, "bare", threads,
                            b.perSecond, b.p50, b.p95, b.p99, b.conflicts, b.statements, b.roundTrips, b.errors, b.asyncP50, b.cpuMs);
                    report.line("%-9s %-9s %7d ratio dispute/bare = %.2f (target >= 0.6), load %s", history, "", threads,
                            o.perSecond / b.perSecond, Report.load());
                    report.result("lifecycle." + history + ".t" + threads + ".ratio", o.perSecond / b.perSecond);
                }
                if (history.equals(historyLevels.get(0))) {
                    breakdown(app, ours, bare);
                }
            } finally {
                BenchApp.drop(database);
            }
        }
    }

    /** Where the statements of one case go, by verb and table, averaged over 20 cases of each kind. */
    private void breakdown(ConfigurableApplicationContext app, Case ours, Case bare) throws Exception {
        SqlCounter sql = app.getBean(SqlCounter.class);
        CompletionSignal signal = app.getBean(CompletionSignal.class);
        Map<String, Map<String, Long>> traces = new java.util.LinkedHashMap<>();
        OurLifecycle steps = (OurLifecycle) ours;
        long[] before = java.util.Arrays.stream(steps.stepNanos).mapToLong(LongAdder::sum).toArray();
        for (Case kind : List.of(ours, bare)) {
            Thread.sleep(500);
            sql.startTrace();
            for (int i = 0; i < 20; i++) {
                kind.runOne(signal);
            }
            traces.put(kind == ours ? "dispute" : "bare", sql.stopTrace());
        }
        String[] names = {"open", "propose", "accept", "refund job"};
        StringBuilder perStep = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            perStep.append(String.format(java.util.Locale.ROOT, "%s %.1f ms  ", names[i],
                    (steps.stepNanos[i].sum() - before[i]) / 20 / 1e6));
        }
        report.line("dispute lifecycle, one client, mean per step: %s", perStep);
        var rulebooks = app.getBean(com.disputecenter.rules.Rulebooks.class);
        String id = rulebooks.current(Platform.ALIEXPRESS).decisionDefinitionId();
        long r0 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            rulebooks.pinned(id, Platform.values()[i % 4]);
        }
        report.line("one rulebook look-up (Rulebooks.pinned, DMN evaluation): %.2f ms", (System.nanoTime() - r0) / 200 / 1e6);
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        traces.values().forEach(t -> kinds.addAll(t.keySet()));
        report.line("statements per case by verb and table (one client, 20 cases each; includes job acquisition):");
        report.line("  %-40s %9s %9s", "statement", "dispute", "bare");
        double[] sums = new double[2];
        for (String k : kinds) {
            double o = traces.get("dispute").getOrDefault(k, 0L) / 20.0;
            double b = traces.get("bare").getOrDefault(k, 0L) / 20.0;
            sums[0] += o;
            sums[1] += b;
            report.line("  %-40s %9.1f %9.1f", k, o, b);
        }
        report.line("  %-40s %9.1f %9.1f", "total", sums[0], sums[1]);
    }

    interface Case {
        /** One whole case; returns when its last step has committed, with how long that async step took (ns). */
        long runOne(CompletionSignal signal) throws Exception;
    }

    /** @param asyncP50 median time from the last client step's commit to the async step's commit */
    record Result(double perSecond, double cpuMs, double asyncP50, double p50, double p95, double p99, long conflicts, double statements,
            double roundTrips, long errors) {
    }

    private Result measure(ConfigurableApplicationContext app, Case kind, int threads, int runSeconds)
            throws InterruptedException {
        CompletionSignal signal = app.getBean(CompletionSignal.class);
        SqlCounter sql = app.getBean(SqlCounter.class);
        BenchBeans.ConflictCounter engineConflicts = app.getBean(BenchBeans.ConflictCounter.class);
        Recorder latencies = new Recorder(3);
        Recorder asyncWaits = new Recorder(3);
        LongAdder done = new LongAdder();
        LongAdder errors = new LongAdder();
        long conflictsBefore = engineConflicts.conflicts.sum();
        long statementsBefore = sql.statements();
        long cpuBefore = cpuNanos();
        long tripsBefore = sql.roundTrips();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(runSeconds);
        CountDownLatch finished = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            asyncWaits.recordValue(Math.max(0, kind.runOne(signal)));
                            latencies.recordValue(System.nanoTime() - t0);
                            done.increment();
                        } catch (Exception failed) {
                            errors.increment();
                            if (errors.sum() <= 3) {
                                System.err.println("lifecycle failed: " + failed);
                            }
                        }
                    }
                } finally {
                    finished.countDown();
                }
            }, "bench-client-" + i);
            workers.add(t);
            t.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cases = done.sum();
        Histogram h = latencies.getIntervalHistogram();
        Histogram w = asyncWaits.getIntervalHistogram();
        double cpuMs = (cpuNanos() - cpuBefore) / 1e6 / Math.max(1, cases);
        return new Result(cases / elapsed, cpuMs, w.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(95) / 1e6,
                h.getValueAtPercentile(99) / 1e6, engineConflicts.conflicts.sum() - conflictsBefore,
                (sql.statements() - statementsBefore) / (double) Math.max(1, cases),
                (sql.roundTrips() - tripsBefore) / (double) Math.max(1, cases), errors.sum());
    }

    /** Our services, exactly as the REST controllers call them. */
    static final class OurLifecycle implements Case {

        private static final AtomicLong ORDERS = new AtomicLong();
        private final DisputeService disputes;
        /** Time spent in open, propose, accept and waiting for the refund, over all cases run. */
        final LongAdder[] stepNanos = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};

        OurLifecycle(ConfigurableApplicationContext app) {
            this.disputes = app.getBean(DisputeService.class);
        }

        @Override
        public long runOne(CompletionSignal signal) throws Exception {
            Instant now = Instant.now();
            long t0 = System.nanoTime();
            DisputeView opened = disputes.open(BUYER, new OpenDispute("BENCH-" + ORDERS.incrementAndGet() + "-"
                    + UUID.randomUUID().toString().substring(0, 8), Platform.ALIEXPRESS, null, "S-1001",
                    Reason.NOT_RECEIVED_LOST, AMOUNT, ResolutionType.FULL_REFUND, null, "Parcel lost",
                    null, LogisticsChannel.PLATFORM, "IT", "it", now.minusSeconds(86_400), now.minusSeconds(3_600)),
                    List.of());
            UUID id = opened.id();
            var done = signal.expect(id.toString());
            try {
                long t1 = System.nanoTime();
                var offer = retrying(() -> disputes.propose(SELLER, id, ResolutionType.PARTIAL_REFUND, OFFER,
                        "Half back, the parcel may still turn up"));
                long t2 = System.nanoTime();
                retrying(() -> disputes.accept(BUYER, id, offer.id()));
                long accepted = System.nanoTime();
                long refunded = done.get(60, TimeUnit.SECONDS);
                stepNanos[0].add(t1 - t0);
                stepNanos[1].add(t2 - t1);
                stepNanos[2].add(accepted - t2);
                stepNanos[3].add(refunded - accepted);
                return refunded - accepted;
            } finally {
                signal.forget(id.toString());
            }
        }
    }

    /** The same wait states on the same engine, with nothing of ours around them. */
    static final class BareCase implements Case {

        private final RuntimeService runtime;

        BareCase(ConfigurableApplicationContext app) {
            this.runtime = app.getBean(RuntimeService.class);
        }

        @Override
        public long runOne(CompletionSignal signal) throws Exception {
            String key = UUID.randomUUID().toString();
            var done = signal.expect(key);
            try {
                runtime.createProcessInstanceByKey("BenchBareCase").businessKey(key)
                        .setVariable("disputeId", key).execute();
                runtime.createMessageCorrelation("BareFirst").processInstanceBusinessKey(key).correlateWithResult();
                runtime.createMessageCorrelation("BareAgreed").processInstanceBusinessKey(key)
                        .setVariable("resolutionType", "PARTIAL_REFUND").correlateWithResult();
                long agreed = System.nanoTime();
                return done.get(60, TimeUnit.SECONDS) - agreed;
            } finally {
                signal.forget(key);
            }
        }
    }

    /** CPU time of this whole JVM (clients, engine, job executor): what a case costs on the application side. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A client retries a step the API answered with 409 (the case moved on meanwhile). */
    private static <T> T retrying(java.util.function.Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (DisputeCenterException.Conflict conflict) {
                if (attempt == 5) {
                    throw conflict;
                }
            }
        }
    }
}
