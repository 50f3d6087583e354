package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API.md v1.1: every problem carries a machine-readable {@code code}, also in {@code type} as
 * {@code /problems/{code}}, so a client never parses the English detail; one code per kind of refusal.
 */
class ProblemCodesIT extends ApiTest {

    private static void coded(Answer problem, int status, String code) {
        problem.expect(status);
        assertThat(problem.text("/code")).as(problem.raw()).isEqualTo(code);
        assertThat(problem.text("/type")).isEqualTo("/problems/" + code);
        assertThat(problem.at("/status").asInt()).isEqualTo(status);
    }

    @Test
    void eachKindOfRefusalHasItsCode() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");

        coded(get("bob", "/api/disputes/" + UUID.randomUUID()), 404, "NOT_FOUND");
        coded(get("sue", "/api/disputes/" + id), 404, "NOT_FOUND");
        coded(postJson("bob", "/api/disputes/" + id + "/proposals", "{\"type\":"), 400, "MALFORMED_JSON");
        coded(postJson("bob", "/api/disputes/" + id + "/proposals", Map.of("type", "WISH")), 400, "INVALID_INPUT");
        Answer invalid = postJson("bob", "/api/disputes/" + id + "/proposals", Map.of("type", "PARTIAL_REFUND"));
        coded(invalid, 400, "INVALID_INPUT");
        coded(postJson("bob", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution", "FULL_REFUND",
                "responsibility", "SELLER", "rationale", "x")), 403, "FORBIDDEN");
        coded(postJson("bob", "/api/disputes/" + id + "/return/shipment", Map.of("carrier", "UPS",
                "trackingNumber", "1Z0001")), 409, "CONFLICT");
        coded(upload("bob", id, "tool.png", Files.EXE, "PRODUCT_PHOTO", Map.of()), 415, "UNSUPPORTED_FILE_TYPE");
        coded(upload("bob", id, "huge.png", Files.largePng(10 * 1024 * 1024 + 1), "PRODUCT_PHOTO", Map.of()), 413,
                "FILE_TOO_LARGE");
    }

    @Test
    void aRuleOfThePlatformIsARuleViolation() throws Exception {
        Map<String, Object> claim = amazonClaim("NOT_RECEIVED_LOST");
        claim.put("sellerContactedAt", java.time.Instant.now().minusSeconds(3600).toString());
        coded(postJson("bob", "/api/disputes", claim), 422, "RULE_VIOLATION");
    }

    @Test
    void whatSecurityAndSpringAnswerThemselvesIsCodedToo() throws Exception {
        coded(get(null, "/api/disputes"), 401, "UNAUTHENTICATED");
        coded(overHttp("bob", "GET", "/engine-rest/job"), 403, "FORBIDDEN");
        coded(get("bob", "/api/no-such-endpoint"), 404, "NOT_FOUND");
        coded(call("bob", delete("/api/disputes")), 405, "METHOD_NOT_ALLOWED");
    }
}
