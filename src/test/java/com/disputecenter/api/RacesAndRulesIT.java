package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.within;

class RacesAndRulesIT extends ApiTest {

    @Test
    void twoConcurrentAcceptsOneWinsOneIsToldItLost() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = counterOffer(id, "12.00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> accept = () -> {
                    start.await();
                    return postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()).status();
                };
                answers.add(pool.submit(accept));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        assertThat(types(dispute("bob", id).at("/timeline")).stream().filter("AGREED"::equals)).hasSize(1);
    }

    @Test
    void theDisputeRateLeavesOutExcludedReasonsAndIsTheSellersOwn() throws Exception {
        String before = get("sam", "/api/sellers/S-1001/dispute-rate").expect(200).text("/counted");
        openAliExpress("PERSONAL_REASONS");
        openAliExpress("NOT_RECEIVED_LOST");

        Answer rate = get("sam", "/api/sellers/S-1001/dispute-rate").expect(200);
        assertThat(rate.at("/counted").asLong()).isEqualTo(Long.parseLong(before) + 1);
        assertThat(rate.at("/excluded").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(rate.at("/disputes").asLong()).isEqualTo(rate.at("/counted").asLong() + rate.at("/excluded").asLong());
        get("ann", "/api/sellers/S-1001/dispute-rate?from=2026-01-01&to=2030-12-31").expect(200);
        get("sue", "/api/sellers/S-1001/dispute-rate").expect(403);
        get("sam", "/api/sellers/S-1001/dispute-rate?from=yesterday").expect(400);
    }

    @Test
    void aNewRulebookVersionAppliesToDisputesOpenedAfterItsDeployment() throws Exception {
        String before = openAliExpress("NOT_RECEIVED_LOST");
        withAnalystChange("platform-rules.dmn", model -> model.replaceFirst("\"P5D\"", "\"P2D\""), () -> {
            String after = openAliExpress("NOT_RECEIVED_LOST");

            assertThat(Instant.parse(dispute("bob", after).text("/deadlines/sellerResponseDue")))
                    .isCloseTo(Instant.now().plus(Duration.ofDays(2)), within(1, ChronoUnit.MINUTES));
            assertThat(Instant.parse(dispute("bob", before).text("/deadlines/sellerResponseDue")))
                    .isCloseTo(Instant.now().plus(Duration.ofDays(5)), within(1, ChronoUnit.MINUTES));
            // the older case keeps the rulebook it was opened under for its later deadlines too
            counterOffer(before, "1.00");
            assertThat(Instant.parse(dispute("bob", before).text("/deadlines/negotiationDue")))
                    .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));
        });
    }

    @Test
    void aNewProcessVersionAppliesToDisputesOpenedAfterItsDeployment() throws Exception {
        String before = openAliExpress("NOT_RECEIVED_LOST");
        withAnalystChange("dispute-lifecycle.bpmn",
                model -> model.replace("name=\"Seller responds\"", "name=\"Seller answers the buyer\""), () -> {
            String after = openAliExpress("NOT_RECEIVED_LOST");

            assertThat(versionOf(after)).isEqualTo(versionOf(before) + 1);
            // the running case stays on its version and still answers
            counterOffer(before, "3.00");
            assertThat(dispute("bob", before).text("/status")).isEqualTo("NEGOTIATION");
            assertThat(dispute("bob", after).text("/status")).isEqualTo("AWAITING_SELLER_RESPONSE");
        });
    }

    private int versionOf(String disputeId) throws Exception {
        String definitionId = engine("ann", "GET", "/process-instance?businessKey=" + disputeId).expect(200)
                .body().get(0).get("definitionId").asText();
        return engine("ann", "GET", "/process-definition/" + definitionId).expect(200).body().get("version").asInt();
    }
}
