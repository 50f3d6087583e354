package com.disputecenter.benchmark;

import com.disputecenter.arbitration.ArbitrationQueue;
import com.disputecenter.arbitration.QueueFilter;
import com.disputecenter.arbitration.QueuePage;
import com.disputecenter.common.Caller;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 2: the arbitrators' task list at 100k and 1M open disputes, all waiting for a decision.
 * Ours: ArbitrationQueue.page (page + capped count over arbitration_queue), filtered by platform and
 * reason, SLA-sorted. Camunda's: TaskQuery by candidate group with platform and reason as process
 * variables, sorted by the slaDueAt variable, and its count. Both sides hold the same cases.
 *
 * <p>Rows are bulk-inserted with generate_series: dispute + arbitration_queue shaped as the
 * dispute aggregate writes them; for the engine, one real instance of a one-user-task model is
 * started and its ACT_RU_EXECUTION, ACT_RU_TASK, ACT_RU_IDENTITYLINK and ACT_RU_VARIABLE rows are
 * cloned column by column, so every engine column holds what the engine itself wrote. No history
 * rows are cloned: TaskQuery reads none.
 */
final class TaskList {

    private static final String[] PLATFORMS = {"ALIEXPRESS", "TMALL_GLOBAL", "AMAZON", "EBAY"};
    private static final String[] REASONS = {"NOT_RECEIVED_IN_TRANSIT", "NOT_RECEIVED_NO_TRACKING", "NOT_RECEIVED_LOST",
        "NOT_AS_DESCRIBED_MISMATCH", "NOT_AS_DESCRIBED_DAMAGED", "NOT_AS_DESCRIBED_NOT_WORKING",
        "NOT_AS_DESCRIBED_WRONG_ITEM", "NOT_AS_DESCRIBED_SIZE"};
    private static final Caller ARBITRATOR = new Caller("ada", Set.of(Role.ARBITRATOR), null);
    /** Deterministic per row number n, identical on both sides. */
    private static final String PLATFORM_OF_N = "(array['ALIEXPRESS','TMALL_GLOBAL','AMAZON','EBAY'])[1 + n % 4]";
    private static final String REASON_OF_N = "(array['" + String.join("','", REASONS) + "'])[1 + (n / 4) % 8]";
    /** SLA due times spread over 9 days around now, millisecond precision (a Date variable's). */
    private static final String SLA_OF_N = "(date_trunc('day', now()) - interval '2 days' + ((n * 7919) % 777600000) * interval '1 millisecond')";
    private static final String DISPUTE_ID_OF_N = "md5('bench-dispute-' || n)::uuid";
    private static final String APPEAL_OF_N = "(n % 20 = 0)";

    private final Report report;
    private final int seconds;

    TaskList(Report report, int seconds) {
        this.report = report;
        this.seconds = seconds;
    }

    void run(int[] sizes) throws Exception {
        String history = System.getProperty("bench.production-history", "full");
        boolean reuse = Boolean.getBoolean("bench.tasklist.reuse");
        report.section("2. Arbitrator task list, filter platform + reason, 20 per page (" + seconds + " s per query kind)");
        report.line("%-10s %-36s %9s %9s %9s %8s", "open", "query", "p50 ms", "p95 ms", "p99 ms", "samples");
        for (int size : sizes) {
            // one database per size; with bench.tasklist.reuse a database kept (bench.keep) from an earlier run
            // holding exactly that many cases is measured again without the long bulk insert
            String database = "dc_bench_tasks_" + size;
            boolean filled = reuse && BenchApp.exists(database) && queueRows(database) == size;
            if (!filled) {
                BenchApp.recreate(database);
            }
            try (ConfigurableApplicationContext app = BenchApp.start(database, history, "bench-1",
                    Map.of("camunda.bpm.job-execution.enabled", "false"))) {
                if (!filled) {
                    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                    app.getBean(RepositoryService.class).createDeployment().name("benchmark-arbitration-task")
                            .addClasspathResource("benchmark/arbitration-tasks.bpmn").deploy();
                    String template = app.getBean(RuntimeService.class).createProcessInstanceByKey("BenchArbitrationTask")
                            .businessKey("template")
                            // matches no filter, so both sides hold exactly the bulk-inserted cases
                            .setVariables(Variables.createVariables().putValue("platform", "TEMPLATE")
                                    .putValue("reason", "TEMPLATE").putValue("slaDueAt", new java.util.Date()))
                            .execute().getId();
                    long t0 = System.nanoTime();
                    fill(jdbc, template, 1, size);
                    report.line("%-10d (bulk insert of %d cases took %.0f s, load %s)", size, size,
                            (System.nanoTime() - t0) / 1e9, Report.load());
                } else {
                    report.line("%-10d (reusing database %s, filled by an earlier run)", size, database);
                }
                check(app);
                measureAll(app, size);
            } finally {
                BenchApp.drop(database);
            }
        }
    }

    private static long queueRows(String database) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(BenchApp.SERVER + database, "postgres", "");
                java.sql.ResultSet r = c.createStatement().executeQuery("select count(*) from arbitration_queue")) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private void measureAll(ConfigurableApplicationContext app, int size) {
        ArbitrationQueue queue = app.getBean(ArbitrationQueue.class);
        TaskService tasks = app.getBean(TaskService.class);
        Histogram ours = measure(() -> {
            String[] f = randomFilter();
            return queue.page(ARBITRATOR, new QueueFilter(Platform.valueOf(f[0]), Reason.valueOf(f[1]), null, null, null,
                    QueueFilter.Scope.ALL), 0, 20);
        });
        line(size, "ours: page + capped count", ours);
        // what-if: the same two statements with the count capped at 1,000 instead of 10,000
        var jdbc = app.getBean(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.class);
        var readOnly = new org.springframework.transaction.support.TransactionTemplate(
                app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        String where = " where q.appeal = false and q.platform = :platform and q.reason = :reason";
        Histogram smallCap = measure(() -> readOnly.execute(tx -> {
            String[] f = randomFilter();
            var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("platform", f[0])
                    .addValue("reason", f[1]).addValue("limit", 20).addValue("offset", 0).addValue("cap", 1_001);
            jdbc.queryForList("select q.dispute_id, q.order_id, q.platform, q.reason, q.amount_value, q.amount_currency,"
                    + " q.sla_due_at, q.appeal, q.senior_involved, q.awaiting_evidence, q.assignee, q.opened_at"
                    + " from arbitration_queue q" + where + " order by q.sla_due_at, q.dispute_id limit :limit offset :offset",
                    params);
            return jdbc.queryForObject("select count(*) from (select 1 from arbitration_queue q" + where
                    + " limit :cap) capped", params, Long.class);
        }));
        line(size, "what-if: same, count capped at 1,000", smallCap);
        Histogram page = measure(() -> filtered(tasks).listPage(0, 20));
        line(size, "TaskQuery: page (no sort)", page);
        Histogram count = measure(() -> filtered(tasks).count());
        line(size, "TaskQuery: count", count);
        Histogram sorted = measure(() -> filtered(tasks).orderByProcessVariable("slaDueAt", ValueType.DATE).asc()
                .listPage(0, 20));
        line(size, "TaskQuery: page sorted by slaDueAt", sorted);
        double camundaP95 = sorted.getValueAtPercentile(95) / 1e6 + count.getValueAtPercentile(95) / 1e6;
        double oursP95 = ours.getValueAtPercentile(95) / 1e6;
        report.line("%-10d ours p95 %.1f ms (target <= 20 ms at 1M); TaskQuery sorted page + count p95 %.1f ms = %.0fx ours"
                + " (target >= 10x); sorted page alone %.0fx; load %s", size, oursP95, camundaP95, camundaP95 / oursP95,
                sorted.getValueAtPercentile(95) / 1e6 / oursP95, Report.load());
        report.result("tasklist." + size + ".ours.p95", oursP95);
        report.result("tasklist." + size + ".factor", camundaP95 / oursP95);
    }

    private static TaskQuery filtered(TaskService tasks) {
        String[] f = randomFilter();
        return tasks.createTaskQuery().taskCandidateGroup("ARBITRATOR")
                .processVariableValueEquals("platform", f[0]).processVariableValueEquals("reason", f[1]);
    }

    private static String[] randomFilter() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new String[] {PLATFORMS[r.nextInt(PLATFORMS.length)], REASONS[r.nextInt(REASONS.length)]};
    }

    /** Closed loop, one client, for the configured seconds (at least 5 samples), after 2 unrecorded calls. */
    private Histogram measure(Supplier<?> query) {
        query.get();
        query.get();
        Histogram h = new Histogram(3);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end || h.getTotalCount() < 5) {
            long t0 = System.nanoTime();
            query.get();
            h.recordValue(System.nanoTime() - t0);
        }
        return h;
    }

    private void line(int size, String what, Histogram h) {
        report.line("%-10d %-36s %9.1f %9.1f %9.1f %8d", size, what, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(95) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getTotalCount());
    }

    /** Both lists show the same cases first: our page against the engine's, by SLA due time. */
    private void check(ConfigurableApplicationContext app) {
        QueuePage ours = app.getBean(ArbitrationQueue.class).page(ARBITRATOR, new QueueFilter(Platform.EBAY,
                Reason.NOT_RECEIVED_LOST, null, null, null, QueueFilter.Scope.ALL), 0, 20);
        List<Task> theirs = app.getBean(TaskService.class).createTaskQuery().taskCandidateGroup("ARBITRATOR")
                .processVariableValueEquals("platform", "EBAY").processVariableValueEquals("reason", "NOT_RECEIVED_LOST")
                .orderByProcessVariable("slaDueAt", ValueType.DATE).asc().listPage(0, 20);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        List<Long> ourDue = ours.rows().stream().map(r -> r.slaDueAt().toEpochMilli()).toList();
        List<Long> theirDue = new ArrayList<>();
        for (Task t : theirs) {
            theirDue.add(((java.util.Date) runtime.getVariable(t.getExecutionId(), "slaDueAt")).getTime());
        }
        long count = app.getBean(TaskService.class).createTaskQuery().taskCandidateGroup("ARBITRATOR")
                .processVariableValueEquals("platform", "EBAY").processVariableValueEquals("reason", "NOT_RECEIVED_LOST")
                .count();
        if (ourDue.isEmpty() || !ourDue.equals(theirDue)) {
            throw new IllegalStateException("the two task lists differ: " + ourDue + " vs " + theirDue);
        }
        report.line("           check: both lists start with the same %d cases; EBAY + NOT_RECEIVED_LOST matches %d (ours: %s%s)",
                ourDue.size(), count, ours.total(), ours.totalCapped() ? "+, capped" : "");
    }

    private static void fill(JdbcTemplate jdbc, String template, long from, long to) {
        String n = "generate_series(" + from + "::bigint, " + to + "::bigint) g(n)";
        String rulebook = jdbc.queryForObject(
                "select id_ from act_re_decision_def where key_ = 'platform-rules' order by version_ desc limit 1", String.class);
        jdbc.update("insert into dispute (id, version, order_id, open_order_id, platform, buyer_id, seller_id, reason,"
                + " amount_value, amount_currency, description, rulebook_id, stage, status, escalated_by, escalated_from_return,"
                + " senior_involved, appealed, refunded_value, counts_toward_dispute_rate, opened_at, opened_by)"
                + " select " + DISPUTE_ID_OF_N + ", 3, 'BENCH-' || n, 'BENCH-' || n, " + PLATFORM_OF_N + ", 'buyer-' || (n % 50000),"
                + " 'S-' || (n % 5000), " + REASON_OF_N + ", 10 + (n % 490), 'USD', 'Bulk-inserted for the benchmark', ?,"
                + " case when " + APPEAL_OF_N + " then 'APPEAL' else 'ARBITRATION' end, 'ARBITRATION', 'BUYER', false,"
                + " " + APPEAL_OF_N + ", " + APPEAL_OF_N + ", 0, true, " + SLA_OF_N + " - interval '12 days', 'bob' from " + n, rulebook);
        jdbc.update("insert into arbitration_queue (dispute_id, order_id, platform, reason, amount_value, amount_currency,"
                + " sla_due_at, appeal, senior_involved, awaiting_evidence, assignee, opened_at)"
                + " select " + DISPUTE_ID_OF_N + ", 'BENCH-' || n, " + PLATFORM_OF_N + ", " + REASON_OF_N + ", 10 + (n % 490), 'USD', "
                + SLA_OF_N + ", " + APPEAL_OF_N + ", " + APPEAL_OF_N + " or " + SLA_OF_N + " < now(), false, null, "
                + SLA_OF_N + " - interval '12 days' from " + n);
        Map<String, String> execution = new LinkedHashMap<>();
        execution.put("id_", "'be-' || n");
        execution.put("proc_inst_id_", "'be-' || n");
        execution.put("root_proc_inst_id_", "'be-' || n");
        execution.put("business_key_", DISPUTE_ID_OF_N + "::text");
        execution.put("act_inst_id_", "'ba-' || n");
        cloneRows(jdbc, "act_ru_execution", "t.id_ = '" + template + "'", execution, n);
        Map<String, String> task = new LinkedHashMap<>();
        task.put("id_", "'bt-' || n");
        task.put("execution_id_", "'be-' || n");
        task.put("proc_inst_id_", "'be-' || n");
        task.put("task_def_key_", "case when " + APPEAL_OF_N + " then 'Task_DecideAppeal' else t.task_def_key_ end");
        task.put("create_time_", SLA_OF_N + " - interval '2 days'");
        cloneRows(jdbc, "act_ru_task", "t.proc_inst_id_ = '" + template + "'", task, n);
        Map<String, String> link = new LinkedHashMap<>();
        link.put("id_", "'bl-' || n");
        link.put("task_id_", "'bt-' || n");
        link.put("group_id_", "case when " + APPEAL_OF_N + " then 'SENIOR_ARBITRATOR' else 'ARBITRATOR' end");
        cloneRows(jdbc, "act_ru_identitylink", "t.task_id_ in (select id_ from act_ru_task where proc_inst_id_ = '"
                + template + "')", link, n);
        for (String[] variable : new String[][] {{"platform", "text_", PLATFORM_OF_N},
            {"reason", "text_", REASON_OF_N},
            {"slaDueAt", "long_", "(extract(epoch from " + SLA_OF_N + ") * 1000)::bigint"}}) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("id_", "'bv-" + variable[0] + "-' || n");
            v.put("execution_id_", "'be-' || n");
            v.put("proc_inst_id_", "'be-' || n");
            v.put("var_scope_", "'be-' || n");
            v.put(variable[1], variable[2]);
            cloneRows(jdbc, "act_ru_variable", "t.proc_inst_id_ = '" + template + "' and t.name_ = '" + variable[0] + "'", v, n);
        }
        for (String table : new String[] {"dispute", "arbitration_queue", "act_ru_execution", "act_ru_task",
            "act_ru_identitylink", "act_ru_variable"}) {
            jdbc.execute("vacuum analyze " + table);
        }
    }

    /** Copies the template row once per n, every column as the engine wrote it except the overridden ones. */
    private static void cloneRows(JdbcTemplate jdbc, String table, String templateWhere, Map<String, String> overrides,
            String series) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? order by ordinal_position", String.class, table);
        List<String> values = columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).toList();
        int inserted = jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select "
                + String.join(", ", values) + " from " + table + " t cross join " + series + " where " + templateWhere);
        if (inserted == 0) {
            throw new IllegalStateException("no template row in " + table + " where " + templateWhere);
        }
    }
}
