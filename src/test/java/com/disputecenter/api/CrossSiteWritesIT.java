package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Live defect 2 of issue 9: a page on another site made a buyer's browser, holding cached HTTP Basic
 * credentials, accept a NO_REFUND offer with a plain form. What a browser can send across sites
 * without a preflight is refused on /api and /engine-rest, and nothing changes.
 */
class CrossSiteWritesIT extends ApiTest {

    @Autowired
    RepositoryService repository;

    /** A dispute in negotiation with the seller's NO_REFUND offer open; answers {dispute id, proposal id}. */
    private String[] openNoRefundOffer() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        String offer = postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND"))
                .expect(201).text("/id");
        return new String[] {id, offer};
    }

    private String statusOf(String id, String proposal) throws Exception {
        for (var p : dispute("bob", id).at("/proposals")) {
            if (p.get("id").asText().equals(proposal)) {
                return p.get("status").asText();
            }
        }
        throw new AssertionError("no proposal " + proposal);
    }

    private static String accept(String[] offer) {
        return "/api/disputes/" + offer[0] + "/proposals/" + offer[1] + "/accept";
    }

    @Test
    void aFormPostedFromAnotherSiteIs403AndTheOfferStaysOpen() throws Exception {
        String[] offer = openNoRefundOffer();

        Answer refused = call("bob", post(accept(offer)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("x=1").header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site"))
                .expect(403);
        assertThat(refused.text("/code")).isEqualTo("CROSS_SITE_REQUEST");
        assertThat(refused.text("/type")).isEqualTo("/problems/CROSS_SITE_REQUEST");
        // even the bodiless kind a script may send (fetch with no body), with the Origin alone
        call("bob", post(accept(offer)).header("Origin", "https://evil.example")).expect(403);
        call("bob", post(accept(offer)).header("Origin", "null")).expect(403);

        assertThat(statusOf(offer[0], offer[1])).isEqualTo("OPEN");
    }

    @Test
    void aBrowserMarkingTheRequestCrossSiteOrSameSiteIsRefusedItsOwnPagesAreNot() throws Exception {
        String[] offer = openNoRefundOffer();
        for (String site : new String[] {"cross-site", "same-site"}) {
            call("bob", postJsonBuilder(accept(offer)).header("Sec-Fetch-Site", site)).expect(403);
        }
        assertThat(statusOf(offer[0], offer[1])).isEqualTo("OPEN");

        // the desk's own origin (MockMvc's request is http://localhost) and a typed-in request are fine
        call("bob", postJsonBuilder(accept(offer)).header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"))
                .expect(200);
        assertThat(statusOf(offer[0], offer[1])).isEqualTo("ACCEPTED");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postJsonBuilder(String path) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content("{}");
    }

    @Test
    void aWriteWithoutJsonIs415AndChangesNothingABodilessOneStillWorks() throws Exception {
        String[] offer = openNoRefundOffer();
        for (MediaType simple : new MediaType[] {MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN,
                MediaType.MULTIPART_FORM_DATA}) {
            Answer refused = call("bob", post(accept(offer)).contentType(simple).content("note=x")).expect(415);
            assertThat(refused.text("/code")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        // a body with no type at all is no JSON either
        call("bob", post(accept(offer)).content("{}")).expect(415);
        assertThat(statusOf(offer[0], offer[1])).isEqualTo("OPEN");

        // the walkthrough's and the suite's bodiless POSTs (no type, no body) keep working
        call("bob", post(accept(offer))).expect(200);
        assertThat(statusOf(offer[0], offer[1])).isEqualTo("ACCEPTED");
    }

    @Test
    void multipartStaysWhereTheContractTakesItAndAnyJsonTypeIsJson() throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_DAMAGED");
        upload("bob", id, "photo.png", Files.PNG, "PRODUCT_PHOTO", Map.of()).expect(201);
        var open = openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED");
        call("bob", multipart("/api/disputes")
                .file(new MockMultipartFile("dispute", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(open)))
                .file(new MockMultipartFile("evidence", "photo.png", "image/png", Files.PNG))).expect(201);
        // a multipart upload to an endpoint that takes JSON is a form, whatever it carries
        call("sam", multipart("/api/disputes/" + id + "/proposals")
                .file(new MockMultipartFile("type", "", "text/plain", "NO_REFUND".getBytes()))).expect(415);

        call("sam", post("/api/disputes/" + id + "/proposals").contentType("application/json;charset=UTF-8")
                .content("{\"type\":\"NO_REFUND\"}")).expect(201);
    }

    @Test
    void theEnginesRestApiRefusesACrossSiteDeploymentAndFormsToItsJsonEndpoints() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        String model = new ClassPathResource("bpmn/dispute-lifecycle.bpmn").getContentAsString(StandardCharsets.UTF_8);
        String boundary = "----cross-site-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nforged\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"dispute-lifecycle.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";

        var forged = send("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary, body,
                Map.of("Origin", "http://127.0.0.1:9", "Sec-Fetch-Site", "cross-site"));
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(json.readTree(forged.body()).at("/code").asText()).isEqualTo("CROSS_SITE_REQUEST");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

        var form = send("POST", "/engine-rest/process-definition/key/DisputeLifecycle/start",
                "application/x-www-form-urlencoded", "businessKey=forged", Map.of());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(415);
        var text = send("POST", "/engine-rest/deployment/create", "text/plain", body, Map.of());
        assertThat(text.statusCode()).as(text.body()).isEqualTo(415);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aCarrierServerStillPushesButABrowserMayNot() throws Exception {
        // no tracking number of a return: the push is accepted and changes nothing, which is all that matters here
        String push = com.disputecenter.carrier.web.Fixtures.text("ups-in-transit.json");
        call(null, post("/api/carriers/ups/webhook").contentType(MediaType.APPLICATION_JSON).content(push)
                .header("credential", "demo-ups-credential")).expect(200);
        Answer refused = call(null, post("/api/carriers/ups/webhook").contentType(MediaType.APPLICATION_JSON).content(push)
                .header("credential", "demo-ups-credential").header("Sec-Fetch-Site", "cross-site")).expect(403);
        assertThat(refused.text("/code")).isEqualTo("CROSS_SITE_REQUEST");
        call(null, post("/api/carriers/ups/webhook").contentType(MediaType.TEXT_PLAIN).content(push)
                .header("credential", "demo-ups-credential")).expect(415);
    }

    private HttpResponse<String> send(String method, String path, String type, String body, Map<String, String> headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ann:ann".getBytes()))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
