package com.disputecenter.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scale-out on Camunda's own clustering: two nodes of the packaged application on one PostgreSQL
 * database, each with its job executor. Deadlines are seconds long (an analyst's rulebook version
 * deployed through /engine-rest), so the timers fall due by themselves while the test waits for the
 * job executors. Then a node dies by SIGKILL, and later the whole cluster is killed in the middle
 * of every stage and restarted: nothing is lost, every timer job runs exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String DATABASE = ClusterDatabase.name("cluster");
    private static final int CASES_PER_SCENARIO = 50;
    private static final Duration START = Duration.ofSeconds(120);
    /** A killed node's job locks expire after 8 s; an idle executor looks for due jobs every 2 s; fresh metrics. */
    private static final List<String> NODE_SETTINGS = List.of("--camunda.bpm.job-execution.lock-time-in-millis=8000",
            "--camunda.bpm.job-execution.max-wait=2000", "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--dispute-center.metrics.max-age=0s");

    private static String url;
    private static AppNode a;
    private static AppNode b;

    /** How each case is left, what its timers must make of it, and which jobs must have run once each. */
    enum Scenario {
        SELLER_SILENT("RESOLVED", "NO_SELLER_RESPONSE", 1, Map.of("TIMED_OUT", 1, "REFUNDED", 1),
                "Timer_SellerResponseWindow", "Task_RefundBuyer"),
        NEGOTIATION_RUNS_OUT("ARBITRATION", null, 0, Map.of("ESCALATED", 1, "SLA_PASSED", 1),
                "Timer_NegotiationWindow", "Timer_ArbitrationSla"),
        NO_RETURN_ADDRESS("RESOLVED", "SELLER_GAVE_NO_RETURN_ADDRESS", 1, Map.of("TIMED_OUT", 1, "REFUNDED", 1),
                "Timer_ReturnAddressWindow", "Task_RefundBuyer"),
        RETURN_NOT_SHIPPED("RESOLVED", "BUYER_DID_NOT_SHIP_RETURN", 0, Map.of("TIMED_OUT", 1, "REFUNDED", 0),
                "Timer_ReturnShipmentWindow"),
        // the restart scenarios (second test)
        NEGOTIATION_TIMED_OUT("ARBITRATION", null, 0, Map.of("ESCALATED", 1), "Timer_NegotiationWindow"),
        ARBITRATION_DECIDED("RESOLVED", "ARBITRATION_DECISION", 1, Map.of("SLA_PASSED", 1, "REFUNDED", 1),
                "Timer_ArbitrationSla", "Task_RefundBuyer"),
        REFUND_PENDING("RESOLVED", "AGREED", 1, Map.of("AGREED", 1, "REFUNDED", 1),
                "Task_RefundBuyer");

        final String status;
        final String reasonCode;
        final int refunds;
        final Map<String, Integer> timeline;
        final List<String> jobs;

        Scenario(String status, String reasonCode, int refunds, Map<String, Integer> timeline, String... jobs) {
            this.status = status;
            this.reasonCode = reasonCode;
            this.refunds = refunds;
            this.timeline = timeline;
            this.jobs = List.of(jobs);
        }
    }

    @BeforeAll
    static void startTwoNodes() throws Exception {
        url = ClusterDatabase.fresh(DATABASE);
        a = new AppNode("node A", AppNode.freePort(), url, NODE_SETTINGS).start("node-a").awaitReady(START);
        // one at a time on a fresh database: the first creates the schemas and the demo data
        a.awaitLog("Demo data: 5 sample disputes opened", START);
        b = new AppNode("node B", AppNode.freePort(), url, NODE_SETTINGS).start("node-b").awaitReady(START);
        phase("two nodes started");
    }

    private static Instant last = Instant.now();

    /** The test's own time line on standard output: where the minutes go. */
    private static void phase(String what) {
        Instant now = Instant.now();
        System.out.printf("ClusterIT: %s (+%d s)%n", what, Duration.between(last, now).toSeconds());
        last = now;
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (AppNode node : new AppNode[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        ClusterDatabase.drop(DATABASE);
    }

    @Test
    @Order(1)
    void twoNodesRunEveryTimerExactlyOnceAndTheSurvivorFinishesWhenOneIsKilled() throws Exception {
        a.deploy("ann", "platform-rules.dmn", Rulebooks.withWindows("ALIEXPRESS", Map.of(
                "sellerResponseWindow", "PT20S", "negotiationWindow", "PT25S", "arbitrationSla", "PT5S",
                "returnAddressWindow", "PT12S", "returnShipmentWindow", "PT12S")));

        List<Scenario> scenarios = List.of(Scenario.SELLER_SILENT, Scenario.NEGOTIATION_RUNS_OUT,
                Scenario.NO_RETURN_ADDRESS, Scenario.RETURN_NOT_SHIPPED);
        Map<String, Scenario> cases = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < CASES_PER_SCENARIO * scenarios.size(); i++) {
                Scenario scenario = scenarios.get(i % scenarios.size());
                AppNode node = i % 2 == 0 ? a : b; // as a round-robin load balancer would
                done.add(clients.submit(() -> {
                    cases.put(leaveCase(node, scenario), scenario);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(cases).hasSize(CASES_PER_SCENARIO * scenarios.size());
        phase("opened " + cases.size() + " disputes through both nodes");
        // the metrics are cluster-wide counts: both nodes report the same number
        assertThat(metric(a, "dispute_center_disputes_opened")).isEqualTo(metric(b, "dispute_center_disputes_opened"))
                .isGreaterThanOrEqualTo(cases.size());
        for (AppNode node : List.of(a, b)) {
            assertThat(node.call("ann", "GET", "/actuator/health", null).expect(200)
                    .text("/components/jobExecutor/status")).as("job executor of %s", node.name).isEqualTo("UP");
        }

        // B dies once it has run a share of the timers, while many are still to come
        await(Duration.ofSeconds(90), "node B to run jobs", () -> jobsRunOn("node-b") >= 5);
        assertThat(finished(cases)).as("cases finished when B is killed").isLessThan(cases.size());
        b.kill();
        phase("node B killed after " + jobsRunOn("node-b") + " jobs, " + finished(cases) + " cases finished");

        await(Duration.ofSeconds(150), "node A to finish every case", () -> finished(cases) == cases.size());
        phase("node A finished every case");
        assertExactlyOnce(cases);
        assertThat(jobsRunOn("node-a")).isPositive();
    }

    @Test
    @Order(2)
    void killedInTheMiddleOfEveryStageNothingIsLostAndDeadlinesStillFireAfterARestart() throws Exception {
        b.kill();
        // windows long enough that no case moves on before the crash
        a.deploy("ann", "platform-rules.dmn", Rulebooks.withWindows("ALIEXPRESS", Map.of(
                "sellerResponseWindow", "PT30S", "negotiationWindow", "PT30S", "arbitrationSla", "PT25S",
                "returnAddressWindow", "PT30S", "returnShipmentWindow", "PT30S")));
        // refunds wait (as during a payment outage an operator may hold them): a pending async job at the crash
        List<String> refundJobs = new ArrayList<>();
        a.call("ann", "GET", "/engine-rest/job-definition?activityIdIn=Task_RefundBuyer", null).expect(200).body()
                .forEach(definition -> refundJobs.add(definition.get("id").asText()));
        for (String definition : refundJobs) {
            a.call("ann", "PUT", "/engine-rest/job-definition/" + definition + "/suspended",
                    Map.of("suspended", true, "includeJobs", true)).expect(204);
        }

        Map<String, Scenario> cases = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            for (Scenario scenario : List.of(Scenario.SELLER_SILENT, Scenario.NEGOTIATION_TIMED_OUT,
                    Scenario.RETURN_NOT_SHIPPED, Scenario.ARBITRATION_DECIDED, Scenario.REFUND_PENDING)) {
                cases.put(leaveCase(a, scenario), scenario);
            }
        }
        Map<Scenario, String> stages = Map.of(Scenario.SELLER_SILENT, "AWAITING_SELLER_RESPONSE",
                Scenario.NEGOTIATION_TIMED_OUT, "NEGOTIATION", Scenario.RETURN_NOT_SHIPPED, "RETURN_IN_PROGRESS",
                Scenario.ARBITRATION_DECIDED, "ARBITRATION", Scenario.REFUND_PENDING, "RESOLVED");
        Map<String, String> before = statuses(cases.keySet());
        cases.forEach((id, scenario) -> assertThat(before.get(id)).as("stage of %s at the crash", scenario)
                .isEqualTo(stages.get(scenario)));
        assertThat(successfulJobs(cases.keySet())).as("jobs run before the crash").isEmpty();
        assertThat(a.call("ann", "GET", "/engine-rest/job/count?activityId=Task_RefundBuyer&suspended=true", null)
                .body().get("count").asInt()).isGreaterThanOrEqualTo(4);

        a.kill();
        AppNode restarted = new AppNode("node A restarted", a.port, url, NODE_SETTINGS);
        phase("node A killed with " + cases.size() + " cases in every stage");
        a = restarted.start("node-a-restarted").awaitReady(START);
        phase("node A restarted");
        // the restarted job executor may already be firing the deadlines: each case is where it was, or done
        Map<String, String> after = statuses(cases.keySet());
        cases.forEach((id, scenario) -> assertThat(after.get(id)).as("%s %s after the restart", scenario, id)
                .isIn(before.get(id), scenario.status));

        for (String definition : refundJobs) {
            a.call("ann", "PUT", "/engine-rest/job-definition/" + definition + "/suspended",
                    Map.of("suspended", false, "includeJobs", true)).expect(204);
        }
        await(Duration.ofSeconds(90), "the arbitration SLAs after the restart", () -> cases.entrySet().stream()
                .filter(e -> e.getValue() == Scenario.ARBITRATION_DECIDED)
                .allMatch(e -> timeline(e.getKey()).getOrDefault("SLA_PASSED", 0) == 1));
        for (var entry : cases.entrySet()) {
            if (entry.getValue() == Scenario.ARBITRATION_DECIDED) {
                a.call("sen", "POST", "/api/disputes/" + entry.getKey() + "/arbitration/decision", Map.of(
                        "resolution", "FULL_REFUND", "responsibility", "SELLER",
                        "rationale", "The seller did not answer the evidence")).expect(200);
            }
        }
        await(Duration.ofSeconds(90), "every case after the restart", () -> finished(cases) == cases.size());
        phase("every case finished after the restart");
        assertExactlyOnce(cases);
        assertThat(hostsThatRan(cases.keySet())).as("the deadlines fired after the restart").containsOnly("node-a-restarted");
    }

    private static double metric(AppNode node, String name) throws Exception {
        String scraped = node.call("ann", "GET", "/actuator/prometheus", null).expect(200).raw();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + " ([0-9.eE+-]+)$").matcher(scraped);
        assertThat(m.find()).as("%s on %s", name, node.name).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** Opens a case through this node and takes the steps of its scenario; returns the dispute id. */
    private static String leaveCase(AppNode node, Scenario scenario) throws Exception {
        boolean returnWanted = scenario == Scenario.NO_RETURN_ADDRESS || scenario == Scenario.RETURN_NOT_SHIPPED;
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("orderId", "CL-" + UUID.randomUUID().toString().substring(0, 12));
        open.put("platform", "ALIEXPRESS");
        open.put("buyerId", "bob");
        open.put("sellerId", "S-1001");
        open.put("reason", returnWanted ? "NOT_AS_DESCRIBED_SIZE" : "NOT_RECEIVED_NO_TRACKING");
        open.put("amount", Map.of("value", "40.00", "currency", "USD"));
        open.put("requestedResolution", returnWanted ? "RETURN_AND_REFUND" : "FULL_REFUND");
        open.put("description", "Cluster test case");
        open.put("deliveredAt", returnWanted ? Instant.now().minusSeconds(86400).toString() : null);
        open.put("logisticsChannel", "PLATFORM");
        open.put("destinationCountry", "IT");
        open.put("language", "it");
        AppNode.Answer opened = node.call("bob", "POST", "/api/disputes", open).expect(201);
        String id = opened.text("/id");
        String path = "/api/disputes/" + id;
        switch (scenario) {
            case SELLER_SILENT -> { }
            case NEGOTIATION_RUNS_OUT, NEGOTIATION_TIMED_OUT -> counter(node, id);
            case ARBITRATION_DECIDED -> {
                counter(node, id);
                node.call("bob", "POST", path + "/escalate", Map.of("note", "No agreement")).expect(200);
            }
            case NO_RETURN_ADDRESS, REFUND_PENDING -> acceptBuyersRequest(node, id, opened.body());
            case RETURN_NOT_SHIPPED -> {
                acceptBuyersRequest(node, id, opened.body());
                node.call("sam", "POST", path + "/return/address",
                        Map.of("address", "Returns desk, 88 Jiangnan Ave, Hangzhou")).expect(200);
            }
        }
        return id;
    }

    private static void counter(AppNode node, String id) throws Exception {
        node.call("sam", "POST", "/api/disputes/" + id + "/proposals", Map.of("type", "PARTIAL_REFUND",
                "amount", Map.of("value", "10.00", "currency", "USD"), "note", "Ten back")).expect(201);
    }

    private static void acceptBuyersRequest(AppNode node, String id, JsonNode dispute) throws Exception {
        String proposal = dispute.at("/proposals/0/id").asText();
        node.call("sam", "POST", "/api/disputes/" + id + "/proposals/" + proposal + "/accept", Map.of()).expect(200);
    }

    /** Cases whose timers and jobs have all run to their scenario's end. */
    private static int finished(Map<String, Scenario> cases) {
        Map<String, Map<String, Integer>> jobs = successfulJobs(cases.keySet());
        Map<String, String> statuses = statuses(cases.keySet());
        int finished = 0;
        for (var entry : cases.entrySet()) {
            Map<String, Integer> ran = jobs.getOrDefault(entry.getKey(), Map.of());
            if (entry.getValue().status.equals(statuses.get(entry.getKey()))
                    && ran.keySet().containsAll(entry.getValue().jobs)) {
                finished++;
            }
        }
        return finished;
    }

    private static void assertExactlyOnce(Map<String, Scenario> cases) throws SQLException {
        Map<String, Map<String, Integer>> jobs = successfulJobs(cases.keySet());
        Map<String, Integer> timerActivities = activityCounts(cases.keySet());
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select id, status, reason_code, (select count(*) from executed_action e where e.dispute_id = d.id"
                        + " and e.kind = 'REFUND') from dispute d where d.id = any(?)")) {
            s.setArray(1, uuids(c, cases.keySet()));
            int checked = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Scenario scenario = cases.get(id);
                    String what = scenario + " " + id;
                    assertThat(rs.getString(2)).as("status of %s", what).isEqualTo(scenario.status);
                    assertThat(rs.getString(3)).as("reason code of %s", what).isEqualTo(scenario.reasonCode);
                    assertThat(rs.getInt(4)).as("refunds paid for %s", what).isEqualTo(scenario.refunds);
                    Map<String, Integer> story = timeline(id);
                    scenario.timeline.forEach((type, times) ->
                            assertThat(story.getOrDefault(type, 0)).as("%s entries of %s", type, what).isEqualTo(times));
                    Map<String, Integer> expectedJobs = new HashMap<>();
                    scenario.jobs.forEach(job -> expectedJobs.put(job, 1));
                    // a later timer may already have fired too (the SLA after a negotiation ran out): once, then
                    assertThat(jobs.get(id)).as("jobs that ran (successfully) for %s", what)
                            .containsAllEntriesOf(expectedJobs)
                            .allSatisfy((job, times) -> assertThat(times).as("runs of %s in %s", job, what).isEqualTo(1));
                    scenario.jobs.stream().filter(job -> job.startsWith("Timer_")).forEach(timer ->
                            assertThat(timerActivities.getOrDefault(id + "/" + timer, 0))
                                    .as("history of %s in %s", timer, what).isEqualTo(1));
                    checked++;
                }
            }
            assertThat(checked).as("cases found").isEqualTo(cases.size());
        }
    }

    private static Map<String, Map<String, Integer>> successfulJobs(Collection<String> ids) {
        Map<String, Map<String, Integer>> jobs = new HashMap<>();
        query("select p.business_key_, j.act_id_, count(*) from act_hi_job_log j"
                + " join act_hi_procinst p on p.id_ = j.process_instance_id_"
                + " where j.job_state_ = 2 and p.business_key_ = any(?) group by 1, 2", ids, rs ->
                jobs.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3)));
        return jobs;
    }

    private static Map<String, Integer> activityCounts(Collection<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        query("select p.business_key_, a.act_id_, count(*) from act_hi_actinst a"
                + " join act_hi_procinst p on p.id_ = a.proc_inst_id_"
                + " where a.act_id_ like 'Timer_%' and p.business_key_ = any(?) group by 1, 2", ids, rs ->
                counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3)));
        return counts;
    }

    private static List<String> hostsThatRan(Collection<String> ids) {
        List<String> hosts = new ArrayList<>();
        query("select distinct j.hostname_ from act_hi_job_log j join act_hi_procinst p on p.id_ = j.process_instance_id_"
                + " where j.job_state_ = 2 and p.business_key_ = any(?)", ids, rs -> hosts.add(rs.getString(1)));
        return hosts;
    }

    private static Map<String, String> statuses(Collection<String> ids) {
        Map<String, String> statuses = new HashMap<>();
        queryUuids("select id, status from dispute where id = any(?)", ids,
                rs -> statuses.put(rs.getString(1), rs.getString(2)));
        return statuses;
    }

    private static Map<String, Integer> timeline(String id) {
        Map<String, Integer> types = new HashMap<>();
        queryUuids("select type, count(*) from timeline_entry where dispute_id = any(?) group by type", List.of(id),
                rs -> types.put(rs.getString(1), rs.getInt(2)));
        return types;
    }

    private static long jobsRunOn(String hostname) {
        long[] count = new long[1];
        query("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = any(?)", List.of(hostname),
                rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, Collection<String> values, Row row) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("varchar", values.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void queryUuids(String sql, Collection<String> ids, Row row) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, uuids(c, ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Array uuids(Connection c, Collection<String> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, ClusterDatabase.user(), "");
    }

    /** Waiting for the job executors (they run on their own clock), polling with a deadline. */
    private static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(1000);
        }
    }
}
