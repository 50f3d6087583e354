package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NegotiationIT extends ApiTest {

    @Test
    void sellerSilenceRefundsBuyerInFull() throws Exception {
        String id = openAliExpress("NOT_RECEIVED_NO_TRACKING");

        fireTimer(id, "Timer_SellerResponseWindow");
        Answer decided = dispute("bob", id);
        assertThat(decided.text("/status")).isEqualTo("RESOLVED");
        assertThat(decided.text("/resolution/type")).isEqualTo("FULL_REFUND");
        assertThat(decided.text("/resolution/amount/value")).isEqualTo("59.90");
        assertThat(decided.text("/resolution/decidedBy")).isEqualTo("TIMEOUT");
        assertThat(decided.text("/resolution/reasonCode")).isEqualTo("NO_SELLER_RESPONSE");
        assertThat(decided.at("/resolution/executedAt").isNull()).isTrue();

        assertThat(runAsyncJobs(id)).isEqualTo(1);
        Answer refunded = dispute("bob", id);
        assertThat(refunded.at("/resolution/executedAt").isNull()).isFalse();
        assertThat(types(refunded.at("/timeline"))).containsSubsequence("OPENED", "TIMED_OUT", "REFUNDED");
        assertThat(texts(refunded.at("/allowedActions"))).isEmpty();
    }

    @Test
    void counterOfferAcceptedByTheBuyerEndsInAgreementAndARefund() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = counterOffer(id, "20.00");

        Answer negotiating = dispute("bob", id);
        assertThat(negotiating.text("/status")).isEqualTo("NEGOTIATION");
        assertThat(negotiating.at("/deadlines/negotiationDue").isMissingNode()).isFalse();
        assertThat(texts(negotiating.at("/allowedActions"))).contains("ACCEPT_PROPOSAL", "ESCALATE", "CANCEL");

        Answer agreed = postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()).expect(200);
        assertThat(agreed.text("/status")).isEqualTo("RESOLVED");
        assertThat(agreed.text("/resolution/type")).isEqualTo("PARTIAL_REFUND");
        assertThat(agreed.text("/resolution/amount/value")).isEqualTo("20.00");
        assertThat(agreed.text("/resolution/decidedBy")).isEqualTo("AGREEMENT");
        assertThat(agreed.text("/resolution/reasonCode")).isEqualTo("AGREED");
        assertThat(agreed.at("/proposals").findValuesAsText("status")).containsExactly("SUPERSEDED", "ACCEPTED");

        runAsyncJobs(id);
        assertThat(types(dispute("sam", id).at("/timeline"))).containsSubsequence("PROPOSED", "AGREED", "REFUNDED");
        postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()).expect(409);
    }

    @Test
    void sellerAcceptingTheBuyersRequestSettlesAtOnce() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_WRONG_ITEM");
        String request = openProposalOf("sam", id, "BUYER");

        Answer agreed = postJson("sam", "/api/disputes/" + id + "/proposals/" + request + "/accept", Map.of()).expect(200);

        assertThat(agreed.text("/resolution/type")).isEqualTo("FULL_REFUND");
        assertThat(agreed.text("/resolution/reasonCode")).isEqualTo("AGREED");
    }

    @Test
    void aCouponOrAReplacementIsCarriedOutOnceAgreed() throws Exception {
        String coupon = openAliExpress("NOT_AS_DESCRIBED_MISMATCH");
        String offer = postJson("sam", "/api/disputes/" + coupon + "/proposals",
                Map.of("type", "COUPON", "amount", Map.of("value", "5.00", "currency", "USD"))).expect(201).text("/id");
        postJson("bob", "/api/disputes/" + coupon + "/proposals/" + offer + "/accept", Map.of()).expect(200);
        runAsyncJobs(coupon);
        assertThat(types(dispute("bob", coupon).at("/timeline"))).contains("COUPON_ISSUED");

        String replacement = openAliExpress("NOT_AS_DESCRIBED_NOT_WORKING");
        offer = postJson("sam", "/api/disputes/" + replacement + "/proposals", Map.of("type", "REPLACEMENT")).expect(201)
                .text("/id");
        postJson("bob", "/api/disputes/" + replacement + "/proposals/" + offer + "/accept", Map.of()).expect(200);
        runAsyncJobs(replacement);
        assertThat(types(dispute("bob", replacement).at("/timeline"))).contains("REPLACEMENT_SHIPPED");
    }

    @Test
    void proposalsAreAnsweredOnlyByTheOtherSide() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = counterOffer(id, "10.00");

        postJson("sam", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()).expect(403);
        postJson("bob", "/api/disputes/" + id + "/proposals/" + java.util.UUID.randomUUID() + "/accept", Map.of())
                .expect(404);
        Answer rejected = postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/reject",
                Map.of("note", "Too little")).expect(200);
        assertThat(rejected.text("/status")).isEqualTo("NEGOTIATION");
        assertThat(rejected.at("/proposals/1/status").asText()).isEqualTo("REJECTED");
        postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/reject", Map.of()).expect(409);
        postJson("ada", "/api/disputes/" + id + "/proposals", Map.of("type", "FULL_REFUND")).expect(409);
        postJson("bob", "/api/disputes/" + id + "/proposals", Map.of("type", "PARTIAL_REFUND")).expect(400);
        postJson("bob", "/api/disputes/" + id + "/proposals", Map.of("type", "GIFT_CARD")).expect(400);
    }

    @Test
    void aNewProposalSupersedesTheSameSidesOpenOne() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(id, "10.00");
        counterOffer(id, "15.00");

        Answer view = dispute("bob", id);
        assertThat(view.at("/proposals").findValuesAsText("status")).containsExactly("OPEN", "SUPERSEDED", "OPEN");
    }

    @Test
    void rejectingTheBuyersRequestIsTheSellersResponse() throws Exception {
        String id = openAliExpress("NOT_RECEIVED_IN_TRANSIT");
        String request = openProposalOf("sam", id, "BUYER");

        Answer answered = postJson("sam", "/api/disputes/" + id + "/proposals/" + request + "/reject",
                Map.of("note", "Tracking shows it delivered")).expect(200);

        assertThat(answered.text("/status")).isEqualTo("NEGOTIATION");
    }

    @Test
    void noAgreementWithinTheNegotiationWindowEscalatesByItself() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(id, "5.00");

        fireTimer(id, "Timer_NegotiationWindow");

        Answer escalated = dispute("ada", id);
        assertThat(escalated.text("/status")).isEqualTo("ARBITRATION");
        assertThat(escalated.at("/deadlines/arbitrationDue").isMissingNode()).isFalse();
        assertThat(types(escalated.at("/timeline"))).containsSubsequence("ESCALATED", "RESPONSIBILITY_SUGGESTED");
        assertThat(texts(escalated.at("/allowedActions"))).contains("DECIDE", "REQUEST_EVIDENCE", "PROPOSE");
    }

    @Test
    void buyerCancellingDuringNegotiationDoesNotCountAgainstTheSeller() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(id, "5.00");

        Answer cancelled = postJson("bob", "/api/disputes/" + id + "/cancel", Map.of("note", "Found it")).expect(200);

        assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
        assertThat(cancelled.at("/countsTowardDisputeRate").asBoolean()).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        postJson("bob", "/api/disputes/" + id + "/cancel", Map.of()).expect(409);
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND")).expect(409);
    }

    @Test
    void onEbayAPartyAsksThePlatformOnlyThreeBusinessDaysAfterOpening() throws Exception {
        String id = open(openRequest(newOrder("EB"), "EBAY", "S-1001", "NOT_AS_DESCRIBED_DAMAGED")).text("/id");
        counterOffer(id, "10.00");

        assertThat(texts(dispute("bob", id).at("/allowedActions"))).doesNotContain("ESCALATE");
        Answer early = postJson("bob", "/api/disputes/" + id + "/escalate", Map.of()).expect(422);
        assertThat(early.text("/detail")).contains("P3D");
        assertThat(dispute("bob", id).text("/status")).isEqualTo("NEGOTIATION");
    }

    @Test
    void onlyTheBuyerCancels() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        postJson("sam", "/api/disputes/" + id + "/cancel", Map.of()).expect(403);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of()).expect(409);
    }
}
