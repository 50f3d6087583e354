package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The 4xx answers of API.md's status table that the other suites do not reach, each leaving the case as it was. */
class ApiErrorsIT extends ApiTest {

    private Answer openWithEvidence(Map<String, Object> request, String fileName, byte[] bytes) throws Exception {
        var multipart = MockMvcRequestBuilders.multipart("/api/disputes")
                .file(new MockMultipartFile("dispute", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(request)))
                .file(new MockMultipartFile("evidence", fileName, "image/jpeg", bytes));
        return call("bob", multipart);
    }

    /** An AliExpress case in which the buyer and seller agreed on a return and refund: the seller owes an address. */
    private String agreedReturn() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_SIZE");
        String offer = postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "RETURN_AND_REFUND"))
                .expect(201).text("/id");
        postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()).expect(200);
        return id;
    }

    private static Map<String, Object> shipment() {
        return Map.of("carrier", "CAINIAO", "trackingNumber", "LP" + UUID.randomUUID().toString().substring(0, 10));
    }

    /** What must not change when a request is refused. */
    private record Snapshot(String status, int proposals, int evidence, int timeline) {
    }

    private Snapshot snapshot(String id) throws Exception {
        Answer view = dispute("ada", id);
        return new Snapshot(view.text("/status"), view.at("/proposals").size(), view.at("/evidence").size(),
                view.at("/timeline").size());
    }

    @Test
    void anExecutableRenamedJpgInTheOpeningRequestIs415AndLeavesTheOrderFree() throws Exception {
        Map<String, Object> request = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");

        Answer refused = openWithEvidence(request, "photo.jpg", Files.EXE).expect(415);

        assertThat(refused.text("/detail")).contains("photo.jpg");
        // nothing was half-written: the same order opens afterwards
        open(request);
    }

    @Test
    void aFileOver10MegabytesInTheOpeningRequestIs413AndLeavesTheOrderFree() throws Exception {
        Map<String, Object> request = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");

        openWithEvidence(request, "huge.png", Files.largePng(10 * 1024 * 1024 + 1)).expect(413);

        open(request);
    }

    @Test
    void aPageSizeOutsideOneTo200IsABadRequest() throws Exception {
        Answer zero = overHttp("bob", "GET", "/api/disputes?size=0").expect(400);
        assertThat(zero.text("/status")).isEqualTo("400");
        overHttp("bob", "GET", "/api/disputes?size=1000").expect(400);
        overHttp("bob", "GET", "/api/disputes?page=-1").expect(400);
        overHttp("bob", "GET", "/api/disputes?size=200").expect(200);
    }

    @Test
    void theDisputeListNeedsCredentials() throws Exception {
        get(null, "/api/disputes").expect(401);
    }

    @Test
    void neitherAnAnalystNorTheMarketplaceMakesProposals() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        Snapshot before = snapshot(id);

        postJson("ann", "/api/disputes/" + id + "/proposals", Map.of("type", "FULL_REFUND")).expect(403);
        postJson("market", "/api/disputes/" + id + "/proposals", Map.of("type", "FULL_REFUND")).expect(403);

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aPartyMayNotRejectItsOwnProposal() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = counterOffer(id, "10.00");
        Snapshot before = snapshot(id);

        postJson("sam", "/api/disputes/" + id + "/proposals/" + offer + "/reject", Map.of("note", "Changed my mind"))
                .expect(403);

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(openProposalOf("bob", id, "SELLER")).isEqualTo(offer);
    }

    @Test
    void evidenceForACancelledDisputeIsAConflict() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        postJson("bob", "/api/disputes/" + id + "/cancel", Map.of()).expect(200);

        upload("bob", id, "photo.png", Files.PNG, "PRODUCT_PHOTO", Map.of()).expect(409);

        Answer cancelled = dispute("bob", id);
        assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
        assertThat(cancelled.at("/evidence")).isEmpty();
    }

    @Test
    void anArbitratorDoesNotEscalate() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(id, "10.00");
        Snapshot before = snapshot(id);

        postJson("ada", "/api/disputes/" + id + "/escalate", Map.of()).expect(403);

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(before.status()).isEqualTo("NEGOTIATION");
    }

    @Test
    void theReturnShipmentIsTheBuyersAfterTheAddressWithATrackingNumber() throws Exception {
        String id = agreedReturn();

        postJson("bob", "/api/disputes/" + id + "/return/shipment", shipment()).expect(409);
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "88 Jiangnan Ave")).expect(200);
        postJson("sam", "/api/disputes/" + id + "/return/shipment", shipment()).expect(403);
        Answer missing = postJson("bob", "/api/disputes/" + id + "/return/shipment", Map.of("carrier", "CAINIAO"))
                .expect(400);
        assertThat(missing.at("/errors/trackingNumber").isMissingNode()).isFalse();

        Answer view = dispute("bob", id);
        assertThat(view.at("/returnShipment/trackingNumber").isNull()).isTrue();
        assertThat(texts(view.at("/allowedActions"))).contains("SHIP_RETURN");
    }

    @Test
    void theReturnReceiptIsTheSellersOnceTheBuyerShippedWithAKnownCondition() throws Exception {
        String id = agreedReturn();
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "88 Jiangnan Ave")).expect(200);

        postJson("sam", "/api/disputes/" + id + "/return/receipt", Map.of()).expect(409);
        postJson("bob", "/api/disputes/" + id + "/return/shipment", shipment()).expect(200);
        postJson("bob", "/api/disputes/" + id + "/return/receipt", Map.of()).expect(403);
        postJson("sam", "/api/disputes/" + id + "/return/receipt", Map.of("condition", "BROKEN")).expect(400);

        Answer view = dispute("sam", id);
        assertThat(view.text("/status")).isEqualTo("RETURN_IN_PROGRESS");
        assertThat(view.at("/returnShipment/receiptCondition").isNull()).isTrue();
        assertThat(texts(view.at("/allowedActions"))).contains("CONFIRM_RETURN_RECEIPT");
    }

    @Test
    void aBuyersEscalationFromNegotiationCannotBeWithdrawnByTheSeller() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(id, "10.00");
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of("note", "Too little")).expect(200);
        Snapshot before = snapshot(id);

        postJson("sam", "/api/disputes/" + id + "/arbitration/withdraw", Map.of()).expect(409);

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(before.status()).isEqualTo("ARBITRATION");
    }

    @Test
    void amazonsRulebookRefusesTheSellerWithdrawingItsDisputedReturn() throws Exception {
        String id = agreedAmazonReturn();
        postJson("sam", "/api/disputes/" + id + "/return/address",
                Map.of("carrier", "UPS", "returnTrackingNumber", "1Z" + UUID.randomUUID().toString().substring(0, 8)))
                .expect(200);
        postJson("bob", "/api/disputes/" + id + "/return/shipment", shipment()).expect(200);
        postJson("sam", "/api/disputes/" + id + "/return/receipt", Map.of("condition", "EMPTY_OR_DIFFERENT")).expect(200);
        Snapshot before = snapshot(id);
        assertThat(before.status()).isEqualTo("ARBITRATION");

        Answer refused = postJson("sam", "/api/disputes/" + id + "/arbitration/withdraw", Map.of("note", "Never mind"))
                .expect(422);

        assertThat(refused.text("/detail")).contains("AMAZON");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void anAppealWithoutANoteIsABadRequest() throws Exception {
        Map<String, Object> claim = amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING");
        String id = open(claim).text("/id");
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND")).expect(201);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of()).expect(200);
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision",
                Map.of("resolution", "NO_REFUND", "responsibility", "BUYER", "rationale", "Works as described")).expect(200);
        Snapshot before = snapshot(id);

        Answer refused = postJson("bob", "/api/disputes/" + id + "/appeal", Map.of()).expect(400);

        assertThat(refused.at("/errors/note").isMissingNode()).isFalse();
        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(texts(dispute("bob", id).at("/allowedActions"))).contains("APPEAL");
    }

    @Test
    void aCarrierEventWithoutOccurredAtIsABadRequest() throws Exception {
        Answer refused = postJson("market", "/api/carrier-events", Map.of("eventId", "EV-" + UUID.randomUUID(),
                "carrier", "CAINIAO", "trackingNumber", "LP0000000001", "status", "DELIVERED")).expect(400);

        assertThat(refused.at("/errors/occurredAt").isMissingNode()).isFalse();
    }
}
