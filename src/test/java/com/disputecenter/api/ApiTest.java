package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Base of the REST integration suite: the whole application with its engine, driven through
 * HTTP as the demo users. The job executor is off; tests run due jobs themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "dispute-center.demo=true",
        "dispute-center.metrics.max-age=0s"})
@AutoConfigureMockMvc
// tests switch metrics export off by default; the operations tests read /actuator/prometheus
@AutoConfigureObservability(tracing = false)
abstract class ApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected RuntimeService runtime;

    @LocalServerPort
    protected int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The engine's REST API is a servlet of its own, so it is called over real HTTP. */
    protected Answer engine(String user, String method, String path) throws Exception {
        return overHttp(user, method, "/engine-rest" + path);
    }

    /** Over real HTTP, so a failure shows what a client gets (MockMvc would rethrow an unhandled exception). */
    protected Answer overHttp(String user, String method, String path) throws Exception {
        return overHttp(user, method, path, "{}");
    }

    protected Answer overHttp(String user, String method, String path, String content) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(content));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        JsonNode body = raw.isBlank() || !(raw.startsWith("{") || raw.startsWith("[")) ? json.nullNode() : json.readTree(raw);
        return new Answer(response.statusCode(), body, raw);
    }

    /** An HTTP answer: status and body (JSON when there is one). */
    protected record Answer(int status, JsonNode body, String raw) {

        JsonNode at(String pointer) {
            return body.at(pointer);
        }

        String text(String pointer) {
            return body.at(pointer).asText();
        }

        Answer expect(int expected) {
            assertThat(status).as("HTTP status, body: %s", raw).isEqualTo(expected);
            return this;
        }
    }

    protected Answer call(String user, MockHttpServletRequestBuilder request) throws Exception {
        if (user != null) {
            request.with(httpBasic(user, user));
        }
        MvcResult result = mvc.perform(request).andReturn();
        String raw = result.getResponse().getContentAsString();
        JsonNode body = raw.isBlank() || !raw.trim().startsWith("{") && !raw.trim().startsWith("[")
                ? json.nullNode() : json.readTree(raw);
        return new Answer(result.getResponse().getStatus(), body, raw);
    }

    protected Answer postJson(String user, String path, Object body) throws Exception {
        return call(user, post(path).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    protected Answer get(String user, String path) throws Exception {
        return call(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
    }

    protected Answer upload(String user, String disputeId, String fileName, byte[] bytes, String kind,
            Map<String, String> params) throws Exception {
        var request = multipart("/api/disputes/{id}/evidence", disputeId)
                .file(new MockMultipartFile("file", fileName, "image/jpeg", bytes));
        request.param("kind", kind);
        params.forEach(request::param);
        return call(user, request);
    }

    /** An order no other test uses, so tests never see each other's disputes. */
    protected static String newOrder(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static Map<String, Object> openRequest(String orderId, String platform, String sellerId, String reason) {
        Map<String, Object> open = new java.util.LinkedHashMap<>();
        open.put("orderId", orderId);
        open.put("platform", platform);
        open.put("buyerId", "bob");
        open.put("sellerId", sellerId);
        open.put("reason", reason);
        open.put("amount", Map.of("value", "59.90", "currency", "USD"));
        open.put("requestedResolution", "FULL_REFUND");
        open.put("description", "Screen cracked");
        open.put("deliveredAt", Instant.now().minusSeconds(3600).toString());
        open.put("logisticsChannel", "PLATFORM");
        open.put("destinationCountry", "IT");
        open.put("language", "it");
        return open;
    }

    /** An Amazon A-to-z claim that passes its filing rules (estimated delivery passed, seller contacted 3 days ago). */
    protected static Map<String, Object> amazonClaim(String reason) {
        Map<String, Object> claim = openRequest(newOrder("AZ"), "AMAZON", "S-1001", reason);
        claim.put("latestEstimatedDelivery", Instant.now().minusSeconds(86400).toString());
        claim.put("sellerContactedAt", Instant.now().minusSeconds(3 * 86400).toString());
        return claim;
    }

    /** An Amazon claim whose return and refund the seller accepted: the return address is due. */
    protected String agreedAmazonReturn() throws Exception {
        Map<String, Object> claim = amazonClaim("NOT_AS_DESCRIBED_SIZE");
        claim.put("requestedResolution", "RETURN_AND_REFUND");
        String id = open(claim).text("/id");
        postJson("sam", "/api/disputes/" + id + "/proposals/" + openProposalOf("sam", id, "BUYER") + "/accept", Map.of())
                .expect(200);
        return id;
    }

    protected Answer open(Map<String, Object> request) throws Exception {
        return postJson("bob", "/api/disputes", request).expect(201);
    }

    /** An AliExpress dispute of bob against sam's seller account S-1001. */
    protected String openAliExpress(String reason) throws Exception {
        return open(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", reason)).text("/id");
    }

    protected Answer dispute(String user, String id) throws Exception {
        return get(user, "/api/disputes/" + id).expect(200);
    }

    /** The seller counters with a partial refund: the case moves into negotiation. */
    protected String counterOffer(String id, String amount) throws Exception {
        return postJson("sam", "/api/disputes/" + id + "/proposals",
                Map.of("type", "PARTIAL_REFUND", "amount", Map.of("value", amount, "currency", "USD"),
                        "note", "Partial refund for the scratch")).expect(201).text("/id");
    }

    protected String openProposalOf(String user, String id, String party) throws Exception {
        for (JsonNode p : dispute(user, id).at("/proposals")) {
            if (p.get("party").asText().equals(party) && p.get("status").asText().equals("OPEN")) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("no open proposal of " + party);
    }

    interface Steps {
        void run() throws Exception;
    }

    /** Deploys a changed copy of a model as an analyst would, runs the steps, then deploys the original again. */
    protected void withAnalystChange(String fileName, UnaryOperator<String> change, Steps steps)
            throws Exception {
        String original = new ClassPathResource("bpmn/" + fileName).getContentAsString(StandardCharsets.UTF_8);
        String changed = change.apply(original);
        assertThat(changed).isNotEqualTo(original);
        deployThroughEngineRest("analyst-change", fileName, changed);
        try {
            steps.run();
        } finally {
            deployThroughEngineRest("restore", fileName, original);
        }
    }

    /** As an analyst deploys from Camunda Modeler: POST /engine-rest/deployment/create. */
    protected void deployThroughEngineRest(String name, String fileName, String content) throws Exception {
        String boundary = "----dispute-center-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/xml\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ann:ann".getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        var response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Runs the timer at this BPMN element, as an analyst would through /engine-rest. */
    protected void fireTimer(String id, String timerId) throws Exception {
        JsonNode instances = engine("ann", "GET", "/process-instance?businessKey=" + id).expect(200).body();
        assertThat(instances).as("process instance of %s", id).hasSize(1);
        String instanceId = instances.get(0).get("id").asText();
        JsonNode jobs = engine("ann", "GET", "/job?processInstanceId=" + instanceId + "&activityId=" + timerId)
                .expect(200).body();
        assertThat(jobs).as("timer %s of %s", timerId, id).hasSize(1);
        engine("ann", "POST", "/job/" + jobs.get(0).get("id").asText() + "/execute").expect(204);
    }

    /** Runs the async jobs waiting in this case (the execution of a resolution). */
    protected int runAsyncJobs(String id) {
        int ran = 0;
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        if (instance == null) {
            return 0;
        }
        List<Job> jobs = new ArrayList<>(management.createJobQuery().processInstanceId(instance.getId()).messages().list());
        for (Job job : jobs) {
            management.executeJob(job.getId());
            ran++;
        }
        return ran;
    }

    protected static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.forEach(t -> types.add(t.get("type").asText()));
        return types;
    }

    protected static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
