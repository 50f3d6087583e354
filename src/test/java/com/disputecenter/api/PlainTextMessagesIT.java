package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages API carries the parties' messages as plain text: what they wrote, never HTML entities. */
class PlainTextMessagesIT extends ApiTest {

    @Test
    void theMessagesApiShowsWhatThePartiesWroteAsWritten() throws Exception {
        Map<String, Object> open = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        open.put("description", "Tom & Jerry's \"deluxe\" box <3");
        String id = open(open).text("/id");
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "PARTIAL_REFUND",
                "amount", Map.of("value", "10.00", "currency", "USD"), "note", "50/50 & we're done")).expect(201);

        JsonNode toSeller = get("sam", "/api/disputes/" + id + "/messages").expect(200).body().get(0);
        JsonNode toBuyer = get("bob", "/api/disputes/" + id + "/messages").expect(200).body().get(0);

        assertThat(toSeller.get("body").asText()).contains("Tom & Jerry's \"deluxe\" box <3");
        assertThat(toBuyer.get("body").asText()).contains("50/50 & we're done");
        assertThat(toSeller.get("subject").asText() + toSeller.get("body").asText() + toBuyer.get("subject").asText()
                + toBuyer.get("body").asText()).doesNotContain("&amp;", "&lt;", "&gt;", "&quot;", "&#39;");
    }
}
