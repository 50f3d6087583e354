package com.disputecenter.arbitration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.arbitration.ArbitrationQueue;
import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.arbitration.QueuePage;
import com.disputecenter.arbitration.QueueRefusal;
import com.disputecenter.arbitration.TaskForms;
import com.disputecenter.carrier.CarrierEventService;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.Responsibility;
import com.disputecenter.dispute.SampleViews;
import com.disputecenter.dispute.web.CasePage;
import com.disputecenter.security.WebSliceSecurity;
import com.disputecenter.web.PageSlice;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@WebMvcTest({DecisionPageController.class, ArbitrationController.class})
@Import({PageSlice.class, CasePage.class, ArbitrationCaseForms.class})
class DecisionPageControllerTest {

    private static final UUID ID = UUID.fromString("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4");
    private static final Caller ADA = WebSliceSecurity.caller("ada");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    ArbitrationService arbitration;

    @MockitoBean
    DisputeService disputes;

    @MockitoBean
    CarrierEventService carrierEvents;

    @MockitoBean
    TaskForms taskForms;

    @MockitoBean
    ArbitrationQueue queue;

    @BeforeEach
    void aCaseWaitingForTheArbitrator() {
        DisputeView base = SampleViews.dispute(ID, DisputeStatus.ARBITRATION);
        DisputeView deciding = new DisputeView(base.id(), base.orderId(), base.platform(), base.buyerId(), base.sellerId(),
                base.reason(), base.amount(), base.description(), base.status(), base.stage(), base.openedAt(),
                base.deadlines(), base.proposals(), base.evidence(), null, Responsibility.SELLER, "Defect on arrival",
                null, Set.of(Action.DECIDE, Action.REQUEST_EVIDENCE), true, base.timeline());
        when(disputes.get(any(), eq(ID))).thenReturn(deciding);
        when(taskForms.openFormKey(ID)).thenReturn(Optional.of("/forms/decision"));
        when(arbitration.evidenceDueIfRequestedNow(any(), eq(ID))).thenReturn(PageSlice.NOW.plusSeconds(3 * 86400));
    }

    private String page(String body) throws Exception {
        return mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andReturn().getResponse().getContentAsString();
    }

    private String api(String body) throws Exception {
        String problem = mvc.perform(post("/api/disputes/{id}/arbitration/decision", ID).with(httpBasic("ada", "ada"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
        return problem;
    }

    private static String fieldError(String html, String field) {
        Matcher m = Pattern.compile("id=\"" + field + "-error\">([^<]*)</p>").matcher(html);
        assertThat(m.find()).as("an error next to %s in the page", field).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    @Test
    void theDecisionFormIsTheOneTheOpenTasksFormKeyNames() throws Exception {
        String html = mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("resolution", "FULL_REFUND").param("responsibility", "SELLER").param("rationale", ""))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"decision-form\"", "<label for=\"rationale\">", "id=\"evidence-request-form\"",
                "id=\"evidence-request-deadline\"", "Suggested: Seller (rule Defect on arrival)");
        for (String id : List.of("decision-form", "resolution", "amount", "responsibility", "rationale", "party", "note")) {
            assertThat(html.split("id=\"" + id + "\"", -1)).as("elements with id %s", id).hasSize(2);
        }
    }

    @Test
    void anAppealIsDecidedWithTheAppealTasksOwnForm() throws Exception {
        when(taskForms.openFormKey(ID)).thenReturn(Optional.of("/forms/appeal-decision"));

        String html = mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("resolution", "FULL_REFUND").param("responsibility", "SELLER").param("rationale", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"decision-title\">Decide the appeal</h3>", "id=\"decision-form\"");
    }

    @Test
    void aFormKeyThatIsNotOneOfOursShowsNoForm() throws Exception {
        when(taskForms.openFormKey(ID)).thenReturn(Optional.of("/forms/x :: ${T(java.lang.System).exit(1)}"));

        String html = mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("resolution", "FULL_REFUND").param("responsibility", "SELLER").param("rationale", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("id=\"decision-form\"").contains("id=\"evidence-request-form\"");
    }

    @Test
    void aMissingRationaleGetsTheSameMessageOnThePageAsOnTheApi() throws Exception {
        String page = page("resolution=FULL_REFUND&responsibility=SELLER&rationale=");
        String api = api("{\"resolution\": \"FULL_REFUND\", \"responsibility\": \"SELLER\", \"rationale\": \"\"}");

        assertThat(fieldError(page, "rationale")).isEqualTo(json.readTree(api).at("/errors/rationale").asText())
                .isNotBlank();
    }

    @Test
    void anAmountAboveTheOrderGetsTheServicesMessageNextToTheAmountOnBothRoutes() throws Exception {
        String refusal = "The amount may not exceed the order amount of 59.90 USD";
        when(arbitration.decide(any(), eq(ID), any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.InvalidInput("amount", refusal));

        String page = page("resolution=PARTIAL_REFUND&amount=500&responsibility=SELLER&rationale=Too+much");
        String api = api("""
                {"resolution": "PARTIAL_REFUND", "amount": {"value": "500", "currency": "USD"},
                 "responsibility": "SELLER", "rationale": "Too much"}""");

        assertThat(fieldError(page, "amount")).isEqualTo(refusal)
                .isEqualTo(json.readTree(api).at("/errors/amount").asText());
        // the page typed the amount in the order's currency: the service got the same Money as from the API
        verify(arbitration, org.mockito.Mockito.times(2)).decide(ADA, ID, ResolutionType.PARTIAL_REFUND,
                Money.of("500", "USD"), Responsibility.SELLER, "Too much");
    }

    @Test
    void aDecisionThroughThePageCallsTheDecisionUseCaseAndRedirectsWithAFlash() throws Exception {
        mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("resolution", "PARTIAL_REFUND").param("amount", "30.00")
                        .param("responsibility", "SELLER").param("rationale", "Usable with a scratch"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/disputes/" + ID))
                .andExpect(flash().attribute("flash", "arbitration.flash.decided"));

        verify(arbitration).decide(ADA, ID, ResolutionType.PARTIAL_REFUND, Money.of("30.00", "USD"),
                Responsibility.SELLER, "Usable with a scratch");
    }

    @Test
    void aCaseThatMovedOnIsExplainedAboveTheForm() throws Exception {
        when(arbitration.decide(any(), eq(ID), any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.Conflict("The case moved on meanwhile; reload it and try again"));

        String html = mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("resolution", "NO_REFUND").param("responsibility", "BUYER").param("rationale", "No defect"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("class=\"form-errors\" role=\"alert\"", "The case moved on meanwhile; reload it and try again");
    }

    @Test
    void anEvidenceRequestNamesThePartyAndANote() throws Exception {
        mvc.perform(post("/disputes/{id}/evidence-request", ID).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("party", "SELLER").param("note", "Photos of the packing"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "arbitration.flash.evidenceRequested"));
        verify(arbitration).requestEvidence(ADA, ID, Party.SELLER, "Photos of the packing");

        String html = mvc.perform(post("/disputes/{id}/evidence-request", ID).with(user(users.loadUserByUsername("ada")))
                        .with(csrf()).param("party", "").param("note", ""))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"party-error\"", "id=\"note-error\"");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("ada")))
                        .param("resolution", "FULL_REFUND").param("responsibility", "SELLER").param("rationale", "x"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(arbitration);
    }

    @Test
    void aRefusedRoleGetsTheForbiddenPage() throws Exception {
        when(arbitration.decide(any(), eq(ID), any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.Forbidden("Only arbitrators decide"));

        String html = mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("sam"))).with(csrf())
                        .param("resolution", "FULL_REFUND").param("responsibility", "SELLER").param("rationale", "mine"))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"error-title\">Not for your role</h1>");
    }

    @Test
    void tasklistsLinkToATaskOpensItsCase() throws Exception {
        when(taskForms.disputeOfTask("task-1")).thenReturn(Optional.of(ID));

        mvc.perform(get("/forms/decision").param("taskId", "task-1").param("callbackUrl", "/camunda/app/tasklist/")
                        .with(user(users.loadUserByUsername("ada"))))
                .andExpect(redirectedUrl("/disputes/" + ID + "#task-form"));
        mvc.perform(get("/forms/decision").param("taskId", "gone").with(user(users.loadUserByUsername("ada"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTaskLinkDoesNotRevealTheCaseOfATaskToSomeoneWhoMayNotSeeIt() throws Exception {
        when(taskForms.disputeOfTask("task-1")).thenReturn(Optional.of(ID));
        when(disputes.get(any(), eq(ID))).thenThrow(new DisputeCenterException.NotFound("No dispute " + ID));

        mvc.perform(get("/forms/decision").param("taskId", "task-1").with(user(users.loadUserByUsername("sue"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCasePageTellsAnArbitratorWhoHoldsTheCaseWithTheButtonsOfTheTaskList() throws Exception {
        QueuePage.Row row = new QueuePage.Row(ID, "AE-1", com.disputecenter.dispute.Platform.ALIEXPRESS,
                com.disputecenter.dispute.Reason.NOT_RECEIVED_LOST, Money.of("59.90", "USD"), PageSlice.NOW.plusSeconds(3600),
                false, null, false, false, QueuePage.Status.TO_DECIDE, PageSlice.NOW);
        when(queue.work(any(), eq(ID))).thenReturn(Optional.of(row));
        // the case page as a form re-renders it (the GET is CasePageController's, outside this slice)
        String html = page("rationale=");
        assertThat(html).contains("id=\"holder-claim\"", "action=\"/arbitration/" + ID + "/claim\"",
                "name=\"returnTo\" value=\"/disputes/" + ID + "\"", "id=\"holder-handover\"", "name=\"_csrf\"");
        assertThat(html).doesNotContain("id=\"holder-unclaim\"");
        // on a phone the actions come last: a link leads down to them
        assertThat(html).contains("<a href=\"#case-actions\" id=\"jump-to-actions\">");

        when(queue.work(any(), eq(ID))).thenReturn(Optional.of(new QueuePage.Row(ID, "AE-1", row.platform(), row.reason(),
                row.amount(), row.slaDueAt(), false, "sen", false, false, QueuePage.Status.TO_DECIDE, row.openedAt())));
        html = page("rationale=");
        assertThat(html).contains("Claimed by sen.", "id=\"holder-unclaim\"").doesNotContain("id=\"holder-claim\"");
    }

    @Test
    void aDecisionOnACaseSomeoneElseHoldsIsRefusedInThePagesLanguage() throws Exception {
        doThrow(QueueRefusal.conflict("arbitration.refusal.heldByAnother",
                "The case is claimed by sen; ask them to hand it over", "sen"))
                .when(arbitration).decide(any(), eq(ID), any(), any(), any(), any());
        String html = mvc.perform(post("/disputes/{id}/decision", ID).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("dc-locale", "zh"))
                        .param("resolution", "FULL_REFUND").param("responsibility", "SELLER").param("rationale", "Broken"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("该纠纷已由 sen 认领；请让其转交给你。");
    }

    @Test
    void aTamperedResolutionIsAPlainMessageNotAJavaClassName() throws Exception {
        String html = page("resolution=EVERYTHING&responsibility=SELLER&rationale=x");
        assertThat(fieldError(html, "resolution")).isEqualTo("Choose one of the listed values.");
        assertThat(html).doesNotContain("com.disputecenter", "java.lang");
        verify(arbitration, never()).decide(any(), any(), any(), any(), any(), any());
    }
}
