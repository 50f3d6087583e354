package com.disputecenter.returns.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.SampleViews;
import com.disputecenter.returns.ReturnCondition;
import com.disputecenter.returns.ReturnService;
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

@WebMvcTest(ReturnController.class)
@Import(WebSliceSecurity.class)
class ReturnControllerTest {

    private static final UUID ID = UUID.fromString("5c3e2a10-7f6b-4d7e-b1c2-9a8b7c6d5e4f");
    private static final Caller BOB = WebSliceSecurity.caller("bob");
    private static final Caller SAM = WebSliceSecurity.caller("sam");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReturnService returns;

    private static MockHttpServletRequestBuilder json(String step, String user, String body) {
        return post("/api/disputes/{id}/return/" + step, ID).with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aReturnAddressIsPassedOnAsAnAddressWithoutALabel() throws Exception {
        when(returns.giveAddress(any(), any(), any(), any(), any()))
                .thenReturn(SampleViews.dispute(ID, DisputeStatus.RETURN_IN_PROGRESS));

        mvc.perform(json("address", "sam", "{\"address\": \"88 Jiangnan Ave, Hangzhou\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURN_IN_PROGRESS"));

        verify(returns).giveAddress(eq(SAM), eq(ID), eq("88 Jiangnan Ave, Hangzhou"), isNull(), isNull());
    }

    @Test
    void aPrepaidLabelPassesCarrierAndTrackingNumberInTheirPlaces() throws Exception {
        when(returns.giveAddress(any(), any(), any(), any(), any()))
                .thenReturn(SampleViews.dispute(ID, DisputeStatus.RETURN_IN_PROGRESS));

        mvc.perform(json("address", "sam", "{\"carrier\": \"UPS\", \"returnTrackingNumber\": \"1Z999\"}"))
                .andExpect(status().isOk());

        verify(returns).giveAddress(eq(SAM), eq(ID), isNull(), eq("UPS"), eq("1Z999"));
    }

    @Test
    void refusalByARulebookIsUnprocessable() throws Exception {
        when(returns.giveAddress(any(), any(), any(), any(), any())).thenThrow(new DisputeCenterException.RuleViolation(
                "The AMAZON rulebook requires the seller to give a prepaid return label"));

        mvc.perform(json("address", "sam", "{\"address\": \"1 Main St\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The AMAZON rulebook requires the seller to give a prepaid return label"));
    }

    @Test
    void theBuyersShipmentIsPassedOnAndOneWithoutTrackingNumberIsABadRequest() throws Exception {
        when(returns.ship(any(), any(), any(), any())).thenReturn(SampleViews.dispute(ID, DisputeStatus.RETURN_IN_PROGRESS));

        mvc.perform(json("shipment", "bob", "{\"carrier\": \"CAINIAO\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.trackingNumber").exists());
        mvc.perform(json("shipment", "bob", "{\"carrier\": \"CAINIAO\", \"trackingNumber\": \"LP00012345\"}"))
                .andExpect(status().isOk());

        verify(returns).ship(BOB, ID, "CAINIAO", "LP00012345");
    }

    @Test
    void aReceiptWithoutBodyLeavesTheConditionToTheServiceAndAGivenOneIsPassedOn() throws Exception {
        when(returns.confirmReceipt(any(), any(), any(), any())).thenReturn(SampleViews.dispute(ID, DisputeStatus.RESOLVED));

        mvc.perform(post("/api/disputes/{id}/return/receipt", ID).with(httpBasic("sam", "sam")))
                .andExpect(status().isOk());
        mvc.perform(json("receipt", "sam", "{\"condition\": \"DAMAGED\", \"note\": \"Box arrived crushed\"}"))
                .andExpect(status().isOk());

        verify(returns).confirmReceipt(eq(SAM), eq(ID), isNull(), isNull());
        verify(returns).confirmReceipt(SAM, ID, ReturnCondition.DAMAGED, "Box arrived crushed");
    }

    @Test
    void anUnknownConditionIsABadRequest() throws Exception {
        mvc.perform(json("receipt", "sam", "{\"condition\": \"BROKEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("'BROKEN' is not a valid value for condition"));

        verifyNoInteractions(returns);
    }

    @Test
    void theWrongPartyIsForbiddenAndTheWrongMomentAConflict() throws Exception {
        when(returns.ship(any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.Forbidden("Your role may not ship the return in this case"));
        when(returns.confirmReceipt(any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.Conflict("No return is on its way"));

        mvc.perform(json("shipment", "sam", "{\"carrier\": \"EMS\", \"trackingNumber\": \"EE1\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json("receipt", "sam", "{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("No return is on its way"));
    }

    @Test
    void withoutCredentialsNothingReachesTheService() throws Exception {
        mvc.perform(post("/api/disputes/{id}/return/receipt", ID))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        verifyNoInteractions(returns);
    }
}
