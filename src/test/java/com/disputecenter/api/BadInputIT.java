package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.disputecenter.security.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A fuzz-style sweep over every endpoint of API.md with input that is wrong in one way at a time:
 * malformed JSON, unknown enum values, huge strings, negative and absurd amounts, script tags,
 * path-like file names, spoofed content types, oversized uploads. Every answer must be a 4xx
 * (problem+json from our API) that does not echo markup, and no row may be added anywhere.
 * The generator is seeded ({@code -Dfuzz.seed=...}); a failure names its seed and request.
 */
class BadInputIT extends ApiTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final int ROUNDS_PER_ENDPOINT = 20;
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final List<String> TABLES = List.of("dispute", "dispute_deadline", "proposal", "evidence",
            "evidence_content", "timeline_entry", "return_shipment", "carrier_event", "executed_action",
            "arbitration_queue", "act_hi_procinst");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    private final Random random = new Random(SEED);

    enum Kind { ENUM, MONEY, TEXT, ID, INSTANT, COUNTRY }

    record Field(String name, Kind kind, boolean required) {
    }

    record Endpoint(String name, String user, String path, Map<String, Object> valid, List<Field> fields) {
    }

    private static Field req(String name, Kind kind) {
        return new Field(name, kind, true);
    }

    private static Field opt(String name, Kind kind) {
        return new Field(name, kind, false);
    }

    @Test
    void everyEndpointAnswersBadInputWithACleanClientErrorAndStoresNothing() throws Exception {
        String negotiating = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = counterOffer(negotiating, "10.00");
        String arbitration = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(arbitration, "10.00");
        postJson("bob", "/api/disputes/" + arbitration + "/escalate", Map.of()).expect(200);
        String returning = agreedAmazonReturn();

        List<Endpoint> endpoints = endpoints(negotiating, offer, arbitration, returning);
        Map<String, Long> before = rows();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (int round = 0; round < ROUNDS_PER_ENDPOINT; round++) {
                Mutation mutation = mutate(endpoint);
                Answer answer = call(endpoint.user(), post(endpoint.path()).contentType(mutation.contentType())
                        .content(mutation.body().getBytes(StandardCharsets.UTF_8)));
                assertClean(answer, endpoint.name() + " with " + mutation.what());
                sent++;
            }
        }
        for (Bad bad : uploads(negotiating)) {
            assertClean(call(bad.user(), bad.request().get()), bad.what());
            sent++;
        }
        for (Bad bad : reads(negotiating)) {
            assertClean(call(bad.user(), bad.request().get()), bad.what());
            sent++;
        }
        assertThat(sent).isGreaterThan(250);
        assertThat(rows()).as("rows after %s bad requests (seed %s)", sent, SEED).isEqualTo(before);
    }

    @Test
    void markupAcceptedAsTextIsShownEscapedOnTheApiAndOnThePage() throws Exception {
        Map<String, Object> open = openRequest(newOrder("FZ"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        open.put("description", SCRIPT + "<img src=x onerror=alert(1)>");
        Answer opened = open(open);
        assertThat(opened.text("/description")).isEqualTo(SCRIPT + "<img src=x onerror=alert(1)>");

        var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/disputes/" + opened.text("/id"))
                        .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("bob"))))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(SCRIPT, "<img src=x");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        runAsyncJobs(opened.text("/id"));
    }

    private void assertClean(Answer answer, String what) {
        String context = what + " (seed " + SEED + "), answer: " + abbreviate(answer.raw());
        assertThat(answer.status()).as(context).isBetween(400, 499);
        assertThat(answer.raw().toLowerCase()).as("no markup echoed: " + context).doesNotContain("<script", "<svg");
        if (answer.raw().startsWith("{")) {
            assertThat(answer.at("/status").asInt()).as(context).isEqualTo(answer.status());
            assertThat(answer.raw()).as("nothing of the inside shown: " + context)
                    .doesNotContain("Exception", "org.", "SQL", "at com.");
        }
    }

    private Map<String, Long> rows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private List<Endpoint> endpoints(String negotiating, String offer, String arbitration, String returning) {
        Map<String, Object> open = openRequest("FZ-" + UUID.randomUUID().toString().substring(0, 8), "ALIEXPRESS",
                "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        open.put("requestedResolution", "PARTIAL_REFUND");
        open.put("requestedAmount", money("20.00"));
        String d = "/api/disputes/";
        return List.of(
                new Endpoint("open", "bob", "/api/disputes", open, List.of(req("orderId", Kind.ID),
                        req("platform", Kind.ENUM), opt("buyerId", Kind.ID), req("sellerId", Kind.ID),
                        req("reason", Kind.ENUM), req("amount", Kind.MONEY), req("requestedResolution", Kind.ENUM),
                        req("requestedAmount", Kind.MONEY), opt("description", Kind.TEXT),
                        opt("deliveredAt", Kind.INSTANT), opt("logisticsChannel", Kind.ENUM),
                        opt("destinationCountry", Kind.COUNTRY), opt("language", Kind.ID),
                        opt("sellerContactedAt", Kind.INSTANT), opt("latestEstimatedDelivery", Kind.INSTANT))),
                new Endpoint("propose", "sam", d + negotiating + "/proposals",
                        Map.of("type", "PARTIAL_REFUND", "amount", money("5.00"), "note", "A little back"),
                        List.of(req("type", Kind.ENUM), req("amount", Kind.MONEY), opt("note", Kind.TEXT))),
                new Endpoint("reject", "bob", d + negotiating + "/proposals/" + offer + "/reject",
                        Map.of("note", "Too little"), List.of(opt("note", Kind.TEXT))),
                new Endpoint("escalate", "bob", d + negotiating + "/escalate", Map.of("note", "Stuck"),
                        List.of(opt("note", Kind.TEXT))),
                new Endpoint("cancel", "bob", d + negotiating + "/cancel", Map.of("note", "Never mind"),
                        List.of(opt("note", Kind.TEXT))),
                new Endpoint("return address", "sam", d + returning + "/return/address",
                        Map.of("address", "Returns desk, Hangzhou"), List.of(opt("address", Kind.TEXT),
                                opt("returnTrackingNumber", Kind.ID), opt("carrier", Kind.ID))),
                new Endpoint("return shipment", "bob", d + returning + "/return/shipment",
                        Map.of("carrier", "UPS", "trackingNumber", "1Z999"),
                        List.of(req("carrier", Kind.ID), req("trackingNumber", Kind.ID))),
                new Endpoint("return receipt", "sam", d + returning + "/return/receipt",
                        Map.of("condition", "RECEIVED_OK", "note", "Fine"),
                        List.of(opt("condition", Kind.ENUM), opt("note", Kind.TEXT))),
                new Endpoint("withdraw", "sam", d + arbitration + "/arbitration/withdraw", Map.of("note", "Ok"),
                        List.of(opt("note", Kind.TEXT))),
                new Endpoint("evidence request", "ada", d + arbitration + "/arbitration/evidence-request",
                        Map.of("party", "BUYER", "note", "Send a photo"),
                        List.of(req("party", Kind.ENUM), req("note", Kind.TEXT))),
                new Endpoint("decision", "ada", d + arbitration + "/arbitration/decision",
                        Map.of("resolution", "PARTIAL_REFUND", "amount", money("5.00"), "responsibility", "SELLER",
                                "rationale", "Minor damage"),
                        List.of(req("resolution", Kind.ENUM), req("amount", Kind.MONEY),
                                req("responsibility", Kind.ENUM), req("rationale", Kind.TEXT))),
                new Endpoint("hand over", "ada", d + arbitration + "/arbitration/handover", Map.of("to", "sen"),
                        List.of(req("to", Kind.ID))),
                new Endpoint("appeal", "bob", d + arbitration + "/appeal", Map.of("note", "Unfair"),
                        List.of(req("note", Kind.TEXT))),
                new Endpoint("carrier event", "market", "/api/carrier-events",
                        Map.of("eventId", "EV-" + UUID.randomUUID(), "carrier", "UPS", "trackingNumber", "1Z999",
                                "status", "DELIVERED", "occurredAt", "2026-11-20T10:00:00Z"),
                        List.of(req("eventId", Kind.ID), req("carrier", Kind.ID), req("trackingNumber", Kind.ID),
                                req("status", Kind.ENUM), req("occurredAt", Kind.INSTANT))));
    }

    record Mutation(String what, String body, MediaType contentType) {
    }

    /** One thing wrong: the syntax, the content type, a missing required field, or one field's value. */
    private Mutation mutate(Endpoint endpoint) throws Exception {
        String valid = json.writeValueAsString(endpoint.valid());
        List<Field> required = endpoint.fields().stream().filter(Field::required).toList();
        int choice = random.nextInt(10);
        if (choice == 0) {
            String broken = pick(List.of("{", "{\"note\":}", "not json at all", "[1, 2", "{'type': 'FULL_REFUND'}",
                    "{\"a\": \"\\u00\"}", valid.substring(0, 1 + random.nextInt(valid.length() - 1))));
            return new Mutation("malformed JSON " + abbreviate(broken), broken, MediaType.APPLICATION_JSON);
        }
        if (choice == 1) {
            MediaType type = pick(List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_HTML));
            return new Mutation("content type " + type, valid, type);
        }
        if (choice == 2 && !required.isEmpty()) {
            Field field = pick(required);
            Map<String, Object> body = new LinkedHashMap<>(endpoint.valid());
            body.remove(field.name());
            return new Mutation("no " + field.name(), json.writeValueAsString(body), MediaType.APPLICATION_JSON);
        }
        Field field = pick(endpoint.fields());
        Object value = badValue(field);
        Map<String, Object> body = new LinkedHashMap<>(endpoint.valid());
        body.put(field.name(), value);
        String shown = value instanceof String s ? abbreviate(s) : String.valueOf(value);
        return new Mutation(field.name() + " = " + shown, json.writeValueAsString(body), MediaType.APPLICATION_JSON);
    }

    private Object badValue(Field field) {
        return switch (field.kind()) {
            case ENUM -> pick(field.required()
                    ? List.of("", "full_refund", "FULL-REFUND", SCRIPT, "NOT_A_VALUE_" + random.nextInt(1000), 0, 3, -1,
                            List.of("FULL_REFUND"))
                    : List.of("full_refund", SCRIPT, "NOT_A_VALUE_" + random.nextInt(1000), 1, Map.of("x", 1)));
            case MONEY -> pick(List.of(money("-1.00"), money("0"), money("-0.01"), money("0.001"), money("12.345"),
                    money("1e400"), money("99999999999999999999999.99"), money("1000000.00"), money("NaN"),
                    money(SCRIPT), Map.of("value", "5.00", "currency", "usd"),
                    Map.of("value", "5.00", "currency", "ZZZ"), Map.of("value", "5.00", "currency", SCRIPT),
                    Map.of("value", "5.00"), "5.00", List.of("5.00", "USD")));
            case TEXT -> pick(List.of("x".repeat(4001 + random.nextInt(200_000)),
                    (SCRIPT + " ").repeat(700), Map.of("text", "nested"), List.of("a", "b")));
            case ID -> pick(List.of("x".repeat(101 + random.nextInt(5000)), (SCRIPT).repeat(20),
                    "../../../../etc/passwd/" + "a".repeat(120), Map.of("id", 1)));
            case INSTANT -> pick(List.of("yesterday", "2026-02-30T10:00:00Z", "2026-11-20", "10:00", SCRIPT,
                    "2026-11-20T10:00:00+25:00", List.of(2026, 11, 20)));
            case COUNTRY -> pick(List.of("italy", "it", "I1", SCRIPT, "ITA"));
        };
    }

    record Bad(String what, String user, Supplier<MockHttpServletRequestBuilder> request) {
    }

    private List<Bad> uploads(String id) {
        byte[] html = ("<html><body>" + SCRIPT + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">" + SCRIPT + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
        String path = "/api/disputes/" + id + "/evidence";
        List<Bad> bad = new ArrayList<>();
        bad.add(file("an executable sent as image/png", path, "photo.png", "image/png", Files.EXE, "PRODUCT_PHOTO", null));
        bad.add(file("an executable with a path-like name", path, "../../../etc/passwd", "image/jpeg", Files.EXE,
                "PRODUCT_PHOTO", null));
        bad.add(file("an executable with a Windows path", path, "C:\\Windows\\System32\\evil.jpg", "image/jpeg",
                Files.EXE, "PRODUCT_PHOTO", null));
        bad.add(file("HTML sent as image/jpeg", path, "photo.jpg", "image/jpeg", html, "PRODUCT_PHOTO", null));
        bad.add(file("an SVG with a script", path, "drawing.svg", "image/svg+xml", svg, "PRODUCT_PHOTO", null));
        bad.add(file("an empty file", path, "empty.png", "image/png", new byte[0], "PRODUCT_PHOTO", null));
        bad.add(file("an unknown kind", path, "p.png", "image/png", Files.PNG, "SELFIE", null));
        bad.add(file("a script as kind", path, "p.png", "image/png", Files.PNG, SCRIPT, null));
        bad.add(file("a huge description", path, "p.png", "image/png", Files.PNG, "PRODUCT_PHOTO",
                Map.of("description", "d".repeat(100_000))));
        bad.add(file("packagingDamaged=maybe", path, "p.png", "image/png", Files.PNG, "OUTER_PACKAGING_PHOTO",
                Map.of("packagingDamaged", "maybe")));
        bad.add(file("a file over the rulebook's limit", path, "big.png", "image/png",
                Files.largePng(10 * 1024 * 1024 + 1), "PRODUCT_PHOTO", null));
        bad.add(new Bad("no file part", "bob", () -> multipart(path).param("kind", "PRODUCT_PHOTO")));
        bad.add(new Bad("JSON instead of multipart", "bob", () -> post(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"PRODUCT_PHOTO\"}")));
        // opening with evidence: a refused file must leave no dispute behind
        Map<String, Object> open = openRequest(newOrder("FZ"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        bad.add(new Bad("opening with an executable as evidence", "bob", () -> multipart("/api/disputes")
                .file(new MockMultipartFile("dispute", "", "application/json", bytes(open)))
                .file(new MockMultipartFile("evidence", "photo.jpg", "image/jpeg", Files.EXE))));
        bad.add(new Bad("opening with a malformed dispute part", "bob", () -> multipart("/api/disputes")
                .file(new MockMultipartFile("dispute", "", "application/json", "{\"orderId\":".getBytes()))
                .file(new MockMultipartFile("evidence", "p.png", "image/png", Files.PNG))));
        bad.add(new Bad("opening with a script as platform", "bob", () -> {
            Map<String, Object> scripted = new LinkedHashMap<>(open);
            scripted.put("platform", SCRIPT);
            return multipart("/api/disputes")
                    .file(new MockMultipartFile("dispute", "", "application/json", bytes(scripted)));
        }));
        return bad;
    }

    private Bad file(String what, String path, String name, String type, byte[] content, String kind,
            Map<String, String> params) {
        return new Bad(what, "bob", () -> {
            var request = multipart(path).file(new MockMultipartFile("file", name, type, content));
            request.param("kind", kind);
            if (params != null) {
                params.forEach(request::param);
            }
            return request;
        });
    }

    private List<Bad> reads(String id) {
        List<Bad> bad = new ArrayList<>();
        for (String path : List.of("/api/disputes/not-a-uuid", "/api/disputes/" + UUID.randomUUID(),
                "/api/disputes/" + SCRIPT.replace("'", ""), "/api/disputes?status=" + "<script>",
                "/api/disputes?platform=amazon", "/api/disputes?size=0", "/api/disputes?size=100000",
                "/api/disputes?page=-1", "/api/disputes?page=abc", "/api/disputes/" + id + "/evidence/../../etc",
                "/api/disputes/" + id + "/evidence/" + UUID.randomUUID(),
                "/api/sellers/S-1001/dispute-rate?from=yesterday", "/api/sellers/S-1001/dispute-rate?to=<script>",
                "/api/sellers/S-1001/dispute-rate?from=2026-12-31&to=2026-01-01")) {
            bad.add(new Bad("GET " + path, "sam", () -> org.springframework.test.web.servlet.request
                    .MockMvcRequestBuilders.get(java.net.URI.create(path.replace("<", "%3C").replace(">", "%3E")))));
        }
        for (String path : List.of("/api/arbitration/tasks?platform=%3Cscript%3E", "/api/arbitration/tasks?minAmount=abc",
                "/api/arbitration/tasks?size=-1", "/api/arbitration/tasks?page=-5",
                "/api/arbitration/tasks?scope=%3Cscript%3E")) {
            bad.add(new Bad("GET " + path, "ada", () -> org.springframework.test.web.servlet.request
                    .MockMvcRequestBuilders.get(java.net.URI.create(path))));
        }
        bad.add(new Bad("accepting a proposal that is not one", "bob", () -> post("/api/disputes/" + id
                + "/proposals/" + UUID.randomUUID() + "/accept")));
        bad.add(new Bad("accepting a proposal id that is not a uuid", "bob", () -> post("/api/disputes/" + id
                + "/proposals/%3Cscript%3E/accept")));
        return bad;
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> money(String value) {
        return Map.of("value", value, "currency", "USD");
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + " chars)" : s;
    }
}
