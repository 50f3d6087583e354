package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.disputecenter.carrier.web.Fixtures;
import com.disputecenter.security.UserDirectory;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A fuzz-style sweep over every endpoint of API.md with input that is wrong in one way at a time:
 * malformed JSON, unknown enum values, huge strings, negative and absurd amounts, script tags,
 * path-like file names, spoofed content types, oversized uploads, and the classes issue 9's review
 * found: U+0000 in any text, amounts such as 1e2147483647, 1e309 and 1e-5, a field named twice,
 * identifiers with a space or a Unicode look-alike, times of the year 99999. Every answer must be a
 * 4xx (problem+json from our API) that does not echo markup, and no row may be added anywhere.
 * The pages are swept with the same classes, plus templated returnTo links and form rows past the
 * binder's limit: a 4xx page, or the form again with the refusal beside its field.
 * The generator is seeded ({@code -Dfuzz.seed=...}); a failure names its seed and request.
 */
class BadInputIT extends ApiTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final int ROUNDS_PER_ENDPOINT = 20;
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String NUL = "a\u0000b";
    private static final List<String> TABLES = List.of("dispute", "dispute_deadline", "proposal", "evidence",
            "evidence_content", "timeline_entry", "return_shipment", "carrier_event", "executed_action",
            "arbitration_queue", "outbound_message", "seller_order_volume", "act_hi_procinst");

    /** What looks like the id it is given but is another one: spaces, look-alikes, control characters. */
    private static final List<UnaryOperator<String>> LOOK_ALIKES = List.of(
            id -> id + " ", id -> " " + id, id -> id + "\u200B", id -> id.charAt(0) + "\u00A0" + id.substring(1),
            id -> id.charAt(0) + "\u2010" + id.substring(1), id -> (char) (id.charAt(0) + 0xFEE0) + id.substring(1),
            id -> id + "\t", id -> id + "\r\nX: y", id -> id + "\u0000", id -> id + "/..", id -> id + "x".repeat(64));

    /** Amounts no order has, of every shape that once slipped through or overflowed. */
    private static final List<String> ABSURD_AMOUNTS = List.of("1e2147483647", "-1e2147483647", "1e309", "1e-5",
            "1E+400", "0e2147483647", "1e-2147483647", "0.001", "1000000000000000");

    /** ISO-8601 times that parse (or nearly) but are no time of ours. */
    private static final List<String> OUT_OF_RANGE = List.of("+99999-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z", "+294277-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z", "99999-01-01T00:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    private final Random random = new Random(SEED);

    enum Kind { ENUM, MONEY, TEXT, ID, REFERENCE, NAME, INSTANT, COUNTRY }

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

    /** The cases the sweeps act on, set up before the rows are counted. */
    record Cases(String negotiating, String offer, String arbitration, String returning, String shipping,
            String tracking) {
    }

    private Cases cases() throws Exception {
        String negotiating = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = counterOffer(negotiating, "10.00");
        String arbitration = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        counterOffer(arbitration, "10.00");
        postJson("bob", "/api/disputes/" + arbitration + "/escalate", Map.of()).expect(200);
        // ada holds it, so a decision gets as far as its amount
        postJson("ada", "/api/disputes/" + arbitration + "/arbitration/claim", Map.of()).expect(200);
        String returning = agreedAmazonReturn();
        String shipping = agreedAmazonReturn();
        String tracking = "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
        postJson("sam", "/api/disputes/" + shipping + "/return/address",
                Map.of("carrier", "UPS", "returnTrackingNumber", tracking)).expect(200);
        return new Cases(negotiating, offer, arbitration, returning, shipping, tracking);
    }

    @Test
    void everyEndpointAnswersBadInputWithACleanClientErrorAndStoresNothing() throws Exception {
        Cases cases = cases();
        List<Endpoint> endpoints = endpoints(cases);
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
        for (Bad bad : uploads(cases.negotiating())) {
            assertClean(call(bad.user(), bad.request().get()), bad.what());
            sent++;
        }
        for (Bad bad : reads(cases.negotiating())) {
            assertClean(call(bad.user(), bad.request().get()), bad.what());
            sent++;
        }
        assertThat(sent).isGreaterThan(300);
        assertThat(rows()).as("rows after %s bad requests (seed %s)", sent, SEED).isEqualTo(before);
    }

    @Test
    void aNulInAnyTextFieldOrParameterIsA400AndStoresNothing() throws Exception {
        Cases cases = cases();
        Map<String, Long> before = rows();
        int sent = 0;
        for (Endpoint endpoint : endpoints(cases)) {
            for (Field field : endpoint.fields()) {
                if (field.kind() == Kind.MONEY) {
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>(endpoint.valid());
                body.put(field.name(), field.kind() == Kind.TEXT ? "Stuck " + NUL : NUL);
                Answer answer = postJson(endpoint.user(), endpoint.path(), json.writeValueAsString(body));
                assertClean(answer, endpoint.name() + " with NUL in " + field.name());
                assertThat(answer.status()).as("%s with NUL in %s: %s", endpoint.name(), field.name(), answer.raw())
                        .isEqualTo(400);
                sent++;
            }
        }
        for (Bad bad : nulParameters(cases)) {
            Answer answer = call(bad.user(), bad.request().get());
            assertClean(answer, bad.what());
            assertThat(answer.status()).as(bad.what()).isEqualTo(400);
            sent++;
        }
        // a path variable: Tomcat refuses %00 in a path before any servlet runs
        assertClean(overHttp("sam", "GET", "/api/sellers/S-10%0001/dispute-rate"), "NUL in a path variable");
        for (Bad bad : nulOnPages(cases)) {
            PageAnswer answer = page(bad);
            assertThat(answer.status()).as("%s: %s", bad.what(), answer.html()).isEqualTo(400);
            // in the reader's language: English, or Chinese for sam
            assertThat(answer.html()).as(bad.what()).containsAnyOf("NUL character (U+0000)", "空字符（U+0000）");
            sent++;
        }
        assertThat(sent).isGreaterThan(80);
        assertThat(rows()).as("rows after %s requests with U+0000", sent).isEqualTo(before);
    }

    @Test
    void everyAmountThatComesInFollowsTheMoneyRulesAndNothingIsStored() throws Exception {
        Cases cases = cases();
        Map<String, Long> before = rows();
        String d = "/api/disputes/";
        for (String value : ABSURD_AMOUNTS) {
            Map<String, Object> open = openRequest(newOrder("FZ"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
            open.put("amount", money(value));
            expect400(postJson("bob", "/api/disputes", open), "opening with amount " + value);
            Map<String, Object> requested = openRequest(newOrder("FZ"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
            requested.put("requestedResolution", "PARTIAL_REFUND");
            requested.put("requestedAmount", money(value));
            expect400(postJson("bob", "/api/disputes", requested), "opening asking for " + value);
            expect400(call("bob", multipart("/api/disputes").file(new MockMultipartFile("dispute", "", "application/json",
                    bytes(open)))), "opening as multipart with amount " + value);
            for (String type : List.of("PARTIAL_REFUND", "COUPON", "FULL_REFUND", "NO_REFUND")) {
                expect400(postJson("sam", d + cases.negotiating() + "/proposals", Map.of("type", type, "amount", money(value))),
                        "a " + type + " proposal of " + value);
            }
            expect400(postJson("ada", d + cases.arbitration() + "/arbitration/decision", Map.of("resolution", "PARTIAL_REFUND",
                    "amount", money(value), "responsibility", "SELLER", "rationale", "Minor damage")), "a decision of " + value);
            expect400(postJson("sam", "/api/orders/risk-assessment", Map.of("platform", "ALIEXPRESS", "buyerDisputes", 0,
                    "orderValue", money(value))), "a risk check of " + value);
            if (!value.startsWith("-")) {
                expect400(get("ada", "/api/arbitration/tasks?currency=USD&minAmount=" + value), "a queue filter from " + value);
                expect400(get("ada", "/api/arbitration/tasks?currency=USD&maxAmount=" + value), "a queue filter to " + value);
            }

            assertRefusedOnPage(page("bob", openForm(Map.of("amount", value))), "amount", "the open form with " + value);
            assertRefusedOnPage(page("sam", multipart("/disputes/" + cases.negotiating() + "/respond")
                    .param("type", "PARTIAL_REFUND").param("amount", value)), "amount", "a counter-offer of " + value);
            assertRefusedOnPage(page("ada", post("/disputes/" + cases.arbitration() + "/decision").param("resolution",
                    "PARTIAL_REFUND").param("amount", value).param("responsibility", "SELLER").param("rationale", "Minor")),
                    "amount", "the decision form with " + value);
            assertRefusedOnPage(page("sam", MockMvcRequestBuilders.get("/sellers/risk/check").param("platform", "ALIEXPRESS")
                    .param("buyerDisputes", "0").param("orderValue", value).param("currency", "USD")), "orderValue",
                    "the risk page with " + value);
            if (!value.startsWith("-")) {
                assertRefusedOnPage(page("ada", MockMvcRequestBuilders.get("/arbitration").param("currency", "USD")
                        .param("minAmount", value)), "minAmount", "the queue page from " + value);
            }
        }
        assertThat(rows()).as("rows after absurd amounts").isEqualTo(before);
    }

    @Test
    void aFieldNamedTwiceIsA400OnEveryJsonEndpoint() throws Exception {
        Cases cases = cases();
        Map<String, Long> before = rows();
        for (Endpoint endpoint : endpoints(cases)) {
            Map<String, Object> valid = new LinkedHashMap<>(endpoint.valid());
            Field field = endpoint.fields().get(0);
            valid.putIfAbsent(field.name(), "x");
            String body = twice(json.writeValueAsString(valid), field.name(), valid.get(field.name()));
            Answer answer = postJson(endpoint.user(), endpoint.path(), body);
            expect400(answer, endpoint.name() + " naming " + field.name() + " twice");
            assertThat(answer.text("/detail")).contains("more than once");
        }
        Map<String, Object> open = openRequest(newOrder("FZ"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        expect400(call("bob", multipart("/api/disputes").file(new MockMultipartFile("dispute", "", "application/json",
                        twice(json.writeValueAsString(open), "orderId", "FZ-other").getBytes(StandardCharsets.UTF_8)))),
                "opening as multipart with orderId twice");
        String push = twice(Fixtures.text("ups-delivered.json").replace("1Z999AA10123456784", cases.tracking()),
                "trackingNumber", "1Z999AA10123456784");
        expect400(call(null, post("/api/carriers/ups/webhook").contentType(MediaType.APPLICATION_JSON).content(push)
                .header("credential", "demo-ups-credential")), "a UPS push naming trackingNumber twice");
        assertThat(rows()).as("rows after duplicate keys").isEqualTo(before);
    }

    @Test
    void aTemplatedReturnToOrAFormRowPastTheLimitIsA400AndChangesNothing() throws Exception {
        Cases cases = cases();
        Map<String, Long> before = rows();
        String id = cases.arbitration();
        for (String returnTo : List.of("/arbitration?x={x}", "/arbitration/{id}", "/disputes/{id}", "{x}",
                "/arbitration?page={page}&scope=MINE", "/disputes/" + id + "?{a}")) {
            for (MockHttpServletRequestBuilder action : List.of(post("/arbitration/" + id + "/claim"),
                    post("/arbitration/" + id + "/unclaim"), post("/arbitration/" + id + "/handover").param("to", "sen"))) {
                PageAnswer answer = page("ada", action.param("returnTo", returnTo));
                assertThat(answer.status()).as("returnTo %s: %s", returnTo, answer.html()).isEqualTo(400);
            }
        }
        for (String row : List.of("evidence[256].kind", "evidence[300].kind", "evidence[100000].description",
                "evidence[-1].kind", "evidence[x].kind", "evidence[2147483648].kind")) {
            assertThat(page("bob", openForm(Map.of(row, "OTHER"))).status()).as("open form with %s", row).isEqualTo(400);
            assertThat(page("sam", multipart("/disputes/" + cases.negotiating() + "/respond").param("type", "NO_REFUND")
                    .param(row, "OTHER")).status()).as("response form with %s", row).isEqualTo(400);
            assertThat(page("bob", multipart("/disputes/" + cases.negotiating() + "/evidence/new").param(row, "OTHER"))
                    .status()).as("evidence form with %s", row).isEqualTo(400);
        }
        assertThat(rows()).as("rows after templated links and far rows").isEqualTo(before);
    }

    @Test
    void identifiersWithASpaceOrALookAlikeAreRefusedOnTheApiAndOnThePages() throws Exception {
        Cases cases = cases();
        Map<String, Long> before = rows();
        String d = "/api/disputes/";
        String order = newOrder("AE");
        for (UnaryOperator<String> alike : LOOK_ALIKES) {
            for (String field : List.of("orderId", "sellerId", "buyerId")) {
                Map<String, Object> open = openRequest(order, "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
                open.put(field, alike.apply(String.valueOf(open.get(field))));
                expect400(postJson("market", "/api/disputes", open), "opening with " + field + " " + open.get(field));
                expect400(postJson("bob", "/api/disputes", open), "bob opening with " + field + " " + open.get(field));
                Map<String, Object> risk = new LinkedHashMap<>(Map.of("platform", "ALIEXPRESS", "buyerDisputes", 0,
                        "orderValue", money("35.00"), "orderId", order, "buyerId", "bob", "sellerId", "S-1001"));
                risk.put(field, alike.apply(String.valueOf(risk.get(field))));
                expect400(postJson("ann", "/api/orders/risk-assessment", risk), "a risk check with " + field);
            }
            String tracking = alike.apply(cases.tracking());
            expect400(postJson("market", "/api/carrier-events", Map.of("eventId", alike.apply("EV-" + UUID.randomUUID()),
                    "carrier", "UPS", "trackingNumber", cases.tracking(), "status", "DELIVERED",
                    "occurredAt", "2026-11-20T10:00:00Z")), "a scan with a look-alike event id");
            expect400(postJson("market", "/api/carrier-events", Map.of("eventId", "EV-" + UUID.randomUUID(),
                    "carrier", "UPS", "trackingNumber", tracking, "status", "DELIVERED",
                    "occurredAt", "2026-11-20T10:00:00Z")), "a scan of " + tracking);
            expect400(postJson("bob", d + cases.shipping() + "/return/shipment", Map.of("carrier", "UPS",
                    "trackingNumber", tracking)), "shipping the return as " + tracking);
            expect400(postJson("sam", d + cases.returning() + "/return/address", Map.of("carrier", "UPS",
                    "returnTrackingNumber", tracking)), "a return label " + tracking);
            if (!tracking.strip().equals(cases.tracking())) {
                // a carrier's payload is read trimmed: spaces around a tracking number are no part of it
                expect400(call(null, post("/api/carriers/ups/webhook").contentType(MediaType.APPLICATION_JSON)
                        .header("credential", "demo-ups-credential").content(json.writeValueAsString(Map.of(
                                "trackingNumber", tracking, "gmtActivityDate", "20261123", "gmtActivityTime", "024100",
                                "activityStatus", Map.of("type", "D"))))), "a UPS push for " + tracking);
            }
            String seller = alike.apply("S-1001");
            expect400(call("sam", MockMvcRequestBuilders.get("/api/disputes").param("sellerId", seller)),
                    "the list of seller " + seller);
            expect400(call("sam", MockMvcRequestBuilders.get("/api/sellers/{seller}/dispute-rate", seller)),
                    "the dispute rate of " + seller);
            expect400(call("ann", MockMvcRequestBuilders.get("/api/analytics/sellers/{seller}/root-causes", seller)),
                    "the root causes of " + seller);

            assertRefusedOnPage(page("bob", openForm(Map.of("orderId", alike.apply(order).strip() + "\u200B"))),
                    "orderId", "the open form's order id");
            assertRefusedOnPage(page("bob", openForm(Map.of("sellerId", "S\u00A01001"))), "sellerId",
                    "the open form's seller id");
            assertRefusedOnPage(page("sam", MockMvcRequestBuilders.get("/sellers/risk/check").param("platform", "ALIEXPRESS")
                    .param("orderValue", "35").param("buyerId", alike.apply("bob").strip() + "\u00A0x")), "buyerId",
                    "the risk page's buyer id");
            assertRefusedOnPage(page("bob", post("/disputes/" + cases.shipping() + "/return/shipment").param("carrier", "UPS")
                    .param("trackingNumber", tracking.strip() + "\u200B")), "trackingNumber", "the shipment form");
        }
        assertThat(rows()).as("rows after look-alike identifiers").isEqualTo(before);
    }

    @Test
    void aFileNameNeverMakesAnUploadTooLarge() throws Exception {
        Cases cases = cases();
        Map<String, Long> before = rows();
        for (String name : List.of("setup\u202Egpj.exe", "a".repeat(5000) + ".jpg", "x".repeat(9000) + ".jpg",
                "\u5c4f".repeat(300) + ".jpg", "../../" + "..\\".repeat(500) + "evil.jpg", "zero\u200B\u200D\uFEFFwidth.jpg",
                "line\r\nContent-Type: text/html.jpg")) {
            Answer answer = uploadOverHttp("bob", cases.negotiating(), name, Files.EXE);
            assertClean(answer, "an executable named " + abbreviate(name));
            assertThat(answer.status()).as("an executable named %s", abbreviate(name)).isNotEqualTo(413);
        }
        assertThat(rows()).as("rows after hostile file names").isEqualTo(before);
    }

    @Test
    void aTimeOutOfRangeIsA400NotAConflictAndNothingIsStored() throws Exception {
        Cases cases = cases();
        Map<String, Long> before = rows();
        for (String at : OUT_OF_RANGE) {
            expect400(postJson("market", "/api/carrier-events", Map.of("eventId", "EV-" + UUID.randomUUID(), "carrier", "UPS",
                    "trackingNumber", cases.tracking(), "status", "DELIVERED", "occurredAt", at)), "a scan at " + at);
            for (String field : List.of("deliveredAt", "sellerContactedAt", "latestEstimatedDelivery")) {
                Map<String, Object> open = amazonClaim("NOT_RECEIVED_LOST");
                open.put(field, at);
                expect400(postJson("bob", "/api/disputes", open), "opening with " + field + " " + at);
            }
            expect400(postJson("sam", "/api/orders/risk-assessment", Map.of("platform", "ALIEXPRESS", "buyerDisputes", 0,
                    "orderValue", money("35.00"), "protectionEndsAt", at)), "a protection ending " + at);
            expect400(call("sam", MockMvcRequestBuilders.get("/api/sellers/S-1001/dispute-rate").param("from", at)),
                    "a dispute rate from " + at);
            expect400(call("sam", MockMvcRequestBuilders.get("/api/sellers/S-1001/dispute-rate").param("to", at)),
                    "a dispute rate to " + at);
            expect400(call("ann", MockMvcRequestBuilders.get("/api/analytics/sellers").param("from", at)), "analytics from " + at);
            expect400(call("ann", MockMvcRequestBuilders.get("/api/analytics/reasons").param("to", at)), "analytics to " + at);
        }
        for (String day : List.of("+99999-01-01", "1969-12-31", "-0001-01-01", "+999999999-12-31")) {
            expect400(call("sam", MockMvcRequestBuilders.get("/api/sellers/S-1001/dispute-rate").param("to", day)),
                    "a rate to " + day);
            assertRefusedOnPage(page("sam", MockMvcRequestBuilders.get("/sellers/risk/check").param("platform", "ALIEXPRESS")
                    .param("buyerDisputes", "0").param("orderValue", "35").param("protectionEnds", day)), "protectionEnds",
                    "the risk page's protection end " + day);
            assertRefusedOnPage(page("bob", openForm(Map.of("deliveredAt", day))), "deliveredAt", "the open form's delivery " + day);
        }
        String dhl = "{\"shipments\": [{\"id\": \"" + cases.tracking() + "\", \"events\": [{\"timestamp\":"
                + " \"+99999-11-23T09:41:00+08:00\", \"statusCode\": \"delivered\"}]}]}";
        expect400(call(null, post("/api/carriers/dhl/webhook").contentType(MediaType.APPLICATION_JSON).content(dhl)
                .header("DHL-Signature", Fixtures.dhlSignature("demo-dhl-secret", dhl))), "a DHL push of the year 99999");
        String ups = Fixtures.text("ups-delivered.json").replace("1Z999AA10123456784", cases.tracking())
                .replace("\"gmtActivityDate\": \"20261123\"", "\"gmtActivityDate\": \"19691231\"");
        expect400(call(null, post("/api/carriers/ups/webhook").contentType(MediaType.APPLICATION_JSON).content(ups)
                .header("credential", "demo-ups-credential")), "a UPS push of 1969");
        assertThat(rows()).as("rows after times out of range").isEqualTo(before);
        assertThat(dispute("bob", cases.shipping()).text("/returnShipment/status")).isNotEqualTo("DELIVERED");
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

    private void expect400(Answer answer, String what) {
        assertClean(answer, what);
        assertThat(answer.status()).as("%s: %s", what, abbreviate(answer.raw())).isEqualTo(400);
    }

    /** A page answer: its status and HTML, and the refusal a short form of the case page carries back. */
    record PageAnswer(int status, String html, Object refusal) {
    }

    private PageAnswer page(String user, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(user(users.loadUserByUsername(user))).with(csrf())).andReturn();
        return new PageAnswer(result.getResponse().getStatus(), result.getResponse().getContentAsString(),
                result.getFlashMap().get("partyRefusal"));
    }

    private PageAnswer page(Bad bad) throws Exception {
        return page(bad.user(), bad.request().get());
    }

    /**
     * Refused as a page refuses: a 4xx page, the form again with a message at the field, or (a short
     * form of the case page) back to the case with the refusal for that field.
     */
    private static void assertRefusedOnPage(PageAnswer answer, String field, String what) {
        String context = what + ": " + answer.status() + " " + abbreviate(answer.html());
        assertThat(answer.status()).as(context).isLessThan(500);
        if (answer.status() >= 400) {
            return;
        }
        if (answer.status() == 302) {
            assertThat(answer.refusal()).as(context).isNotNull();
            assertThat(answer.refusal().toString()).as(context).contains("field=" + field);
            return;
        }
        assertThat(answer.status()).as(context).isEqualTo(200);
        Document html = Jsoup.parse(answer.html());
        assertThat(html.select(".field.has-error:has([name=" + field + "])").select(".error, .field-error").text())
                .as("the message beside %s: %s", field, context).isNotBlank();
        assertThat(html.select(".risk-result, #queue-table")).as("no result for " + context).isEmpty();
    }

    private Map<String, Long> rows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private List<Endpoint> endpoints(Cases cases) {
        Map<String, Object> open = openRequest("FZ-" + UUID.randomUUID().toString().substring(0, 8), "ALIEXPRESS",
                "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        open.put("requestedResolution", "PARTIAL_REFUND");
        open.put("requestedAmount", money("20.00"));
        String d = "/api/disputes/";
        String negotiating = cases.negotiating();
        String arbitration = cases.arbitration();
        return List.of(
                new Endpoint("open", "bob", "/api/disputes", open, List.of(req("orderId", Kind.ID),
                        req("platform", Kind.ENUM), opt("buyerId", Kind.ID), req("sellerId", Kind.ID),
                        req("reason", Kind.ENUM), req("amount", Kind.MONEY), req("requestedResolution", Kind.ENUM),
                        req("requestedAmount", Kind.MONEY), opt("description", Kind.TEXT),
                        opt("deliveredAt", Kind.INSTANT), opt("logisticsChannel", Kind.ENUM),
                        opt("destinationCountry", Kind.COUNTRY), opt("language", Kind.NAME),
                        opt("sellerContactedAt", Kind.INSTANT), opt("latestEstimatedDelivery", Kind.INSTANT),
                        opt("productId", Kind.NAME), opt("productTitle", Kind.TEXT))),
                new Endpoint("propose", "sam", d + negotiating + "/proposals",
                        Map.of("type", "PARTIAL_REFUND", "amount", money("5.00"), "note", "A little back"),
                        List.of(req("type", Kind.ENUM), req("amount", Kind.MONEY), opt("note", Kind.TEXT))),
                new Endpoint("reject", "bob", d + negotiating + "/proposals/" + cases.offer() + "/reject",
                        Map.of("note", "Too little"), List.of(opt("note", Kind.TEXT))),
                new Endpoint("escalate", "bob", d + negotiating + "/escalate", Map.of("note", "Stuck"),
                        List.of(opt("note", Kind.TEXT))),
                new Endpoint("cancel", "bob", d + negotiating + "/cancel", Map.of("note", "Never mind"),
                        List.of(opt("note", Kind.TEXT))),
                new Endpoint("return address", "sam", d + cases.returning() + "/return/address",
                        Map.of("address", "Returns desk, Hangzhou"), List.of(opt("address", Kind.TEXT),
                                opt("returnTrackingNumber", Kind.REFERENCE), opt("carrier", Kind.NAME))),
                new Endpoint("return shipment", "bob", d + cases.shipping() + "/return/shipment",
                        Map.of("carrier", "UPS", "trackingNumber", cases.tracking()),
                        List.of(req("carrier", Kind.NAME), req("trackingNumber", Kind.REFERENCE))),
                new Endpoint("return receipt", "sam", d + cases.returning() + "/return/receipt",
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
                        List.of(req("to", Kind.NAME))),
                new Endpoint("appeal", "bob", d + arbitration + "/appeal", Map.of("note", "Unfair"),
                        List.of(req("note", Kind.TEXT))),
                new Endpoint("carrier event", "market", "/api/carrier-events",
                        Map.of("eventId", "EV-" + UUID.randomUUID(), "carrier", "UPS", "trackingNumber", cases.tracking(),
                                "status", "DELIVERED", "occurredAt", "2026-11-20T10:00:00Z"),
                        List.of(req("eventId", Kind.REFERENCE), req("carrier", Kind.NAME),
                                req("trackingNumber", Kind.REFERENCE), req("status", Kind.ENUM),
                                req("occurredAt", Kind.INSTANT))),
                new Endpoint("risk", "sam", "/api/orders/risk-assessment",
                        Map.of("orderId", "AE-9", "platform", "ALIEXPRESS", "buyerId", "bob",
                                "orderValue", money("35.00"), "destinationCountry", "BR"),
                        List.of(opt("orderId", Kind.ID), req("platform", Kind.ENUM), opt("buyerId", Kind.ID),
                                opt("sellerId", Kind.ID), req("orderValue", Kind.MONEY),
                                opt("destinationCountry", Kind.COUNTRY), opt("protectionEndsAt", Kind.INSTANT))));
    }

    record Mutation(String what, String body, MediaType contentType) {
    }

    /** One thing wrong: the syntax, the content type, a missing required field, a field named twice, or one field's value. */
    private Mutation mutate(Endpoint endpoint) throws Exception {
        String valid = json.writeValueAsString(endpoint.valid());
        List<Field> required = endpoint.fields().stream().filter(Field::required).toList();
        int choice = random.nextInt(11);
        if (choice == 0) {
            String broken = pick(List.of("{", "{\"note\":}", "not json at all", "[1, 2", "{'type': 'FULL_REFUND'}",
                    "{\"a\": \"\\u00\"}", "{\"note\": \"raw \u0000 NUL\"}",
                    valid.substring(0, 1 + random.nextInt(valid.length() - 1))));
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
        if (choice == 3) {
            Field field = pick(endpoint.fields());
            Object again = endpoint.valid().getOrDefault(field.name(), "x");
            String body = twice(valid, field.name(), again);
            // a field the valid body leaves out goes in twice
            body = endpoint.valid().containsKey(field.name()) ? body : twice(body, field.name(), again);
            return new Mutation(field.name() + " twice", body, MediaType.APPLICATION_JSON);
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
                            List.of("FULL_REFUND"), "FULL_REFUND\u0000", "\u0000FULL_REFUND")
                    : List.of("full_refund", SCRIPT, "NOT_A_VALUE_" + random.nextInt(1000), 1, Map.of("x", 1), NUL));
            case MONEY -> pick(List.of(money("-1.00"), money("0"), money("-0.01"), money("0.001"), money("12.345"),
                    money("1e400"), money("99999999999999999999999.99"), money("1000000.00"), money("NaN"),
                    money(SCRIPT), Map.of("value", "5.00", "currency", "usd"),
                    Map.of("value", "5.00", "currency", "ZZZ"), Map.of("value", "5.00", "currency", SCRIPT),
                    Map.of("value", "5.00"), "5.00", List.of("5.00", "USD"), money(pick(ABSURD_AMOUNTS)),
                    money("5.00\u0000"), Map.of("value", "5.00", "currency", "US\u0000"),
                    Map.of("value", 1e300, "currency", "USD"), Map.of("value", "5.00", "currency", "XXX")));
            case TEXT -> pick(List.of("x".repeat(4001 + random.nextInt(200_000)),
                    (SCRIPT + " ").repeat(700), Map.of("text", "nested"), List.of("a", "b"), "Stuck \u0000",
                    "\u0000".repeat(1 + random.nextInt(50))));
            case ID -> pick(List.of("x".repeat(101 + random.nextInt(5000)), (SCRIPT).repeat(20),
                    "../../../../etc/passwd/" + "a".repeat(120), Map.of("id", 1),
                    pick(LOOK_ALIKES).apply("AE-" + random.nextInt(100_000)), "", "S-1001\u0000"));
            case REFERENCE -> pick(List.of("x".repeat(65 + random.nextInt(5000)), SCRIPT, "1Z 999", "1Z999\u200B",
                    "1Z\u00A0999", "1Z/999", "1Z\u0000", pick(LOOK_ALIKES).apply("1Z-" + random.nextInt(100_000)),
                    List.of("1Z")));
            case NAME -> pick(List.of("x".repeat(101 + random.nextInt(5000)), (SCRIPT).repeat(20), Map.of("id", 1),
                    List.of("a"), NUL, "UPS\u0000"));
            case INSTANT -> pick(List.of("yesterday", "2026-02-30T10:00:00Z", "2026-11-20", "10:00", SCRIPT,
                    "2026-11-20T10:00:00+25:00", List.of(2026, 11, 20), pick(OUT_OF_RANGE), "2026-11-20T10:00:00Z\u0000"));
            case COUNTRY -> pick(List.of("italy", "it", "I1", SCRIPT, "ITA", "I\u0000"));
        };
    }

    /** The body with one field named again at its end: {"note": "a", ..., "note": "b"}. */
    private String twice(String body, String field, Object value) throws Exception {
        int end = body.lastIndexOf('}');
        return body.substring(0, end) + ", \"" + field + "\": " + json.writeValueAsString(value) + body.substring(end);
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
        bad.add(file("an executable with a bidi override in its name", path, "photo\u202Egpj.exe", "image/jpeg",
                Files.EXE, "PRODUCT_PHOTO", null));
        bad.add(file("HTML sent as image/jpeg", path, "photo.jpg", "image/jpeg", html, "PRODUCT_PHOTO", null));
        bad.add(file("an SVG with a script", path, "drawing.svg", "image/svg+xml", svg, "PRODUCT_PHOTO", null));
        bad.add(file("an empty file", path, "empty.png", "image/png", new byte[0], "PRODUCT_PHOTO", null));
        bad.add(file("an unknown kind", path, "p.png", "image/png", Files.PNG, "SELFIE", null));
        bad.add(file("a script as kind", path, "p.png", "image/png", Files.PNG, SCRIPT, null));
        bad.add(file("a NUL in the kind", path, "p.png", "image/png", Files.PNG, "PRODUCT_PHOTO\u0000", null));
        bad.add(file("a huge description", path, "p.png", "image/png", Files.PNG, "PRODUCT_PHOTO",
                Map.of("description", "d".repeat(100_000))));
        bad.add(file("a NUL in the description", path, "p.png", "image/png", Files.PNG, "PRODUCT_PHOTO",
                Map.of("description", "The crack " + NUL)));
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
        bad.add(new Bad("opening with a NUL in the dispute part", "bob", () -> {
            Map<String, Object> nul = new LinkedHashMap<>(open);
            nul.put("description", NUL);
            return multipart("/api/disputes").file(new MockMultipartFile("dispute", "", "application/json", bytes(nul)))
                    .file(new MockMultipartFile("evidence", "p.png", "image/png", Files.PNG));
        }));
        bad.add(new Bad("opening with a look-alike order id and a good photo", "bob", () -> {
            Map<String, Object> alike = new LinkedHashMap<>(open);
            alike.put("orderId", open.get("orderId") + "\u200B");
            return multipart("/api/disputes").file(new MockMultipartFile("dispute", "", "application/json", bytes(alike)))
                    .file(new MockMultipartFile("evidence", "p.png", "image/png", Files.PNG));
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
                "/api/sellers/S-1001/dispute-rate?from=2026-12-31&to=2026-01-01",
                "/api/disputes?sellerId=S-1001%20", "/api/disputes?sellerId=S%E2%80%901001",
                "/api/sellers/S-1001%C2%A0/dispute-rate", "/api/sellers/S-1001/dispute-rate?from=%2B99999-01-01")) {
            bad.add(new Bad("GET " + path, "sam", () -> org.springframework.test.web.servlet.request
                    .MockMvcRequestBuilders.get(java.net.URI.create(path.replace("<", "%3C").replace(">", "%3E")))));
        }
        for (String path : List.of("/api/arbitration/tasks?platform=%3Cscript%3E", "/api/arbitration/tasks?minAmount=abc",
                "/api/arbitration/tasks?size=-1", "/api/arbitration/tasks?page=-5",
                "/api/arbitration/tasks?scope=%3Cscript%3E", "/api/arbitration/tasks?currency=USD&minAmount=1e2147483647",
                "/api/arbitration/tasks?currency=USD&maxAmount=1e-5", "/api/arbitration/tasks?currency=US%00")) {
            bad.add(new Bad("GET " + path, "ada", () -> org.springframework.test.web.servlet.request
                    .MockMvcRequestBuilders.get(java.net.URI.create(path))));
        }
        bad.add(new Bad("accepting a proposal that is not one", "bob", () -> post("/api/disputes/" + id
                + "/proposals/" + UUID.randomUUID() + "/accept")));
        bad.add(new Bad("accepting a proposal id that is not a uuid", "bob", () -> post("/api/disputes/" + id
                + "/proposals/%3Cscript%3E/accept")));
        return bad;
    }

    /** U+0000 in every kind of request parameter of the API: query, form-style, multipart text. */
    private List<Bad> nulParameters(Cases cases) {
        List<Bad> bad = new ArrayList<>();
        Map<String, String> lists = Map.of("/api/disputes", "sellerId", "/api/disputes?page=0", "status",
                "/api/sellers/S-1001/dispute-rate", "from", "/api/analytics/sellers", "to",
                "/api/analytics/sellers/S-1001/root-causes", "from");
        lists.forEach((path, parameter) -> bad.add(new Bad("GET " + path + " with NUL in " + parameter,
                path.contains("analytics") ? "ann" : "sam",
                () -> MockMvcRequestBuilders.get(path).param(parameter, NUL))));
        for (String parameter : List.of("currency", "scope", "platform", "minAmount")) {
            bad.add(new Bad("the task list with NUL in " + parameter, "ada",
                    () -> MockMvcRequestBuilders.get("/api/arbitration/tasks").param(parameter, NUL)));
        }
        bad.add(new Bad("a parameter whose name holds NUL", "sam",
                () -> MockMvcRequestBuilders.get("/api/disputes").param("x\u0000", "1")));
        String path = "/api/disputes/" + cases.negotiating() + "/evidence";
        bad.add(file("NUL in the evidence description", path, "p.png", "image/png", Files.PNG, "PRODUCT_PHOTO",
                Map.of("description", NUL)));
        bad.add(file("NUL in the evidence kind", path, "p.png", "image/png", Files.PNG, NUL, null));
        bad.add(new Bad("NUL in an accept's path", "bob", () -> post("/api/disputes/{id}/proposals/{p}/accept",
                cases.negotiating(), "a\u0000b")));
        return bad;
    }

    /** U+0000 in every form of the pages. */
    private List<Bad> nulOnPages(Cases cases) {
        List<Bad> bad = new ArrayList<>();
        String negotiating = "/disputes/" + cases.negotiating();
        for (String field : List.of("orderId", "sellerId", "description", "currency", "evidence[0].description")) {
            bad.add(new Bad("the open form with NUL in " + field, "bob", () -> openForm(Map.of(field, "AE-1\u0000"))));
        }
        bad.add(new Bad("a counter-offer's note", "sam", () -> multipart(negotiating + "/respond").param("type", "NO_REFUND")
                .param("note", NUL)));
        bad.add(new Bad("an evidence description", "bob", () -> multipart(negotiating + "/evidence/new")
                .file(new MockMultipartFile("evidence[0].file", "p.png", "image/png", Files.PNG))
                .param("evidence[0].description", NUL)));
        bad.add(new Bad("a rejection's note", "bob", () -> post(negotiating + "/proposals/" + cases.offer() + "/reject")
                .param("note", NUL)));
        bad.add(new Bad("an escalation's note", "bob", () -> post(negotiating + "/escalate").param("note", NUL)));
        bad.add(new Bad("a cancellation's note", "bob", () -> post(negotiating + "/cancel").param("note", NUL)));
        String returning = "/disputes/" + cases.returning();
        bad.add(new Bad("a return address", "sam", () -> post(returning + "/return/address").param("address", NUL)));
        bad.add(new Bad("a return label's carrier", "sam", () -> post(returning + "/return/address").param("carrier", NUL)
                .param("trackingNumber", "1Z1")));
        bad.add(new Bad("a shipment's tracking number", "bob", () -> post("/disputes/" + cases.shipping()
                + "/return/shipment").param("carrier", "UPS").param("trackingNumber", "1Z\u0000")));
        bad.add(new Bad("a receipt's note", "sam", () -> post(returning + "/return/receipt").param("note", NUL)));
        String arbitration = "/disputes/" + cases.arbitration();
        bad.add(new Bad("a withdrawal's note", "sam", () -> post(arbitration + "/arbitration/withdraw").param("note", NUL)));
        bad.add(new Bad("an appeal's note", "bob", () -> post(arbitration + "/appeal").param("note", NUL)));
        bad.add(new Bad("a decision's rationale", "ada", () -> post(arbitration + "/decision").param("resolution", "NO_REFUND")
                .param("responsibility", "BUYER").param("rationale", NUL)));
        bad.add(new Bad("an evidence request's note", "ada", () -> post(arbitration + "/evidence-request")
                .param("party", "BUYER").param("note", NUL)));
        bad.add(new Bad("a hand-over's receiver", "ada", () -> post("/arbitration/" + cases.arbitration() + "/handover")
                .param("to", "sen\u0000")));
        bad.add(new Bad("a claim's returnTo", "ada", () -> post("/arbitration/" + cases.arbitration() + "/claim")
                .param("returnTo", "/arbitration\u0000")));
        bad.add(new Bad("the queue's currency", "ada", () -> MockMvcRequestBuilders.get("/arbitration").param("currency", NUL)));
        bad.add(new Bad("the risk page's order id", "sam", () -> MockMvcRequestBuilders.get("/sellers/risk/check")
                .param("platform", "ALIEXPRESS").param("orderValue", "35").param("orderId", NUL)));
        bad.add(new Bad("the dashboard's seller", "ann", () -> MockMvcRequestBuilders.get("/analytics").param("seller", NUL)));
        bad.add(new Bad("the language switch", "bob", () -> post("/preferences").param("lang", NUL)));
        return bad;
    }

    /** The buyer's open form filled in, with some fields typed otherwise. */
    private static MockHttpServletRequestBuilder openForm(Map<String, String> otherwise) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("orderId", newOrder("FZ"), "platform", "ALIEXPRESS",
                "sellerId", "S-1001", "reason", "NOT_AS_DESCRIBED_DAMAGED", "amount", "59.90", "currency", "USD",
                "requestedResolution", "FULL_REFUND", "description", "Screen cracked", "deliveredAt",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString()));
        fields.putAll(otherwise);
        var request = multipart("/buyer/disputes/new");
        fields.forEach(request::param);
        return request;
    }

    /** Over real HTTP, so Tomcat reads the part headers a file name travels in. */
    private Answer uploadOverHttp(String user, String id, String fileName, byte[] content) throws Exception {
        String boundary = "----dispute-center-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPRODUCT_PHOTO\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/disputes/" + id + "/evidence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        return new Answer(response.statusCode(), raw.startsWith("{") ? json.readTree(raw) : json.nullNode(), raw);
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
