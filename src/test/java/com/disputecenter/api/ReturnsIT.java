package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReturnsIT extends ApiTest {

    /** Opens an AliExpress case and agrees on a return and refund; returns the dispute id. */
    private String agreedReturn() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_SIZE");
        String offer = postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "RETURN_AND_REFUND"))
                .expect(201).text("/id");
        Answer agreed = postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()).expect(200);
        assertThat(agreed.text("/status")).isEqualTo("RETURN_IN_PROGRESS");
        assertThat(agreed.at("/deadlines/returnAddressDue").isMissingNode()).isFalse();
        // the terms and why they hold are known; the case ends only when the return does
        assertThat(agreed.text("/resolution/type")).isEqualTo("RETURN_AND_REFUND");
        assertThat(agreed.text("/resolution/reasonCode")).isEqualTo("AGREED");
        assertThat(agreed.at("/resolution/resolvedAt").isNull()).isTrue();
        assertThat(texts(agreed.at("/allowedActions"))).doesNotContain("GIVE_RETURN_ADDRESS");
        return id;
    }

    private String tracking(String id) throws Exception {
        String trackingNumber = "LP" + UUID.randomUUID().toString().substring(0, 10);
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "88 Jiangnan Ave, Hangzhou"))
                .expect(200);
        Answer shipped = postJson("bob", "/api/disputes/" + id + "/return/shipment",
                Map.of("carrier", "CAINIAO", "trackingNumber", trackingNumber)).expect(200);
        assertThat(shipped.at("/deadlines/returnReceiptDue").isMissingNode()).isFalse();
        return trackingNumber;
    }

    private Map<String, Object> scan(String eventId, String trackingNumber, String status) {
        return Map.of("eventId", eventId, "carrier", "CAINIAO", "trackingNumber", trackingNumber, "status", status,
                "occurredAt", Instant.now().toString());
    }

    @Test
    void returnedGoodsConfirmedBySellerAreRefunded() throws Exception {
        String id = agreedReturn();
        assertThat(texts(dispute("sam", id).at("/allowedActions"))).contains("GIVE_RETURN_ADDRESS");
        String trackingNumber = tracking(id);

        String eventId = "EV-" + UUID.randomUUID();
        Answer delivered = postJson("market", "/api/carrier-events", scan(eventId, trackingNumber, "DELIVERED")).expect(200);
        assertThat(delivered.text("/disputeId")).isEqualTo(id);
        assertThat(delivered.at("/applied").asBoolean()).isTrue();
        Answer replayed = postJson("market", "/api/carrier-events", scan(eventId, trackingNumber, "DELIVERED")).expect(200);
        assertThat(replayed.at("/duplicate").asBoolean()).isTrue();
        postJson("market", "/api/carrier-events", scan("EV-" + UUID.randomUUID(), trackingNumber, "IN_TRANSIT")).expect(200);

        Answer tracked = dispute("sam", id);
        assertThat(tracked.text("/returnShipment/status")).isEqualTo("DELIVERED");
        assertThat(types(tracked.at("/timeline")).stream().filter("CARRIER_DELIVERED"::equals)).hasSize(1);

        Answer received = postJson("sam", "/api/disputes/" + id + "/return/receipt", Map.of()).expect(200);
        assertThat(received.text("/status")).isEqualTo("RESOLVED");
        assertThat(received.text("/resolution/type")).isEqualTo("RETURN_AND_REFUND");
        assertThat(received.text("/resolution/reasonCode")).isEqualTo("AGREED");
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        assertThat(types(dispute("bob", id).at("/timeline")))
                .containsSubsequence("AGREED", "RETURN_ADDRESS_GIVEN", "RETURN_SHIPPED", "CARRIER_DELIVERED",
                        "RETURN_RECEIVED", "REFUNDED");
    }

    @Test
    void concurrentReplaysOfOneCarrierEventTakeEffectOnce() throws Exception {
        String id = agreedReturn();
        String trackingNumber = tracking(id);
        Map<String, Object> delivered = scan("EV-" + UUID.randomUUID(), trackingNumber, "DELIVERED");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Answer>>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> postJson("market", "/api/carrier-events", delivered)));
            }
            int firstTime = 0;
            for (var answer : answers) {
                Answer a = answer.get().expect(200);
                firstTime += a.at("/duplicate").asBoolean() ? 0 : 1;
            }
            assertThat(firstTime).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(types(dispute("sam", id).at("/timeline")).stream().filter("CARRIER_DELIVERED"::equals)).hasSize(1);
    }

    @Test
    void aParcelNumberServesOneOpenReturnAndACancelledReturnLeavesNoResolution() throws Exception {
        String first = agreedReturn();
        String trackingNumber = tracking(first);
        String second = agreedReturn();
        postJson("sam", "/api/disputes/" + second + "/return/address", Map.of("address", "Hangzhou")).expect(200);
        postJson("bob", "/api/disputes/" + second + "/return/shipment",
                Map.of("carrier", "CAINIAO", "trackingNumber", trackingNumber)).expect(409);

        Answer cancelled = postJson("bob", "/api/disputes/" + second + "/cancel", Map.of()).expect(200);
        assertThat(cancelled.at("/resolution").isNull()).isTrue();
    }

    @Test
    void onlyTheMarketplacePostsCarrierEvents() throws Exception {
        postJson("bob", "/api/carrier-events", scan("EV-" + UUID.randomUUID(), "X1", "DELIVERED")).expect(403);
        postJson("market", "/api/carrier-events", Map.of("eventId", "EV-1", "carrier", "DHL")).expect(400);
        postJson("market", "/api/carrier-events", scan("EV-" + UUID.randomUUID(), "X1", "TELEPORTED")).expect(400);
    }

    @Test
    void sellerWithoutReturnAddressInTimeRefundsWithoutReturn() throws Exception {
        String id = agreedReturn();

        fireTimer(id, "Timer_ReturnAddressWindow");

        Answer refunded = dispute("bob", id);
        assertThat(refunded.text("/status")).isEqualTo("RESOLVED");
        assertThat(refunded.text("/resolution/reasonCode")).isEqualTo("SELLER_GAVE_NO_RETURN_ADDRESS");
        assertThat(refunded.text("/resolution/decidedBy")).isEqualTo("TIMEOUT");
        assertThat(runAsyncJobs(id)).isEqualTo(1);
    }

    @Test
    void buyerWhoDoesNotShipTheReturnGetsNoRefund() throws Exception {
        String id = agreedReturn();
        postJson("bob", "/api/disputes/" + id + "/return/address", Map.of("address", "x")).expect(403);
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of()).expect(400);
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "88 Jiangnan Ave")).expect(200);
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "again")).expect(409);

        fireTimer(id, "Timer_ReturnShipmentWindow");

        Answer closed = dispute("bob", id);
        assertThat(closed.text("/resolution/type")).isEqualTo("NO_REFUND");
        assertThat(closed.text("/resolution/reasonCode")).isEqualTo("BUYER_DID_NOT_SHIP_RETURN");
        assertThat(runAsyncJobs(id)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void returnTheSellerNeverAcknowledgesIsRefunded() throws Exception {
        String id = agreedReturn();
        tracking(id);

        fireTimer(id, "Timer_ReturnReceiptCountdown");

        Answer refunded = dispute("bob", id);
        assertThat(refunded.text("/resolution/reasonCode")).isEqualTo("RETURN_NOT_ACKNOWLEDGED");
        assertThat(runAsyncJobs(id)).isEqualTo(1);
    }

    @Test
    void damagedReturnGoesToArbitrationAndTheSellerMayWithdrawIt() throws Exception {
        String id = agreedReturn();
        tracking(id);

        Answer disputed = postJson("sam", "/api/disputes/" + id + "/return/receipt",
                Map.of("condition", "DAMAGED", "note", "Box arrived crushed")).expect(200);
        assertThat(disputed.text("/status")).isEqualTo("ARBITRATION");
        assertThat(texts(disputed.at("/allowedActions"))).contains("WITHDRAW_ARBITRATION");
        postJson("bob", "/api/disputes/" + id + "/arbitration/withdraw", Map.of()).expect(403);

        Answer withdrawn = postJson("sam", "/api/disputes/" + id + "/arbitration/withdraw",
                Map.of("note", "The parcel was fine after all")).expect(200);
        assertThat(withdrawn.text("/status")).isEqualTo("RESOLVED");
        assertThat(withdrawn.text("/resolution/reasonCode")).isEqualTo("ARBITRATION_WITHDRAWN");
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        assertThat(types(dispute("bob", id).at("/timeline"))).containsSubsequence("RETURN_DISPUTED",
                "ARBITRATION_WITHDRAWN", "REFUNDED");
    }

    @Test
    void sellerEscalatesAReturnThatNeverArrived() throws Exception {
        String id = agreedReturn();
        tracking(id);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of()).expect(409);

        Answer escalated = postJson("sam", "/api/disputes/" + id + "/escalate",
                Map.of("note", "Return not received")).expect(200);

        assertThat(escalated.text("/status")).isEqualTo("ARBITRATION");
        Answer decided = postJson("ada", "/api/disputes/" + id + "/arbitration/decision",
                Map.of("resolution", "RETURN_AND_REFUND", "responsibility", "SELLER", "rationale", "x")).expect(409);
        assertThat(decided.text("/detail")).contains("already sent back");
        decided = postJson("ada", "/api/disputes/" + id + "/arbitration/decision",
                Map.of("resolution", "FULL_REFUND", "responsibility", "LOGISTICS",
                        "rationale", "Carrier lost the return")).expect(200);
        assertThat(decided.text("/resolution/reasonCode")).isEqualTo("ARBITRATION_DECISION");
    }

    @Test
    void amazonSellersMustGiveAPrepaidReturnLabel() throws Exception {
        String id = agreedAmazonReturn();

        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "1 Main St")).expect(422);
        Answer labelled = postJson("sam", "/api/disputes/" + id + "/return/address",
                Map.of("carrier", "UPS", "returnTrackingNumber", "1Z999")).expect(200);
        assertThat(labelled.at("/returnShipment/prepaid").asBoolean()).isTrue();
        assertThat(labelled.text("/returnShipment/trackingNumber")).isEqualTo("1Z999");
    }
}
