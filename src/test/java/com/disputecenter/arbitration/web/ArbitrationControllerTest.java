package com.disputecenter.arbitration.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.Responsibility;
import com.disputecenter.dispute.SampleViews;
import com.disputecenter.security.WebSliceSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(ArbitrationController.class)
@Import(WebSliceSecurity.class)
class ArbitrationControllerTest {

    private static final UUID ID = UUID.fromString("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4");
    private static final Caller ADA = WebSliceSecurity.caller("ada");
    private static final Caller BOB = WebSliceSecurity.caller("bob");
    private static final Caller SAM = WebSliceSecurity.caller("sam");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArbitrationService arbitration;

    private static MockHttpServletRequestBuilder json(String path, String user, String body) {
        return post("/api/disputes/{id}/" + path, ID).with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aDecisionPassesEveryFieldToTheServiceAndAnswers200() throws Exception {
        when(arbitration.decide(any(), any(), any(), any(), any(), any()))
                .thenReturn(SampleViews.dispute(ID, DisputeStatus.RESOLVED));

        mvc.perform(json("arbitration/decision", "ada", """
                        {"resolution": "PARTIAL_REFUND", "amount": {"value": "30.00", "currency": "USD"},
                         "responsibility": "SELLER", "rationale": "Defect shown; item still usable"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));

        verify(arbitration).decide(ADA, ID, ResolutionType.PARTIAL_REFUND, Money.of("30.00", "USD"),
                Responsibility.SELLER, "Defect shown; item still usable");
    }

    @Test
    void aDecisionWithoutRationaleOrWithAnUnknownResponsibilityIsABadRequest() throws Exception {
        mvc.perform(json("arbitration/decision", "ada", "{\"resolution\": \"FULL_REFUND\", \"responsibility\": \"SELLER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.rationale").exists());
        mvc.perform(json("arbitration/decision", "ada",
                        "{\"resolution\": \"FULL_REFUND\", \"responsibility\": \"WEATHER\", \"rationale\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'WEATHER' is not a valid value for responsibility"));
        mvc.perform(json("arbitration/decision", "ada", "{\"resolution\": \"PARTIAL_REFUND\","
                        + " \"amount\": {\"value\": \"30.00\", \"currency\": \"XYZ\"}, \"responsibility\": \"SELLER\","
                        + " \"rationale\": \"x\"}"))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(arbitration);
    }

    @Test
    void anEvidenceRequestNeedsAPartyAndANote() throws Exception {
        when(arbitration.requestEvidence(any(), any(), any(), any()))
                .thenReturn(SampleViews.dispute(ID, DisputeStatus.ARBITRATION));

        mvc.perform(json("arbitration/evidence-request", "ada", "{\"party\": \"SELLER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.note").exists());
        mvc.perform(json("arbitration/evidence-request", "ada", "{\"note\": \"Photo of the box\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.party").exists());
        mvc.perform(json("arbitration/evidence-request", "ada", "{\"party\": \"SELLER\", \"note\": \"Photo of the box\"}"))
                .andExpect(status().isOk());

        verify(arbitration).requestEvidence(ADA, ID, Party.SELLER, "Photo of the box");
    }

    @Test
    void aWithdrawalWithoutBodyHasNoNote() throws Exception {
        when(arbitration.withdraw(any(), any(), any())).thenReturn(SampleViews.dispute(ID, DisputeStatus.RESOLVED));

        mvc.perform(post("/api/disputes/{id}/arbitration/withdraw", ID).with(httpBasic("sam", "sam")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));

        verify(arbitration).withdraw(eq(SAM), eq(ID), isNull());
    }

    @Test
    void refusalByARulebookIsUnprocessable() throws Exception {
        when(arbitration.withdraw(any(), any(), any())).thenThrow(new DisputeCenterException.RuleViolation(
                "The AMAZON rulebook does not let a seller withdraw an arbitration"));

        mvc.perform(json("arbitration/withdraw", "sam", "{\"note\": \"It arrived\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The AMAZON rulebook does not let a seller withdraw an arbitration"));

        verify(arbitration).withdraw(SAM, ID, "It arrived");
    }

    @Test
    void anAppealNeedsANoteAndIsPassedOnWithIt() throws Exception {
        when(arbitration.appeal(any(), any(), any())).thenReturn(SampleViews.dispute(ID, DisputeStatus.ARBITRATION));

        mvc.perform(json("appeal", "bob", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.note").exists());
        mvc.perform(json("appeal", "bob", "{\"note\": \"  \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json("appeal", "bob", "{\"note\": \"The video shows it never worked\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARBITRATION"));

        verify(arbitration).appeal(BOB, ID, "The video shows it never worked");
    }

    @Test
    void refusalsOfTheServiceKeepTheirStatus() throws Exception {
        when(arbitration.decide(any(), any(), any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.Forbidden("Your role may not decide disputes in this case"));
        when(arbitration.appeal(any(), any(), any()))
                .thenThrow(new DisputeCenterException.Conflict("Only an arbitration decision can be appealed, once"));

        mvc.perform(json("arbitration/decision", "bob",
                        "{\"resolution\": \"FULL_REFUND\", \"responsibility\": \"SELLER\", \"rationale\": \"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json("appeal", "sam", "{\"note\": \"again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Only an arbitration decision can be appealed, once"));
    }

    @Test
    void withoutCredentialsNothingReachesTheService() throws Exception {
        mvc.perform(post("/api/disputes/{id}/arbitration/decision", ID).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resolution\": \"FULL_REFUND\", \"responsibility\": \"SELLER\", \"rationale\": \"x\"}"))
                .andExpect(status().isUnauthorized());

        verifyNoInteractions(arbitration);
    }
}
