package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Analytics over real cases: seven disputes opened and ended through the API (agreement, partial
 * refund, cancellation, arbitration after an SLA breach, a seller's silence), then the figures, the
 * CSV and the root causes of the period they were opened in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIT extends ApiTest {

    private String period;
    private String shirtDispute;

    private Map<String, Object> open(String seller, String reason, String productId, String title) {
        Map<String, Object> open = openRequest(newOrder("AE"), "ALIEXPRESS", seller, reason);
        if (productId != null) {
            open.put("productId", productId);
            open.put("productTitle", title);
            open.put("productCategory", "apparel");
        }
        return open;
    }

    @BeforeAll
    void disputesOpenedAndEndedThroughTheApi() throws Exception {
        Instant from = Instant.now().minusMillis(1);
        // S-1001: a shirt comes back too small twice (agreed in full, then half), a personal reason, a cancellation
        shirtDispute = open(open("S-1001", "NOT_AS_DESCRIBED_SIZE", "P-SHIRT", "Linen shirt")).text("/id");
        postJson("sam", "/api/disputes/" + shirtDispute + "/proposals/" + openProposalOf("sam", shirtDispute, "BUYER")
                + "/accept", Map.of()).expect(200);
        runAsyncJobs(shirtDispute);

        String halfBack = open(open("S-1001", "NOT_AS_DESCRIBED_SIZE", "P-SHIRT", "Linen shirt")).text("/id");
        postJson("bob", "/api/disputes/" + halfBack + "/proposals/" + counterOffer(halfBack, "20.00") + "/accept",
                Map.of()).expect(200);
        runAsyncJobs(halfBack);

        open(open("S-1001", "PERSONAL_REASONS", "P-SHIRT", "Linen shirt"));

        String cancelled = open(open("S-1001", "NOT_AS_DESCRIBED_MISMATCH", "P-BELT", "Leather belt")).text("/id");
        counterOffer(cancelled, "5.00");
        postJson("bob", "/api/disputes/" + cancelled + "/cancel", Map.of()).expect(200);

        // S-2002: one arbitration for the seller, one for the buyer after the SLA passed, one seller silence
        String forSeller = open(open("S-2002", "NOT_AS_DESCRIBED_DAMAGED", null, null)).text("/id");
        escalateAfterRefusal(forSeller);
        decide(forSeller, "NO_REFUND", "BUYER");

        String late = open(open("S-2002", "NOT_AS_DESCRIBED_NOT_WORKING", null, null)).text("/id");
        escalateAfterRefusal(late);
        fireTimer(late, "Timer_ArbitrationSla");
        decide(late, "FULL_REFUND", "SELLER");
        runAsyncJobs(late);

        Map<String, Object> notArrived = open("S-2002", "NOT_RECEIVED_IN_TRANSIT", null, null);
        notArrived.remove("deliveredAt");
        String silent = open(notArrived).text("/id");
        fireTimer(silent, "Timer_SellerResponseWindow");
        runAsyncJobs(silent);

        period = "from=" + from + "&to=" + Instant.now().plusSeconds(1);
    }

    private void escalateAfterRefusal(String id) throws Exception {
        postJson("sue", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND", "note", "Sent in order"))
                .expect(201);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of()).expect(200);
    }

    private void decide(String id, String resolution, String responsibility) throws Exception {
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution", resolution,
                "responsibility", responsibility, "rationale", "As the evidence shows")).expect(200);
    }

    private static JsonNode row(JsonNode report, String key) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + report);
    }

    @Test
    void perSellerTheFiguresCountEveryEnding() throws Exception {
        JsonNode sellers = get("ann", "/api/analytics/sellers?" + period).expect(200).body();
        assertThat(sellers.get("rows")).hasSize(2);

        JsonNode sam = row(sellers, "S-1001");
        assertThat(sam.get("disputes").asLong()).isEqualTo(4);
        assertThat(sam.get("counted").asLong()).as("personal reasons and the cancellation do not count").isEqualTo(2);
        assertThat(sam.get("resolved").asLong()).isEqualTo(2);
        assertThat(sam.get("resolvedInNegotiation").asLong()).isEqualTo(2);
        assertThat(sam.get("negotiationShare").decimalValue()).isEqualByComparingTo("1");
        assertThat(sam.get("cancelled").asLong()).isEqualTo(1);
        assertThat(sam.at("/refunds/0/value").asText()).isEqualTo("79.90");
        assertThat(sam.at("/refunds/0/currency").asText()).isEqualTo("USD");
        assertThat(sam.get("averageHoursToResolution").decimalValue()).isNotNegative();
        assertThat(sam.get("arbitrated").asLong()).isZero();

        JsonNode sue = row(sellers, "S-2002");
        assertThat(sue.get("disputes").asLong()).isEqualTo(3);
        assertThat(sue.get("counted").asLong()).isEqualTo(3);
        assertThat(sue.get("resolvedInNegotiation").asLong()).isZero();
        assertThat(sue.get("negotiationShare").decimalValue()).isEqualByComparingTo("0");
        assertThat(sue.get("timeouts").asLong()).isEqualTo(1);
        assertThat(sue.get("arbitrated").asLong()).isEqualTo(2);
        assertThat(sue.get("arbitratedNoRefund").asLong()).isEqualTo(1);
        assertThat(sue.at("/responsibility/seller").asLong()).isEqualTo(1);
        assertThat(sue.at("/responsibility/buyer").asLong()).isEqualTo(1);
        assertThat(sue.at("/responsibility/logistics").asLong()).isZero();
        assertThat(sue.get("slaBreaches").asLong()).isEqualTo(1);
        assertThat(sue.at("/refunds/0/value").asText()).isEqualTo("119.80");
    }

    @Test
    void theSellersDisputeRateIsTheOneTheDisputeRateEndpointGives() throws Exception {
        JsonNode sam = row(get("ann", "/api/analytics/sellers?" + period).expect(200).body(), "S-1001");
        JsonNode rate = get("sam", "/api/sellers/S-1001/dispute-rate?" + period).expect(200).body();

        assertThat(sam.get("counted").asLong()).isEqualTo(rate.get("counted").asLong());
        assertThat(sam.get("orders")).isEqualTo(rate.get("orders"));
        assertThat(sam.get("disputeRate")).isEqualTo(rate.get("rate"));
        if (!rate.get("orders").isNull()) {
            assertThat(sam.get("disputeRate").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(2)
                    .divide(rate.get("orders").decimalValue(), 4, RoundingMode.HALF_UP));
        }
    }

    @Test
    void perPlatformAndPerReasonTheSameCasesAddUp() throws Exception {
        JsonNode aliexpress = row(get("ann", "/api/analytics/platforms?" + period).expect(200).body(), "ALIEXPRESS");
        assertThat(aliexpress.get("disputes").asLong()).isEqualTo(7);
        assertThat(aliexpress.get("counted").asLong()).isEqualTo(5);
        assertThat(aliexpress.at("/refunds/0/value").asText()).isEqualTo("199.70");

        JsonNode reasons = get("ann", "/api/analytics/reasons?" + period).expect(200).body();
        assertThat(reasons.at("/rows/0/key").asText()).as("the most frequent reason first").isEqualTo("NOT_AS_DESCRIBED_SIZE");
        assertThat(row(reasons, "NOT_AS_DESCRIBED_SIZE").get("disputes").asLong()).isEqualTo(2);
        assertThat(row(reasons, "PERSONAL_REASONS").get("counted").asLong()).isZero();
        assertThat(row(reasons, "NOT_RECEIVED_IN_TRANSIT").get("timeouts").asLong()).isEqualTo(1);
    }

    @Test
    void theCsvCarriesTheSameFigures() throws Exception {
        String csv = get("ann", "/api/analytics/sellers.csv?" + period).expect(200).raw();

        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("seller,disputes,counted,orders,dispute_rate,");
        assertThat(csv).containsPattern("\r\nS-1001,4,2,[0-9]*,[0-9.]*,2,2,1\\.0000,[0-9.]+,79\\.90 USD,0,1,0,0,0,0,0,0,0\r\n");
        assertThat(csv).containsPattern("\r\nS-2002,3,3,[0-9]*,[0-9.]*,3,0,0\\.0000,[0-9.]+,119\\.80 USD,1,0,2,1,1,1,0,0,1\r\n");
    }

    @Test
    void theArbitratorWhoDecidedAfterTheSlaIsShownWithTheBreach() throws Exception {
        JsonNode arbitrators = get("ann", "/api/analytics/arbitrators?" + period).expect(200).body();

        assertThat(arbitrators.get("rows")).hasSize(1);
        assertThat(arbitrators.at("/rows/0/arbitrator").asText()).isEqualTo("ada");
        assertThat(arbitrators.at("/rows/0/decisions").asLong()).isEqualTo(2);
        assertThat(arbitrators.at("/rows/0/slaBreaches").asLong()).isEqualTo(1);
        assertThat(get("ann", "/api/analytics/arbitrators.csv?" + period).expect(200).raw())
                .isEqualTo("arbitrator,decisions,sla_breaches\r\nada,2,1\r\n");
    }

    @Test
    void rootCausesNameTheProductAndTheListingFixesForTheRepeatingReason() throws Exception {
        JsonNode causes = get("sam", "/api/analytics/sellers/S-1001/root-causes?" + period).expect(200).body();

        assertThat(causes.get("disputes").asLong()).isEqualTo(4);
        assertThat(causes.at("/topReasons/0/reason").asText()).isEqualTo("NOT_AS_DESCRIBED_SIZE");
        assertThat(causes.at("/topReasons/0/share").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(causes.at("/topProducts/0/productId").asText()).isEqualTo("P-SHIRT");
        assertThat(causes.at("/topProducts/0/productTitle").asText()).isEqualTo("Linen shirt");
        assertThat(causes.at("/topProducts/0/disputes").asLong()).isEqualTo(3);
        assertThat(causes.at("/topProducts/0/topReason").asText()).isEqualTo("NOT_AS_DESCRIBED_SIZE");
        assertThat(causes.get("recommendations")).hasSize(1);
        assertThat(causes.at("/recommendations/0/productId").asText()).isEqualTo("P-SHIRT");
        assertThat(texts(causes.at("/recommendations/0/fixes"))).containsExactly("SIZE_CHART", "REAL_PHOTOS");
    }

    @Test
    void theProductTravelsWithTheDispute() throws Exception {
        JsonNode product = dispute("bob", shirtDispute).at("/product");

        assertThat(product.get("id").asText()).isEqualTo("P-SHIRT");
        assertThat(product.get("title").asText()).isEqualTo("Linen shirt");
        assertThat(product.get("category").asText()).isEqualTo("apparel");
    }

    @Test
    void aPeriodBackwardsOrLongerThanTwoYearsIsRefused() throws Exception {
        assertThat(get("ann", "/api/analytics/platforms?from=2026-11-02&to=2026-11-01").expect(400)
                .text("/errors/from")).isEqualTo("from must be before to");
        assertThat(get("sam", "/api/analytics/sellers?from=2020-01-01&to=2026-01-01").expect(400)
                .text("/errors/from")).contains("two years");
    }

    @Test
    void aSellerSeesOnlyItsOwnFiguresAndBuyersNone() throws Exception {
        JsonNode sellers = get("sam", "/api/analytics/sellers?" + period).expect(200).body();
        assertThat(sellers.get("rows")).hasSize(1);
        assertThat(sellers.at("/rows/0/key").asText()).isEqualTo("S-1001");
        assertThat(row(get("sam", "/api/analytics/platforms?" + period).expect(200).body(), "ALIEXPRESS")
                .get("disputes").asLong()).isEqualTo(4);

        get("sam", "/api/analytics/sellers/S-2002/root-causes?" + period).expect(403);
        get("sam", "/api/analytics/arbitrators?" + period).expect(403);
        get("bob", "/api/analytics/reasons?" + period).expect(403);
        get("bob", "/api/analytics/sellers.csv?" + period).expect(403);
    }
}
