package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The early warning through the API, on the buyer history in our own dispute table and the deployed DMN. */
class RiskAssessmentIT extends ApiTest {

    @Autowired
    UserDetailsService users;

    private static Map<String, Object> order(String buyerId, String country, String value, Instant protectionEndsAt) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderId", newOrder("AE"));
        order.put("platform", "ALIEXPRESS");
        order.put("buyerId", buyerId);
        order.put("destinationCountry", country);
        order.put("logisticsChannel", "PLATFORM");
        order.put("orderValue", Map.of("value", value, "currency", "USD"));
        if (protectionEndsAt != null) {
            order.put("protectionEndsAt", protectionEndsAt.toString());
        }
        return order;
    }

    private String buyerWithDisputes(int disputes) throws Exception {
        String buyer = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < disputes; i++) {
            Map<String, Object> open = openRequest(newOrder("AE"), "ALIEXPRESS", "S-2002", "NOT_AS_DESCRIBED_MISMATCH");
            open.put("buyerId", buyer);
            postJson("market", "/api/disputes", open).expect(201);
        }
        return buyer;
    }

    @Test
    void aSerialDisputerOrderingExpensiveGoodsToBrazilNearTheEndOfProtectionIsHighRiskWithAnExtension() throws Exception {
        String buyer = buyerWithDisputes(3);
        Instant protectionEnds = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

        JsonNode risk = postJson("sam", "/api/orders/risk-assessment", order(buyer, "BR", "250.00", protectionEnds))
                .expect(200).body();

        assertThat(risk.get("buyerDisputes").asInt()).isEqualTo(3);
        assertThat(risk.get("score").asInt()).isEqualTo(35 + 20 + 15 + 15);
        assertThat(risk.get("level").asText()).isEqualTo("HIGH");
        assertThat(risk.get("reasons").findValuesAsText("reason")).containsExactly(
                "The buyer opened 3 or more disputes in the last 90 days",
                "Destination with structural delivery delays: parcels are often late",
                "A high-value order (200 or more): buyers dispute expensive goods more readily",
                "Buyer protection ends within 5 days on a route with structural delays: extend it by 30 days before the buyer disputes");
        assertThat(risk.at("/protectionExtension/days").asInt()).isEqualTo(30);
        assertThat(Instant.parse(risk.at("/protectionExtension/suggestedEnd").asText()))
                .isEqualTo(protectionEnds.plus(Duration.ofDays(30)));
    }

    @Test
    void aFirstOrderToItalyIsLowRiskWithNoReasonAndNoSuggestion() throws Exception {
        JsonNode risk = postJson("market", "/api/orders/risk-assessment",
                order(buyerWithDisputes(0), "IT", "40.00", Instant.now().plus(Duration.ofDays(2)))).expect(200).body();

        assertThat(risk.get("score").asInt()).isZero();
        assertThat(risk.get("level").asText()).isEqualTo("LOW");
        assertThat(risk.get("reasons")).isEmpty();
        assertThat(risk.get("buyerDisputes").asInt()).isZero();
        assertThat(risk.get("protectionExtension").isNull()).isTrue();
    }

    @Test
    void aBuyerHistoryTheMarketplaceGivesIsTakenAsGiven() throws Exception {
        Map<String, Object> order = order(null, "DE", "150.00", null);
        order.put("buyerDisputes", 1);
        order.put("categoryDisputeRate", 6);

        JsonNode risk = postJson("ann", "/api/orders/risk-assessment", order).expect(200).body();

        assertThat(risk.get("score").asInt()).isEqualTo(15 + 20 + 5);
        assertThat(risk.get("level").asText()).isEqualTo("MEDIUM");
    }

    @Test
    void sellersAssessOnlyTheirOwnOrdersAndBuyersNone() throws Exception {
        Map<String, Object> suesOrder = order("bob", "BR", "10.00", null);
        suesOrder.put("sellerId", "S-2002");

        postJson("sam", "/api/orders/risk-assessment", suesOrder).expect(403);
        postJson("sue", "/api/orders/risk-assessment", suesOrder).expect(200);
        postJson("bob", "/api/orders/risk-assessment", order("bob", "BR", "10.00", null)).expect(403);
    }

    @Test
    void incompleteFactsAreRefusedWithProblemJson() throws Exception {
        Map<String, Object> noValue = order("bob", "BR", "10.00", null);
        noValue.remove("orderValue");
        Answer refused = postJson("sam", "/api/orders/risk-assessment", noValue).expect(400);
        assertThat(refused.text("/errors/orderValue")).isNotBlank();

        Map<String, Object> noBuyer = order(null, "BR", "10.00", null);
        assertThat(postJson("sam", "/api/orders/risk-assessment", noBuyer).expect(400).text("/errors/buyerId"))
                .contains("buyerDisputes");
        postJson("sam", "/api/orders/risk-assessment", "{\"platform\": \"ALIEXPRESS\", ").expect(400);
    }

    /** 1e309 and 1e-5 scored as low risk (the table compared them as doubles): amounts follow the money rules. */
    @Test
    void anOrderValueNoOrderHasIsRefusedNotScoredAsLowRisk() throws Exception {
        for (String value : List.of("1e309", "1e-5", "1e2147483647", "-1e2147483647", "0", "0.001", "1000000000000000")) {
            Answer refused = postJson("sam", "/api/orders/risk-assessment", order("bob", "BR", value, null)).expect(400);
            assertThat(refused.text("/errors/orderValue")).as(value).isNotBlank();
        }
        Map<String, Object> yen = order("bob", "BR", "5000", null);
        yen.put("orderValue", Map.of("value", "5000.5", "currency", "JPY"));
        postJson("sam", "/api/orders/risk-assessment", yen).expect(400);

        String page = mvc.perform(MockMvcRequestBuilders.get("/sellers/risk/check").param("platform", "ALIEXPRESS").param("buyerDisputes", "0")
                        .param("orderValue", "1e309").param("currency", "USD").with(user(users.loadUserByUsername("sam"))))
                .andReturn().getResponse().getContentAsString();
        // sam reads Chinese
        assertThat(page).contains("此金额超过任何订单的金额。").doesNotContain("risk-result");
    }

    @Test
    void anAnalystsRedeployedRiskTableAppliesToTheNextAssessment() throws Exception {
        String buyer = buyerWithDisputes(3);
        withAnalystChange("dispute-risk.dmn", model -> model.replaceFirst("<text>35</text>", "<text>50</text>"),
                () -> assertThat(postJson("sam", "/api/orders/risk-assessment", order(buyer, "IT", "10.00", null))
                        .expect(200).body().get("score").asInt()).isEqualTo(50));
        assertThat(postJson("sam", "/api/orders/risk-assessment", order(buyer, "IT", "10.00", null))
                .expect(200).body().get("score").asInt()).isEqualTo(35);
    }
}
