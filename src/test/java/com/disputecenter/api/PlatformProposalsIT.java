package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The platform's proposal during arbitration: only the arbitrator who holds the case makes one, and one
 * party accepting it is the platform's resolution, not an agreement: the other party keeps its appeal.
 */
class PlatformProposalsIT extends ApiTest {

    private String escalated(Map<String, Object> request) throws Exception {
        String id = open(request).text("/id");
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND", "note", "Works for me"))
                .expect(201);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of("note", "Seller refuses")).expect(200);
        return id;
    }

    private Answer platformProposes(String arbitrator, String id, String type, String amount) throws Exception {
        Map<String, Object> proposal = amount == null ? Map.of("type", type, "note", "What the photos support")
                : Map.of("type", type, "amount", Map.of("value", amount, "currency", "USD"), "note", "What the photos support");
        return postJson(arbitrator, "/api/disputes/" + id + "/proposals", proposal);
    }

    @Test
    void anArbitratorWhoDoesNotHoldAClaimedCaseGets409OnAPlatformProposalAsOnADecision() throws Exception {
        String id = escalated(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));
        postJson("ada", "/api/disputes/" + id + "/arbitration/claim", Map.of()).expect(200);
        int proposals = dispute("ada", id).at("/proposals").size();
        int messages = get("bob", "/api/disputes/" + id + "/messages").expect(200).body().size();

        Answer decision = postJson("sen", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution",
                "FULL_REFUND", "responsibility", "SELLER", "rationale", "Photos show the defect")).expect(409);
        Answer proposal = platformProposes("sen", id, "PARTIAL_REFUND", "20.00").expect(409);

        assertThat(proposal.text("/detail")).isEqualTo(decision.text("/detail"))
                .isEqualTo("The case is claimed by ada; ask them to hand it over");
        Answer after = dispute("ada", id);
        assertThat(after.at("/proposals")).hasSize(proposals);
        assertThat(after.text("/status")).isEqualTo("ARBITRATION");
        assertThat(get("bob", "/api/disputes/" + id + "/messages").expect(200).body()).hasSize(messages);
        // the holder proposes as before
        assertThat(platformProposes("ada", id, "PARTIAL_REFUND", "20.00").expect(201).text("/party")).isEqualTo("PLATFORM");
    }

    @Test
    void aPlatformProposalTheBuyerAcceptsIsTheArbitrationsResolutionAndTheSellerMayAppealIt() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"));
        String proposal = platformProposes("ada", id, "PARTIAL_REFUND", "20.00").expect(201).text("/id");

        Answer accepted = postJson("bob", "/api/disputes/" + id + "/proposals/" + proposal + "/accept", Map.of())
                .expect(200);

        assertThat(accepted.text("/status")).isEqualTo("RESOLVED");
        assertThat(accepted.text("/resolution/decidedBy")).isEqualTo("ARBITRATION");
        assertThat(accepted.text("/resolution/reasonCode")).isEqualTo("PLATFORM_PROPOSAL_ACCEPTED");
        assertThat(accepted.text("/resolution/amount/value")).isEqualTo("20.00");
        assertThat(types(accepted.at("/timeline"))).contains("PLATFORM_PROPOSAL_ACCEPTED").doesNotContain("AGREED");
        JsonNode toSeller = get("sam", "/api/disputes/" + id + "/messages").expect(200).body();
        assertThat(toSeller.findValuesAsText("template")).contains("decision");

        // the refund is carried out, then the appeal window opens as after a decision
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        Answer refunded = dispute("sam", id);
        assertThat(refunded.at("/deadlines/appealDue").isMissingNode()).isFalse();
        assertThat(texts(refunded.at("/allowedActions"))).contains("APPEAL");
        assertThat(texts(dispute("bob", id).at("/allowedActions"))).doesNotContain("APPEAL");
        Answer buyerAppeal = postJson("bob", "/api/disputes/" + id + "/appeal", Map.of("note", "More")).expect(403);
        assertThat(buyerAppeal.text("/detail")).contains("accepted");

        Answer appealed = postJson("sam", "/api/disputes/" + id + "/appeal",
                Map.of("note", "The buyer broke it himself")).expect(200);
        assertThat(appealed.text("/status")).isEqualTo("ARBITRATION");
        Answer final_ = postJson("sen", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution",
                "NO_REFUND", "responsibility", "BUYER", "rationale", "Damage by use")).expect(200);
        assertThat(final_.text("/resolution/reasonCode")).isEqualTo("APPEAL_DECISION");
    }

    @Test
    void aPlatformProposalTheLosingSideAcceptsLeavesNobodyToAppealAndTheCaseCloses() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"));
        String proposal = platformProposes("ada", id, "FULL_REFUND", null).expect(201).text("/id");

        Answer accepted = postJson("sam", "/api/disputes/" + id + "/proposals/" + proposal + "/accept", Map.of())
                .expect(200);

        assertThat(accepted.text("/resolution/decidedBy")).isEqualTo("ARBITRATION");
        assertThat(accepted.text("/resolution/reasonCode")).isEqualTo("PLATFORM_PROPOSAL_ACCEPTED");
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        for (String party : new String[] {"bob", "sam"}) {
            Answer view = dispute(party, id);
            assertThat(view.at("/deadlines/appealDue").isMissingNode()).as(party).isTrue();
            assertThat(texts(view.at("/allowedActions"))).as(party).doesNotContain("APPEAL");
        }
        postJson("sam", "/api/disputes/" + id + "/appeal", Map.of("note", "Changed my mind")).expect(422);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void whereTheRulebookHasNoAppealAnAcceptedPlatformProposalIsFinal() throws Exception {
        String id = escalated(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));
        String proposal = platformProposes("ada", id, "PARTIAL_REFUND", "25.00").expect(201).text("/id");

        Answer accepted = postJson("bob", "/api/disputes/" + id + "/proposals/" + proposal + "/accept", Map.of())
                .expect(200);

        assertThat(accepted.text("/resolution/decidedBy")).isEqualTo("ARBITRATION");
        assertThat(runAsyncJobs(id)).isEqualTo(1);
        assertThat(dispute("sam", id).at("/deadlines/appealDue").isMissingNode()).isTrue();
        postJson("sam", "/api/disputes/" + id + "/appeal", Map.of("note", "Unfair")).expect(422);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }
}
