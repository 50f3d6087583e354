package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class OpeningDisputesIT extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void openedDisputeWaitsForTheSellerWithTheRulebooksDeadline() throws Exception {
        Answer opened = open(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));

        assertThat(opened.text("/status")).isEqualTo("AWAITING_SELLER_RESPONSE");
        assertThat(opened.text("/amount/value")).isEqualTo("59.90");
        assertThat(opened.text("/amount/currency")).isEqualTo("USD");
        Instant due = Instant.parse(opened.text("/deadlines/sellerResponseDue"));
        assertThat(due).isCloseTo(Instant.now().plus(Duration.ofDays(5)), within(1, ChronoUnit.MINUTES));
        assertThat(opened.at("/proposals/0/party").asText()).isEqualTo("BUYER");
        assertThat(opened.at("/proposals/0/status").asText()).isEqualTo("OPEN");
        assertThat(texts(opened.at("/allowedActions"))).containsExactlyInAnyOrder("PROPOSE", "ADD_EVIDENCE", "CANCEL");
        assertThat(types(opened.at("/timeline"))).startsWith("OPENED", "PROPOSED");
        assertThat(opened.at("/countsTowardDisputeRate").asBoolean()).isTrue();

        Answer forSeller = dispute("sam", opened.text("/id"));
        assertThat(texts(forSeller.at("/allowedActions")))
                .containsExactlyInAnyOrder("PROPOSE", "ACCEPT_PROPOSAL", "REJECT_PROPOSAL", "ADD_EVIDENCE");
    }

    @Test
    void marketplaceOpensOnTheBuyersBehalf() throws Exception {
        Answer opened = postJson("market", "/api/disputes",
                openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST")).expect(201);
        assertThat(opened.text("/buyerId")).isEqualTo("bob");
        dispute("bob", opened.text("/id"));
    }

    @Test
    void aSecondOpenDisputeOnTheSameOrderIsRefused() throws Exception {
        String order = newOrder("AE");
        open(openRequest(order, "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));

        Answer again = postJson("bob", "/api/disputes", openRequest(order, "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_SIZE"));

        again.expect(409);
        assertThat(again.text("/detail")).contains(order);
    }

    @Test
    void tmallRefusesADisputeFiled25HoursAfterDelivery() throws Exception {
        Map<String, Object> late = openRequest(newOrder("TM"), "TMALL_GLOBAL", "S-1001", "NOT_RECEIVED_WRONG_ADDRESS");
        late.put("deliveredAt", Instant.now().minus(Duration.ofHours(25)).toString());

        Answer refused = postJson("bob", "/api/disputes", late);

        refused.expect(422);
        assertThat(refused.text("/detail")).contains("filing window");
    }

    @Test
    void tmallQualityDisputeNeedsEvidenceAndTakesItAsMultipart() throws Exception {
        Map<String, Object> request = openRequest(newOrder("TM"), "TMALL_GLOBAL", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        postJson("bob", "/api/disputes", request).expect(422);

        var multipart = MockMvcRequestBuilders.multipart("/api/disputes")
                .file(new MockMultipartFile("dispute", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(request)))
                .file(new MockMultipartFile("evidence", "photo.png", "image/png", Files.PNG));
        Answer opened = call("bob", multipart).expect(201);
        assertThat(opened.at("/evidence/0/contentType").asText()).isEqualTo("image/png");
        assertThat(opened.at("/evidence/0/kind").asText()).isEqualTo("PRODUCT_PHOTO");
    }

    @Test
    void amazonClaimNeeds48HoursSinceTheSellerWasContacted() throws Exception {
        Map<String, Object> claim = openRequest(newOrder("AZ"), "AMAZON", "S-1001", "NOT_RECEIVED_LOST");
        claim.put("latestEstimatedDelivery", Instant.now().minus(Duration.ofDays(10)).toString());
        claim.put("sellerContactedAt", Instant.now().minus(Duration.ofHours(20)).toString());
        postJson("bob", "/api/disputes", claim).expect(422);

        claim.put("sellerContactedAt", Instant.now().minus(Duration.ofHours(49)).toString());
        Answer opened = postJson("bob", "/api/disputes", claim).expect(201);
        assertThat(Instant.parse(opened.text("/deadlines/sellerResponseDue")))
                .isCloseTo(Instant.now().plus(Duration.ofHours(72)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingStored() throws Exception {
        String order = newOrder("AE");
        Answer malformed = postJson("bob", "/api/disputes", "{\"orderId\": ");
        malformed.expect(400);
        assertThat(malformed.text("/title")).isEqualTo("Bad Request");

        Map<String, Object> unknownEnum = openRequest(order, "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        unknownEnum.put("platform", "WISH");
        assertThat(postJson("bob", "/api/disputes", unknownEnum).expect(400).text("/detail")).contains("platform");

        Map<String, Object> missing = openRequest(order, "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        missing.remove("reason");
        assertThat(postJson("bob", "/api/disputes", missing).expect(400).at("/errors/reason").isMissingNode()).isFalse();

        Map<String, Object> negative = openRequest(order, "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        negative.put("amount", Map.of("value", "-5.00", "currency", "USD"));
        postJson("bob", "/api/disputes", negative).expect(400);

        Map<String, Object> tooMuch = openRequest(order, "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        tooMuch.put("requestedResolution", "PARTIAL_REFUND");
        tooMuch.put("requestedAmount", Map.of("value", "80.00", "currency", "USD"));
        postJson("bob", "/api/disputes", tooMuch).expect(400);

        // none of the refused requests left a dispute behind: the order is still free
        open(openRequest(order, "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));
    }

    @Test
    void absurdAmountsAndLongTextsAreHandledWithoutAServerError() throws Exception {
        for (String value : new String[] {"1e20000000", "99999999999999999999.99", "12.345", "0"}) {
            Map<String, Object> request = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST");
            request.put("amount", Map.of("value", value, "currency", "USD"));
            postJson("bob", "/api/disputes", request).expect(400);
        }
        Map<String, Object> xxx = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST");
        xxx.put("amount", Map.of("value", "10", "currency", "XXX"));
        postJson("bob", "/api/disputes", xxx).expect(400);
        Map<String, Object> longText = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST");
        longText.put("description", "<script>alert(1)</script>" + "x".repeat(3900));
        assertThat(postJson("bob", "/api/disputes", longText).expect(201).text("/description")).startsWith("<script>");
        Map<String, Object> tooLong = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST");
        tooLong.put("description", "x".repeat(4001));
        postJson("bob", "/api/disputes", tooLong).expect(400);
    }

    @Test
    void aResolvedOrderCannotBeDisputedAgainButACancelledOneCan() throws Exception {
        String order = newOrder("AE");
        String resolved = open(openRequest(order, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST")).text("/id");
        fireTimer(resolved, "Timer_SellerResponseWindow");
        postJson("bob", "/api/disputes", openRequest(order, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST")).expect(409);

        String other = newOrder("AE");
        String cancelled = open(openRequest(other, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST")).text("/id");
        postJson("bob", "/api/disputes/" + cancelled + "/cancel", Map.of()).expect(200);
        open(openRequest(other, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST"));
    }

    /**
     * The second refund of the review: an order whose dispute was resolved, filed again with a trailing
     * space, in other letters, or with U+200B, U+00A0 or U+2010 in its id, opened a second case.
     */
    @Test
    void aResolvedOrderIsNotDisputedAgainUnderAnotherSpellingOfItsId() throws Exception {
        String order = newOrder("AE");
        String resolved = open(openRequest(order, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST")).text("/id");
        fireTimer(resolved, "Timer_SellerResponseWindow");
        assertThat(dispute("bob", resolved).text("/status")).isEqualTo("RESOLVED");

        for (String spelling : List.of(order + " ", " " + order, order + "\u200B", order.replace("-", "\u00A0"),
                order.replace("-", "\u2010"), order + "\t", order.replace("A", "\uFF21"))) {
            Answer refused = postJson("bob", "/api/disputes", openRequest(spelling, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST"))
                    .expect(400);
            assertThat(refused.at("/errors/orderId").isMissingNode()).as("%s", spelling).isFalse();
            // the marketplace's requests go the same way
            Map<String, Object> onBehalf = openRequest(spelling, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST");
            postJson("market", "/api/disputes", onBehalf).expect(400);
        }
        for (String otherCase : List.of(order.toUpperCase(Locale.ROOT), order.toLowerCase(Locale.ROOT))) {
            assertThat(postJson("bob", "/api/disputes", openRequest(otherCase, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST"))
                    .expect(409).text("/detail")).contains("had its dispute resolved");
        }
        assertThat(jdbc.sql("select count(*) from dispute where upper(order_id) = ?")
                .param(order.toUpperCase(Locale.ROOT)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOpenDisputeBlocksTheSameOrderInOtherLetters() throws Exception {
        String order = newOrder("AE");
        open(openRequest(order, "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST"));

        assertThat(postJson("bob", "/api/disputes", openRequest(order.toUpperCase(Locale.ROOT), "ALIEXPRESS", "S-1001",
                "NOT_RECEIVED_LOST")).expect(409).text("/detail")).contains("already has an open dispute");
        // another platform's order of that number is another order
        open(openRequest(order.toUpperCase(Locale.ROOT), "EBAY", "S-1001", "NOT_RECEIVED_LOST"));
    }

    @Test
    void anUndeliveredTmallOrderCanBeDisputedButNotAFutureDelivery() throws Exception {
        Map<String, Object> lost = openRequest(newOrder("TM"), "TMALL_GLOBAL", "S-1001", "NOT_RECEIVED_LOST");
        lost.remove("deliveredAt");
        open(lost);
        Map<String, Object> future = openRequest(newOrder("TM"), "TMALL_GLOBAL", "S-1001", "NOT_RECEIVED_WRONG_ADDRESS");
        future.put("deliveredAt", Instant.now().plus(Duration.ofDays(3)).toString());
        postJson("bob", "/api/disputes", future).expect(400);
    }

    @Test
    void anUnknownApiPathIsAProblem() throws Exception {
        Answer missing = overHttp("bob", "GET", "/api/nothing-here");
        missing.expect(404);
        assertThat(missing.text("/status")).isEqualTo("404");
        overHttp("bob", "GET", "/api/disputes?page=2147483647&size=200").expect(400);
        overHttp("sam", "GET", "/api/sellers/S-1001/dispute-rate?to=%2B999999999-12-31").expect(400);
    }

    @Test
    void onlyBuyersAndTheMarketplaceOpenDisputes() throws Exception {
        Map<String, Object> request = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_RECEIVED_LOST");
        call(null, MockMvcRequestBuilders.post("/api/disputes").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request))).expect(401);
        postJson("sam", "/api/disputes", request).expect(403);
        request.put("buyerId", "someone-else");
        postJson("bob", "/api/disputes", request).expect(403);
    }

    @Test
    void aSellerSeesOnlyItsOwnDisputes() throws Exception {
        String id = openAliExpress("NOT_RECEIVED_LOST");

        get("sue", "/api/disputes/" + id).expect(404);
        postJson("sue", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND")).expect(404);
        get("sam", "/api/disputes/" + id).expect(200);

        Answer suesList = get("sue", "/api/disputes?size=200").expect(200);
        suesList.at("/content").forEach(d -> assertThat(d.get("sellerId").asText()).isEqualTo("S-2002"));
        Answer samsList = get("sam", "/api/disputes?status=AWAITING_SELLER_RESPONSE&platform=ALIEXPRESS&size=200")
                .expect(200);
        assertThat(samsList.at("/content").findValuesAsText("id")).contains(id);
        assertThat(get("sue", "/api/disputes?sellerId=S-1001").expect(200).at("/content")).isEmpty();
    }

    @Test
    void anUnknownDisputeIsNotFound() throws Exception {
        get("ada", "/api/disputes/" + java.util.UUID.randomUUID()).expect(404);
        get("ada", "/api/disputes/not-a-uuid").expect(400);
    }

    @Test
    void theEngineApiIsForAnalystsOnly() throws Exception {
        engine("bob", "GET", "/process-definition").expect(403);
        Answer definitions = engine("ann", "GET", "/process-definition?key=DisputeLifecycle").expect(200);
        assertThat(definitions.body().get(0).get("key").asText()).isEqualTo("DisputeLifecycle");
    }
}
