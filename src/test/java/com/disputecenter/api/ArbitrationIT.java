package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArbitrationIT extends ApiTest {

    @Autowired
    TaskService tasks;

    private String escalated(Map<String, Object> request) throws Exception {
        String id = open(request).text("/id");
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND", "note", "Works for me"))
                .expect(201);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of("note", "Seller refuses")).expect(200);
        return id;
    }

    private String escalatedAliExpress() throws Exception {
        return escalated(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));
    }

    private Map<String, Object> decision(String resolution, String responsibility) {
        return Map.of("resolution", resolution, "responsibility", responsibility,
                "rationale", "Photos show the defect");
    }

    @Test
    void arbitratorDecidesAndTheDecisionIsCarriedOut() throws Exception {
        String id = escalatedAliExpress();
        Answer escalated = dispute("ada", id);
        assertThat(escalated.text("/status")).isEqualTo("ARBITRATION");
        assertThat(escalated.text("/suggestedResponsibility")).isNotBlank();
        assertThat(escalated.text("/suggestionRule")).isNotBlank();

        postJson("bob", "/api/disputes/" + id + "/arbitration/decision", decision("FULL_REFUND", "SELLER")).expect(403);
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision",
                Map.of("resolution", "FULL_REFUND", "responsibility", "SELLER")).expect(400);
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution", "PARTIAL_REFUND",
                "amount", Map.of("value", "99.00", "currency", "USD"), "responsibility", "SELLER", "rationale", "x"))
                .expect(400);

        Answer decided = postJson("ada", "/api/disputes/" + id + "/arbitration/decision",
                Map.of("resolution", "PARTIAL_REFUND", "amount", Map.of("value", "30.00", "currency", "USD"),
                        "responsibility", "SELLER", "rationale", "Defect shown; item still usable")).expect(200);
        assertThat(decided.text("/status")).isEqualTo("RESOLVED");
        assertThat(decided.text("/resolution/decidedBy")).isEqualTo("ARBITRATION");
        assertThat(decided.text("/resolution/reasonCode")).isEqualTo("ARBITRATION_DECISION");
        assertThat(decided.text("/resolution/responsibility")).isEqualTo("SELLER");
        // AliExpress has no appeal: the case ends with the refund
        postJson("sam", "/api/disputes/" + id + "/appeal", Map.of("note", "Unfair")).expect(422);
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", decision("FULL_REFUND", "SELLER")).expect(409);
    }

    @Test
    void decisionToReturnTheGoodsStartsTheReturn() throws Exception {
        String id = escalatedAliExpress();
        Answer decided = postJson("ada", "/api/disputes/" + id + "/arbitration/decision",
                decision("RETURN_AND_REFUND", "SELLER")).expect(200);
        assertThat(decided.text("/status")).isEqualTo("RETURN_IN_PROGRESS");
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "Hangzhou")).expect(200);
        postJson("bob", "/api/disputes/" + id + "/return/shipment", Map.of("carrier", "EMS", "trackingNumber", "EE1"))
                .expect(200);
        Answer received = postJson("sam", "/api/disputes/" + id + "/return/receipt",
                Map.of("condition", "RECEIVED_OK")).expect(200);
        assertThat(received.text("/resolution/reasonCode")).isEqualTo("ARBITRATION_DECISION");
    }

    @Test
    void arbitratorAsksForEvidenceAndTheSellerAnswers() throws Exception {
        String id = escalatedAliExpress();
        postJson("sam", "/api/disputes/" + id + "/arbitration/evidence-request",
                Map.of("party", "SELLER", "note", "x")).expect(403);
        postJson("ada", "/api/disputes/" + id + "/arbitration/evidence-request",
                Map.of("party", "PLATFORM", "note", "x")).expect(400);

        Answer requested = postJson("ada", "/api/disputes/" + id + "/arbitration/evidence-request",
                Map.of("party", "SELLER", "note", "Photo of the outer packaging, please")).expect(200);
        assertThat(requested.at("/deadlines/evidenceDue").isMissingNode()).isFalse();
        postJson("ada", "/api/disputes/" + id + "/arbitration/evidence-request",
                Map.of("party", "BUYER", "note", "x")).expect(409);

        upload("sam", id, "box.png", Files.PNG, "OUTER_PACKAGING_PHOTO", Map.of("packagingDamaged", "false")).expect(201);

        Answer answered = dispute("ada", id);
        assertThat(answered.at("/deadlines/evidenceDue").isMissingNode()).isTrue();
        assertThat(types(answered.at("/timeline"))).contains("REQUESTED_EVIDENCE_SUBMITTED");
        assertThat(texts(answered.at("/allowedActions"))).contains("REQUEST_EVIDENCE");
    }

    @Test
    void evidenceNotProvidedInTimeIsNotedAndTheCaseStaysWithTheArbitrator() throws Exception {
        String id = escalatedAliExpress();
        postJson("ada", "/api/disputes/" + id + "/arbitration/evidence-request",
                Map.of("party", "BUYER", "note", "Video of the unboxing")).expect(200);

        fireTimer(id, "Timer_EvidenceRequestDeadline");

        Answer view = dispute("ada", id);
        assertThat(view.text("/status")).isEqualTo("ARBITRATION");
        assertThat(types(view.at("/timeline"))).contains("EVIDENCE_MISSING");
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", decision("NO_REFUND", "BUYER")).expect(200);
    }

    @Test
    void arbitrationPastItsSlaIsHandedToSeniorArbitratorsAsWell() throws Exception {
        String id = escalatedAliExpress();

        fireTimer(id, "Timer_ArbitrationSla");

        assertThat(types(dispute("ada", id).at("/timeline"))).contains("SLA_PASSED");
        var task = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("ARBITRATOR", "SENIOR_ARBITRATOR");
        postJson("sen", "/api/disputes/" + id + "/arbitration/decision", decision("FULL_REFUND", "SELLER")).expect(200);
    }

    @Test
    void aPlatformProposalAcceptedDuringArbitrationSettlesTheCase() throws Exception {
        String id = escalatedAliExpress();
        String proposal = postJson("ada", "/api/disputes/" + id + "/proposals",
                Map.of("type", "PARTIAL_REFUND", "amount", Map.of("value", "25.00", "currency", "USD"),
                        "note", "Split the difference")).expect(201).text("/id");

        Answer agreed = postJson("sam", "/api/disputes/" + id + "/proposals/" + proposal + "/accept", Map.of())
                .expect(200);

        // one party's yes does not make the other agree: the platform resolved it (PlatformProposalsIT)
        assertThat(agreed.text("/resolution/decidedBy")).isEqualTo("ARBITRATION");
        assertThat(agreed.text("/resolution/reasonCode")).isEqualTo("PLATFORM_PROPOSAL_ACCEPTED");
        assertThat(runAsyncJobs(id)).isEqualTo(1);
    }

    @Test
    void theLosingPartyAppealsAndASeniorArbitratorDecidesFinally() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"));
        Answer decided = postJson("ada", "/api/disputes/" + id + "/arbitration/decision",
                decision("NO_REFUND", "BUYER")).expect(200);
        assertThat(decided.at("/deadlines/appealDue").isMissingNode()).isFalse();
        assertThat(texts(dispute("bob", id).at("/allowedActions"))).contains("APPEAL");
        assertThat(texts(dispute("sam", id).at("/allowedActions"))).doesNotContain("APPEAL");

        postJson("sam", "/api/disputes/" + id + "/appeal", Map.of("note", "x")).expect(403);
        Answer appealed = postJson("bob", "/api/disputes/" + id + "/appeal",
                Map.of("note", "The video shows it never worked")).expect(200);
        assertThat(appealed.text("/status")).isEqualTo("ARBITRATION");

        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", decision("FULL_REFUND", "SELLER")).expect(403);
        Answer final_ = postJson("sen", "/api/disputes/" + id + "/arbitration/decision",
                decision("FULL_REFUND", "SELLER")).expect(200);
        assertThat(final_.text("/resolution/reasonCode")).isEqualTo("APPEAL_DECISION");
        postJson("sam", "/api/disputes/" + id + "/appeal", Map.of("note", "again")).expect(409);
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void anAppealRaisingAPartialRefundPaysOnlyTheDifference() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"));
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution", "PARTIAL_REFUND",
                "amount", Map.of("value", "30.00", "currency", "USD"), "responsibility", "SELLER",
                "rationale", "Partly working")).expect(200);
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        postJson("bob", "/api/disputes/" + id + "/appeal", Map.of("note", "It does not work at all")).expect(200);

        postJson("sen", "/api/disputes/" + id + "/arbitration/decision", decision("FULL_REFUND", "SELLER")).expect(200);
        assertThat(runAsyncJobs(id)).isEqualTo(1);

        var refunds = dispute("bob", id).at("/timeline").findParents("type").stream()
                .filter(t -> t.get("type").asText().equals("REFUNDED")).map(t -> t.get("detail").asText()).toList();
        assertThat(refunds).containsExactly("Refunded 30.00 USD to the buyer", "Refunded 29.90 USD to the buyer");
    }

    @Test
    void anUpheldRefundIsNotPaidTwice() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"));
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", decision("FULL_REFUND", "SELLER")).expect(200);
        runAsyncJobs(id);
        postJson("sam", "/api/disputes/" + id + "/appeal", Map.of("note", "The buyer broke it")).expect(200);

        postJson("sen", "/api/disputes/" + id + "/arbitration/decision", decision("FULL_REFUND", "SELLER")).expect(200);
        runAsyncJobs(id);

        assertThat(types(dispute("bob", id).at("/timeline")).stream().filter("REFUNDED"::equals)).hasSize(1);
        assertThat(types(dispute("bob", id).at("/timeline"))).endsWith("REFUND_NOT_NEEDED");
    }

    @Test
    void anUpheldCouponIsNotIssuedTwice() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_MISMATCH"));
        Map<String, Object> coupon = Map.of("resolution", "COUPON", "amount", Map.of("value", "5.00", "currency", "USD"),
                "responsibility", "SELLER", "rationale", "Colour slightly off");
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", coupon).expect(200);
        runAsyncJobs(id);
        postJson("sam", "/api/disputes/" + id + "/appeal", Map.of("note", "The colour matches the photos")).expect(200);

        postJson("sen", "/api/disputes/" + id + "/arbitration/decision", coupon).expect(200);
        runAsyncJobs(id);

        assertThat(types(dispute("bob", id).at("/timeline"))).containsSubsequence("COUPON_ISSUED", "APPEALED",
                "APPEAL_DECIDED", "COUPON_ALREADY_ISSUED").containsOnlyOnce("COUPON_ISSUED");
    }

    @Test
    void aDecisionToReturnTheGoodsIsNotAppealed() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"));
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", decision("RETURN_AND_REFUND", "SELLER"))
                .expect(200);
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("carrier", "UPS",
                "returnTrackingNumber", "1Z" + java.util.UUID.randomUUID().toString().substring(0, 8))).expect(200);

        fireTimer(id, "Timer_ReturnShipmentWindow");

        Answer closed = dispute("sam", id);
        assertThat(closed.text("/resolution/reasonCode")).isEqualTo("BUYER_DID_NOT_SHIP_RETURN");
        assertThat(closed.at("/deadlines/appealDue").isMissingNode()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void noAppealAfterTheWindowCloses() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"));
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", decision("FULL_REFUND", "SELLER")).expect(200);
        runAsyncJobs(id);

        fireTimer(id, "Timer_AppealWindow");

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        Answer final_ = dispute("sam", id);
        assertThat(final_.at("/deadlines/appealDue").isMissingNode()).isTrue();
        assertThat(texts(final_.at("/allowedActions"))).doesNotContain("APPEAL");
        assertThat(types(final_.at("/timeline"))).endsWith("DECISION_FINAL");
        postJson("sam", "/api/disputes/" + id + "/appeal", Map.of("note", "Too late")).expect(422);
    }
}
