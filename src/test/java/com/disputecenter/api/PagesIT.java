package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The pages on the whole application: a decision through the page has the API's effect, on the engine too. */
class PagesIT extends ApiTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    TaskService tasks;

    private MockHttpServletResponse page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(user))).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse visit(String user, String path) throws Exception {
        return page(user, MockMvcRequestBuilders.get(path));
    }

    private String html(String user, String path) throws Exception {
        MockHttpServletResponse response = visit(user, path);
        assertThat(response.getStatus()).as("GET %s as %s", path, user).isEqualTo(200);
        return response.getContentAsString();
    }

    private String escalated(Map<String, Object> request) throws Exception {
        String id = open(request).text("/id");
        postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "NO_REFUND", "note", "Works for me"))
                .expect(201);
        postJson("bob", "/api/disputes/" + id + "/escalate", Map.of("note", "Seller refuses")).expect(200);
        return id;
    }

    @Test
    void anArbitratorFindsTheCaseInTheQueueAndDecidesItOnItsPageAsTheApiWould() throws Exception {
        String id = escalated(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));

        assertThat(html("ada", "/arbitration?scope=UNASSIGNED")).contains("id=\"task-" + id + "\"");
        String casePage = html("ada", "/disputes/" + id);
        assertThat(casePage).contains("id=\"decision-form\"", "id=\"evidence-request-form\"");
        // the case page's claim button works the queue and comes back to the case
        assertThat(casePage).contains("id=\"holder-claim\"");
        MockHttpServletResponse claimed = page("ada", post("/arbitration/" + id + "/claim")
                .param("returnTo", "/disputes/" + id));
        assertThat(claimed.getRedirectedUrl()).isEqualTo("/disputes/" + id);
        assertThat(html("ada", "/disputes/" + id)).contains("id=\"holder-name\">Claimed by ada.</p>");

        MockHttpServletResponse tooMuch = page("ada", post("/disputes/" + id + "/decision")
                .param("resolution", "PARTIAL_REFUND").param("amount", "80").param("responsibility", "SELLER")
                .param("rationale", "Half the price"));
        assertThat(tooMuch.getStatus()).isEqualTo(400);
        String apiRefusal = postJson("ada", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution",
                "PARTIAL_REFUND", "amount", Map.of("value", "80", "currency", "USD"), "responsibility", "SELLER",
                "rationale", "Half the price")).expect(400).text("/errors/amount");
        assertThat(tooMuch.getContentAsString()).contains("id=\"amount-error\">" + apiRefusal.replace("'", "&#39;"));

        MockHttpServletResponse decided = page("ada", post("/disputes/" + id + "/decision")
                .param("resolution", "PARTIAL_REFUND").param("amount", "30").param("responsibility", "SELLER")
                .param("rationale", "Defect shown; still usable"));
        assertThat(decided.getStatus()).isEqualTo(302);
        assertThat(decided.getRedirectedUrl()).isEqualTo("/disputes/" + id);

        Answer after = dispute("bob", id);
        assertThat(after.text("/status")).isEqualTo("RESOLVED");
        assertThat(after.text("/resolution/type")).isEqualTo("PARTIAL_REFUND");
        assertThat(after.text("/resolution/amount/value")).isEqualTo("30.00");
        assertThat(after.text("/resolution/rationale")).isEqualTo("Defect shown; still usable");
        assertThat(types(after.at("/timeline"))).contains("DECIDED");
        // the use case completed the engine's task: nothing waits for a decision any more
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(runAsyncJobs(id)).isEqualTo(1);
    }

    @Test
    void aSeniorArbitratorDecidesTheAppealWithItsOwnForm() throws Exception {
        String id = escalated(amazonClaim("NOT_AS_DESCRIBED_NOT_WORKING"));
        postJson("ada", "/api/disputes/" + id + "/arbitration/decision", Map.of("resolution", "NO_REFUND",
                "responsibility", "BUYER", "rationale", "No defect visible")).expect(200);
        postJson("bob", "/api/disputes/" + id + "/appeal", Map.of("note", "The video shows it never worked")).expect(200);

        assertThat(html("sen", "/disputes/" + id)).contains("id=\"decision-title\">Decide the appeal</h3>");
        assertThat(html("ada", "/disputes/" + id)).doesNotContain("id=\"decision-form\"", "id=\"case-holder\"");

        MockHttpServletResponse decided = page("sen", post("/disputes/" + id + "/decision")
                .param("resolution", "FULL_REFUND").param("responsibility", "SELLER").param("rationale", "It never worked"));
        assertThat(decided.getStatus()).isEqualTo(302);
        assertThat(dispute("bob", id).text("/resolution/reasonCode")).isEqualTo("APPEAL_DECISION");
    }

    @Test
    void aSellerSeesOnlyItsOwnCasesPagesAndEvidenceIsServedToThePartiesAndArbitrators() throws Exception {
        String id = openAliExpress("NOT_RECEIVED_IN_TRANSIT");
        String evidence = upload("bob", id, "photo.png", Files.PNG, "PRODUCT_PHOTO", Map.of()).expect(201).text("/id");

        assertThat(html("sam", "/disputes/" + id)).contains("id=\"case-title\"");
        assertThat(visit("sue", "/disputes/" + id)
                .getStatus()).isEqualTo(404);

        MockHttpServletResponse shown = visit("ada", "/disputes/" + id + "/evidence/" + evidence + "/view");
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentType()).isEqualTo("image/png");
        assertThat(shown.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(shown.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(visit("ann", "/disputes/" + id + "/evidence/" + evidence + "/view").getStatus()).isEqualTo(403);
    }

    @Test
    void anAnalystSeesTheOpenCasesOnTheDeployedModel() throws Exception {
        escalated(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));

        String html = html("ann", "/processes/DisputeLifecycle");
        assertThat(html).contains("id=\"load-Task_DecideDispute\"", "id=\"diagram\"");
        assertThat(visit("ann", "/processes/DisputeLifecycle/diagram.bpmn").getContentAsString()).contains("Task_DecideDispute");
    }

    /** The claim was committed before the redirect to "/arbitration?x={x}" failed with a 500. */
    @Test
    void aClaimWithATemplatedReturnToIsRefusedAndTheCaseStaysUnclaimed() throws Exception {
        String id = escalated(openRequest(newOrder("AE"), "ALIEXPRESS", "S-1001", "NOT_AS_DESCRIBED_DAMAGED"));
        int timeline = dispute("ada", id).at("/timeline").size();

        for (String returnTo : List.of("/arbitration?x={x}", "/disputes/{id}", "/arbitration/%7Bx%7D/{x}")) {
            MockHttpServletResponse refused = page("ada", post("/arbitration/" + id + "/claim").param("returnTo", returnTo));
            assertThat(refused.getStatus()).as(returnTo).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("The page to return to is not a link of this site.");
        }
        assertThat(html("ada", "/disputes/" + id)).doesNotContain("Claimed by ada.");
        assertThat(dispute("ada", id).at("/timeline").size()).isEqualTo(timeline);

        MockHttpServletResponse claimed = page("ada", post("/arbitration/" + id + "/claim")
                .param("returnTo", "/arbitration?currency=%7Bx%7D"));
        assertThat(claimed.getRedirectedUrl()).isEqualTo("/arbitration?currency=%7Bx%7D");
    }
}
