package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Requests racing on one case: each answer is a success or a 409 (never a 500), and the case is
 * whole afterwards: one outcome, a timeline without gaps, the process where the case says it is.
 */
class ConcurrencyIT extends ApiTest {

    interface Request {
        Answer send() throws Exception;
    }

    /** Sends the requests at the same moment; returns the answers in the order given. */
    private List<Answer> atOnce(List<Request> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (Request request : requests) {
                Callable<Answer> call = () -> {
                    start.await();
                    return request.send();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Answer> result = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                result.add(answer.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Answer> answers) {
        return answers.stream().map(Answer::status).toList();
    }

    private String escalated() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(id, "10.00");
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of("note", "No agreement")).expect(200);
        return id;
    }

    @Test
    void parallelEvidenceUploadsByBothPartiesAreAllKeptWithAGaplessTimeline() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        List<Request> uploads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String user = i % 2 == 0 ? "bob" : "sam";
            String name = "photo-" + i + ".png";
            uploads.add(() -> upload(user, id, name, Files.PNG, "PRODUCT_PHOTO", Map.of()));
        }
        List<Answer> answers = atOnce(uploads);

        assertThat(statuses(answers)).allMatch(s -> s == 201 || s == 409);
        long stored = statuses(answers).stream().filter(s -> s == 201).count();
        assertThat(stored).as("uploads serialise on the case lock rather than fail").isEqualTo(6);
        Answer after = dispute("bob", id);
        assertThat(after.at("/evidence")).hasSize((int) stored);
        assertThat(types(after.at("/timeline")).stream().filter("EVIDENCE_ADDED"::equals)).hasSize((int) stored);
    }

    @Test
    void twoArbitratorsDecidingAtOnceOneDecisionCountsTheOtherIsToldItLost() throws Exception {
        String id = escalated();
        Map<String, Object> refund = Map.of("resolution", "FULL_REFUND", "responsibility", "SELLER",
                "rationale", "The photos show the damage");
        Map<String, Object> noRefund = Map.of("resolution", "NO_REFUND", "responsibility", "BUYER",
                "rationale", "The damage is the buyer's");
        List<Answer> answers = atOnce(List.of(
                () -> postJson("ada", "/api/disputes/" + id + "/arbitration/decision", refund),
                () -> postJson("sen", "/api/disputes/" + id + "/arbitration/decision", noRefund)));

        assertThat(statuses(answers)).containsExactlyInAnyOrder(200, 409);
        Answer winner = answers.get(0).status() == 200 ? answers.get(0) : answers.get(1);
        Answer loser = answers.get(0).status() == 409 ? answers.get(0) : answers.get(1);
        assertThat(loser.text("/detail")).isNotBlank();
        Answer after = dispute("bob", id);
        assertThat(after.text("/resolution/type")).isEqualTo(winner.text("/resolution/type"));
        assertThat(types(after.at("/timeline")).stream().filter("DECIDED"::equals)).hasSize(1);
        assertThat(runAsyncJobs(id)).as("one decision carried out").isLessThanOrEqualTo(1);
    }

    @Test
    void acceptingAndEscalatingAtOnceLeavesOneOutcomeAndTheProcessAgrees() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = counterOffer(id, "15.00");
        List<Answer> answers = atOnce(List.of(
                () -> postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()),
                () -> postJson("sam", "/api/disputes/" + id + "/escalate", Map.of("note", "Let the platform decide"))));

        // escalated first, the offer may still be accepted in arbitration (both 200); accepted first,
        // the escalation comes too late (409). Either way the case and its process agree.
        assertThat(statuses(answers)).allMatch(s -> s == 200 || s == 409).contains(200);
        Answer after = dispute("bob", id);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        if (after.text("/status").equals("RESOLVED")) {
            assertThat(answers.get(0).status()).as("the accept won").isEqualTo(200);
            assertThat(after.text("/resolution/reasonCode")).isEqualTo("AGREED");
            assertThat(runtime.getActiveActivityIds(instance.getId())).doesNotContain("Task_DecideDispute");
        } else {
            assertThat(after.text("/status")).isEqualTo("ARBITRATION");
            assertThat(answers.get(0).status()).as("the accept lost").isEqualTo(409);
            assertThat(after.at("/resolution").isNull()).isTrue();
            assertThat(runtime.getActiveActivityIds(instance.getId())).contains("Task_DecideDispute");
        }
        assertThat(types(after.at("/timeline")).stream().filter("AGREED"::equals)).hasSizeLessThanOrEqualTo(1);
        runAsyncJobs(id);
    }

    @Test
    void aPartyProposingTwiceAtOnceKeepsExactlyOneOpenProposal() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(id, "5.00");
        List<Request> proposals = new ArrayList<>();
        for (String amount : List.of("6.00", "7.00", "8.00")) {
            proposals.add(() -> postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "PARTIAL_REFUND",
                    "amount", Map.of("value", amount, "currency", "USD"))));
        }
        List<Answer> answers = atOnce(proposals);

        assertThat(statuses(answers)).allMatch(s -> s == 201 || s == 409);
        int open = 0;
        for (JsonNode p : dispute("sam", id).at("/proposals")) {
            if (p.get("party").asText().equals("SELLER") && p.get("status").asText().equals("OPEN")) {
                open++;
            }
        }
        assertThat(open).isEqualTo(1);
    }
}
