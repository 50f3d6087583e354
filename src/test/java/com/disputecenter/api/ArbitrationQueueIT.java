package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The arbitrators' task list and claiming. Every case of one test carries the same CHF amount no
 * other test uses, and each listing filters on it, so tests sharing the database never see each
 * other's cases.
 */
class ArbitrationQueueIT extends ApiTest {

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    /** Unique to this test (JUnit makes one instance per test). */
    private final BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(100_000, 10_000_000), 2);

    private Map<String, Object> inChf(Map<String, Object> request, BigDecimal value) {
        request.put("amount", Map.of("value", value.toPlainString(), "currency", "CHF"));
        return request;
    }

    private String opened(String reason) throws Exception {
        return open(inChf(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", reason), amount)).text("/id");
    }

    private void escalate(String id) throws Exception {
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND", "note", "Works for me"))
                .expect(201);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of("note", "Seller refuses")).expect(200);
    }

    private String escalated(String reason) throws Exception {
        String id = opened(reason);
        escalate(id);
        return id;
    }

    private String escalatedAmazon() throws Exception {
        String id = open(inChf(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"), amount)).text("/id");
        escalate(id);
        return id;
    }

    /** The caller's task list narrowed to this test's cases. */
    private Answer list(String user, String query) throws Exception {
        return get(user, "/api/arbitration/tasks?currency=CHF&minAmount=" + amount + "&maxAmount=" + amount
                + (query.isEmpty() ? "" : "&" + query));
    }

    private List<String> ids(String user, String query) throws Exception {
        Answer page = list(user, query).expect(200);
        List<String> ids = new ArrayList<>();
        page.at("/rows").forEach(row -> ids.add(row.get("disputeId").asText()));
        assertThat(page.at("/total").asLong()).as("total of %s", query).isEqualTo(ids.size());
        return ids;
    }

    private JsonNode row(String user, String id) throws Exception {
        for (JsonNode row : list(user, "").expect(200).at("/rows")) {
            if (row.get("disputeId").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError(id + " is not in " + user + "'s task list");
    }

    private Answer act(String user, String id, String action) throws Exception {
        return postJson(user, "/api/disputes/" + id + "/arbitration/" + action, Map.of());
    }

    private Answer handOver(String user, String id, String to) throws Exception {
        return postJson(user, "/api/disputes/" + id + "/arbitration/handover", Map.of("to", to));
    }

    private Answer decide(String user, String id) throws Exception {
        return postJson(user, "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution", "NO_REFUND",
                "responsibility", "BUYER", "rationale", "The photos show no defect"));
    }

    private String taskAssignee(String id) {
        return tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult().getAssignee();
    }

    @Test
    void theMostUrgentSlaComesFirstNotTheOldestCase() throws Exception {
        String openedFirst = opened("NOT_AS_DESCRIBED_DAMAGED");
        String openedSecond = opened("NOT_AS_DESCRIBED_DAMAGED");
        String openedThird = opened("NOT_AS_DESCRIBED_DAMAGED");
        escalate(openedSecond);
        escalate(openedThird);
        escalate(openedFirst);

        assertThat(ids("ada", "")).containsExactly(openedSecond, openedThird, openedFirst);
        JsonNode rows = list("ada", "").at("/rows");
        assertThat(rows.get(0).get("slaDueAt").asText()).isLessThan(rows.get(1).get("slaDueAt").asText());
        assertThat(rows.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(rows.get(0).get("status").asText()).isEqualTo("TO_DECIDE");
        assertThat(rows.get(0).get("platform").asText()).isEqualTo("ALIEXPRESS");
        assertThat(rows.get(0).at("/amount/currency").asText()).isEqualTo("CHF");
        assertThat(rows.get(0).get("assignee").isNull()).isTrue();
        assertThat(dispute("ada", openedSecond).at("/deadlines/arbitrationDue").asText())
                .isEqualTo(rows.get(0).get("slaDueAt").asText());

        Answer firstPage = list("ada", "size=2&page=0").expect(200);
        assertThat(firstPage.at("/rows")).hasSize(2);
        assertThat(firstPage.at("/total").asLong()).isEqualTo(3);
        assertThat(firstPage.at("/totalCapped").asBoolean()).isFalse();
        Answer secondPage = list("ada", "size=2&page=1").expect(200);
        assertThat(secondPage.at("/rows/0/disputeId").asText()).isEqualTo(openedFirst);
    }

    @Test
    void filtersByPlatformReasonAndAmountRangeInItsCurrency() throws Exception {
        String damaged = escalated("NOT_AS_DESCRIBED_DAMAGED");
        String size = escalated("NOT_AS_DESCRIBED_SIZE");
        String amazon = escalatedAmazon();
        BigDecimal higher = amount.add(BigDecimal.valueOf(1000));
        String dearer = open(inChf(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"),
                higher)).text("/id");
        escalate(dearer);

        assertThat(ids("ada", "platform=AMAZON")).containsExactly(amazon);
        assertThat(ids("ada", "platform=ALIEXPRESS")).containsExactlyInAnyOrder(damaged, size);
        assertThat(ids("ada", "platform=ALIEXPRESS&reason=NOT_AS_DESCRIBED_SIZE")).containsExactly(size);
        assertThat(ids("ada", "reason=NOT_AS_DESCRIBED_DAMAGED")).containsExactly(damaged);

        String range = "currency=CHF&minAmount=" + amount + "&maxAmount=" + higher;
        List<String> both = new ArrayList<>();
        get("ada", "/api/arbitration/tasks?reason=NOT_AS_DESCRIBED_DAMAGED&size=100&" + range).expect(200)
                .at("/rows").forEach(r -> both.add(r.get("disputeId").asText()));
        assertThat(both).contains(damaged, dearer);
        List<String> onlyDearer = new ArrayList<>();
        get("ada", "/api/arbitration/tasks?size=100&currency=CHF&minAmount=" + higher + "&maxAmount=" + higher)
                .expect(200).at("/rows").forEach(r -> onlyDearer.add(r.get("disputeId").asText()));
        assertThat(onlyDearer).contains(dearer).doesNotContain(damaged, size, amazon);
        assertThat(get("ada", "/api/arbitration/tasks?currency=EUR&minAmount=" + amount + "&maxAmount=" + amount)
                .expect(200).at("/total").asLong()).isZero();
    }

    @Test
    void badFiltersAreRefusedWithAProblemAndOnlyArbitratorsSeeTheList() throws Exception {
        assertThat(get("ada", "/api/arbitration/tasks?scope=everything").expect(400).at("/errors/scope").isMissingNode())
                .isFalse();
        get("ada", "/api/arbitration/tasks?platform=MARS").expect(400);
        get("ada", "/api/arbitration/tasks?reason=BORED").expect(400);
        get("ada", "/api/arbitration/tasks?minAmount=10").expect(400);
        get("ada", "/api/arbitration/tasks?currency=XYZ1").expect(400);
        get("ada", "/api/arbitration/tasks?currency=USD&minAmount=20&maxAmount=10").expect(400);
        get("ada", "/api/arbitration/tasks?size=0").expect(400);
        get("ada", "/api/arbitration/tasks?size=101").expect(400);
        get("ada", "/api/arbitration/tasks?page=-1").expect(400);
        get("ada", "/api/arbitration/tasks?minAmount=ten&currency=USD").expect(400);

        String id = escalated("NOT_AS_DESCRIBED_DAMAGED");
        get("bob", "/api/arbitration/tasks").expect(403);
        get("sam", "/api/arbitration/tasks").expect(403);
        get("ann", "/api/arbitration/tasks").expect(403);
        act("sam", id, "claim").expect(403);
        act("bob", id, "claim").expect(403);
        act("sue", id, "unclaim").expect(403);
        handOver("sam", id, "ada").expect(403);
        act("ada", "00000000-0000-4000-8000-000000000000", "claim").expect(404);
        get(null, "/api/arbitration/tasks").expect(401);
    }

    @Test
    void scopesShowMineUnassignedAndWhatSeniorsAreInvolvedIn() throws Exception {
        String claimed = escalated("NOT_AS_DESCRIBED_DAMAGED");
        String free = escalated("NOT_AS_DESCRIBED_DAMAGED");
        String late = escalated("NOT_AS_DESCRIBED_DAMAGED");
        act("ada", claimed, "claim").expect(200);
        fireTimer(late, "Timer_ArbitrationSla");

        assertThat(ids("ada", "scope=mine")).containsExactly(claimed);
        assertThat(ids("ada", "scope=unassigned")).containsExactly(free, late);
        assertThat(ids("ada", "scope=senior")).containsExactly(late);
        assertThat(ids("ada", "scope=ALL")).containsExactly(claimed, free, late);
        assertThat(ids("ada", "")).containsExactly(claimed, free, late);
        assertThat(ids("sen", "scope=mine")).isEmpty();
        assertThat(ids("sen", "scope=senior")).containsExactly(late);
        assertThat(row("sen", late).get("senior").asBoolean()).isTrue();
        assertThat(row("sen", claimed).get("senior").asBoolean()).isFalse();
    }

    @Test
    void aClaimedCaseIsWorkedByItsHolderUntilReleasedOrHandedOver() throws Exception {
        String id = escalated("NOT_AS_DESCRIBED_DAMAGED");

        Answer claimed = act("ada", id, "claim").expect(200);
        assertThat(claimed.text("/assignee")).isEqualTo("ada");
        assertThat(taskAssignee(id)).isEqualTo("ada");
        act("ada", id, "claim").expect(200);
        act("sen", id, "claim").expect(409);
        decide("sen", id).expect(409);
        postJson("sen", "/api/disputes/" + id + "/arbitration/evidence-request",
                Map.of("party", "SELLER", "note", "Packaging photo")).expect(409);

        assertThat(act("ada", id, "unclaim").expect(200).at("/assignee").isNull()).isTrue();
        assertThat(taskAssignee(id)).isNull();
        act("ada", id, "unclaim").expect(409);
        handOver("ada", id, "sen").expect(409);

        act("ada", id, "claim").expect(200);
        handOver("ada", id, "bob").expect(422);
        handOver("ada", id, "nobody-here").expect(422);
        postJson("ada", "/api/disputes/" + id + "/arbitration/handover", Map.of()).expect(400);
        assertThat(handOver("ada", id, "sen").expect(200).text("/assignee")).isEqualTo("sen");
        assertThat(taskAssignee(id)).isEqualTo("sen");
        assertThat(types(dispute("ada", id).at("/timeline")))
                .containsSubsequence("ARBITRATION_CLAIMED", "ARBITRATION_RELEASED", "ARBITRATION_CLAIMED",
                        "ARBITRATION_HANDED_OVER");
        decide("ada", id).expect(409);
        act("ada", id, "unclaim").expect(409);
        handOver("ada", id, "ada").expect(409);

        // a senior arbitrator may take anyone's case back for the desk
        handOver("sen", id, "ada").expect(200);
        act("sen", id, "unclaim").expect(200);
        decide("sen", id).expect(200);
        assertThat(ids("ada", "")).isEmpty();
        act("ada", id, "claim").expect(409);
    }

    @Test
    void decidingAnUnclaimedCaseClaimsItForTheRecord() throws Exception {
        String id = escalated("NOT_AS_DESCRIBED_DAMAGED");

        decide("ada", id).expect(200);

        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("Task_DecideDispute").singleResult().getAssignee()).isEqualTo("ada");
    }

    @Test
    void ofTwoArbitratorsClaimingAtOnceOneWinsAndTheOtherGetsAConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = escalated("NOT_AS_DESCRIBED_DAMAGED");
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Answer> ada = CompletableFuture.supplyAsync(() -> claimAfter(start, "ada", id));
            CompletableFuture<Answer> sen = CompletableFuture.supplyAsync(() -> claimAfter(start, "sen", id));
            start.countDown();
            List<Integer> statuses = List.of(ada.get().status(), sen.get().status());

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            String winner = ada.get().status() == 200 ? "ada" : "sen";
            assertThat(row("ada", id).get("assignee").asText()).isEqualTo(winner);
            assertThat(taskAssignee(id)).isEqualTo(winner);
        }
    }

    private Answer claimAfter(CountDownLatch start, String user, String id) {
        try {
            start.await();
            return overHttp(user, "POST", "/api/disputes/" + id + "/arbitration/claim");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void casesLeaveTheQueueWhenDecidedCancelledOrAgreed() throws Exception {
        String decided = escalated("NOT_AS_DESCRIBED_DAMAGED");
        String cancelled = escalated("NOT_AS_DESCRIBED_DAMAGED");
        String agreed = escalated("NOT_AS_DESCRIBED_DAMAGED");
        String returned = escalated("NOT_AS_DESCRIBED_DAMAGED");
        assertThat(ids("ada", "")).containsExactly(decided, cancelled, agreed, returned);

        decide("ada", decided).expect(200);
        postJson("bob", "/api/disputes/" + cancelled + "/cancel", Map.of("note", "Sorted it out")).expect(200);
        String proposal = postJson("ada", "/api/disputes/" + agreed + "/proposals",
                Map.of("type", "PARTIAL_REFUND", "amount", Map.of("value", "1.00", "currency", "CHF"),
                        "note", "Split the difference")).expect(201).text("/id");
        postJson("sam", "/api/disputes/" + agreed + "/proposals/" + proposal + "/accept", Map.of()).expect(200);
        postJson("ada", "/api/disputes/" + returned + "/arbitration/decision", Map.of("resolution", "RETURN_AND_REFUND",
                "responsibility", "SELLER", "rationale", "Send it back")).expect(200);

        assertThat(ids("ada", "")).isEmpty();
    }

    @Test
    void aDisputedReturnEntersTheQueueAndLeavesWhenTheSellerWithdraws() throws Exception {
        String id = opened("NOT_AS_DESCRIBED_SIZE");
        String offer = postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "RETURN_AND_REFUND"))
                .expect(201).text("/id");
        postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()).expect(200);
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "88 Jiangnan Ave, Hangzhou"))
                .expect(200);
        postJson("bob", "/api/disputes/" + id + "/return/shipment",
                Map.of("carrier", "CAINIAO", "trackingNumber", newOrder("LP"))).expect(200);
        assertThat(ids("ada", "")).isEmpty();

        postJson("sam", "/api/disputes/" + id + "/return/receipt", Map.of("condition", "DAMAGED", "note", "Crushed"))
                .expect(200);
        assertThat(ids("ada", "")).containsExactly(id);
        act("ada", id, "claim").expect(200);

        postJson("sam", "/api/disputes/" + id + "/arbitration/withdraw", Map.of()).expect(200);
        assertThat(ids("ada", "")).isEmpty();
    }

    @Test
    void anEvidenceRequestShowsAndTheSlaPassingInvolvesSeniors() throws Exception {
        String id = escalated("NOT_AS_DESCRIBED_DAMAGED");
        postJson("ada", "/api/disputes/" + id + "/arbitration/evidence-request",
                Map.of("party", "SELLER", "note", "Packaging photo")).expect(200);
        assertThat(row("ada", id).get("status").asText()).isEqualTo("AWAITING_EVIDENCE");

        fireTimer(id, "Timer_EvidenceRequestDeadline");
        assertThat(row("ada", id).get("status").asText()).isEqualTo("TO_DECIDE");
        assertThat(row("ada", id).get("senior").asBoolean()).isFalse();

        fireTimer(id, "Timer_ArbitrationSla");
        assertThat(row("ada", id).get("senior").asBoolean()).isTrue();
        assertThat(row("sen", id).get("senior").asBoolean()).isTrue();
    }

    @Test
    void anAppealReentersTheQueueForSeniorArbitratorsOnly() throws Exception {
        String id = escalatedAmazon();
        act("ada", id, "claim").expect(200);
        decide("ada", id).expect(200);
        assertThat(ids("sen", "")).isEmpty();

        postJson("bob", "/api/disputes/" + id + "/appeal", Map.of("note", "It never worked")).expect(200);

        assertThat(ids("ada", "")).isEmpty();
        JsonNode appeal = row("sen", id);
        assertThat(appeal.get("status").asText()).isEqualTo("APPEAL");
        assertThat(appeal.get("appeal").asBoolean()).isTrue();
        assertThat(appeal.get("senior").asBoolean()).isTrue();
        assertThat(appeal.get("assignee").isNull()).isTrue();
        assertThat(appeal.get("overdue").asBoolean()).isFalse();
        assertThat(ids("sen", "scope=senior")).containsExactly(id);
        act("ada", id, "claim").expect(403);
        act("sen", id, "claim").expect(200);
        handOver("sen", id, "ada").expect(422);
        decide("sen", id).expect(200);
        assertThat(ids("sen", "")).isEmpty();
    }
}
