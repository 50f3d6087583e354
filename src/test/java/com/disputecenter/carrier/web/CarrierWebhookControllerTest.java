package com.disputecenter.carrier.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.carrier.CarrierEventService;
import com.disputecenter.carrier.CarrierEventService.Outcome;
import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Role;
import com.disputecenter.security.WebSliceSecurity;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CarrierWebhookController.class)
@Import({WebSliceSecurity.class, DhlWebhook.class, UpsWebhook.class, FedexWebhook.class, EmsWebhook.class})
@EnableConfigurationProperties(CarrierWebhookProperties.class)
@TestPropertySource(properties = {"dispute-center.carrier-webhooks.ups-credential=ups-cred",
        "dispute-center.carrier-webhooks.fedex-security-token=fedex-token",
        "dispute-center.carrier-webhooks.dhl-secret="})
class CarrierWebhookControllerTest {

    private static final Caller UPS = new Caller("carrier:ups", Set.of(Role.INTEGRATION), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CarrierEventService carrierEvents;

    @Test
    void aPushWithTheCarriersCredentialIsRecordedAsCanonicalScans() throws Exception {
        when(carrierEvents.record(any(), any())).thenAnswer(call ->
                new Outcome(call.<Scan>getArgument(1).eventId(), null, false, false));

        mvc.perform(post("/api/carriers/ups/webhook").header("credential", "ups-cred")
                        .contentType(MediaType.APPLICATION_JSON).content(Fixtures.text("ups-delivered.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.carrier").value("UPS"))
                .andExpect(jsonPath("$.recorded[0].eventId").value("UPS:1Z999AA10123456784:2026-11-23T02:41:00Z:D_KB"))
                .andExpect(jsonPath("$.unmapped").isEmpty());

        verify(carrierEvents).record(UPS, new Scan("UPS:1Z999AA10123456784:2026-11-23T02:41:00Z:D_KB", "UPS",
                "1Z999AA10123456784", CarrierStatus.DELIVERED, Instant.parse("2026-11-23T02:41:00Z"), "D/KB DELIVERED"));
    }

    @Test
    void aStatusWeDoNotTrackIsRecordedAndListedAsUnmapped() throws Exception {
        when(carrierEvents.record(any(), any())).thenReturn(new Outcome("x", null, false, false));
        String body = Fixtures.text("fedex-delivered.json");

        mvc.perform(post("/api/carriers/fedex/webhook").header("fdx-signature", Fixtures.fedexSignature("fedex-token", body))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded.length()").value(4))
                .andExpect(jsonPath("$.unmapped[0]").value(org.hamcrest.Matchers.containsString("OC Shipment information")));

        verify(carrierEvents, times(4)).record(any(), any());
    }

    @Test
    void everyScanOfAPushIsCheckedBeforeAnyIsRecordedAndAnImplausibleOneRefusesThePush() throws Exception {
        String body = Fixtures.text("fedex-delivered.json");
        doThrow(new DisputeCenterException.RuleViolation("1 of the 4 scans are implausible, nothing was recorded: …"))
                .when(carrierEvents).checkPush(any(), any());

        mvc.perform(post("/api/carriers/fedex/webhook").header("fdx-signature", Fixtures.fedexSignature("fedex-token", body))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("1 of the 4 scans are implausible")));

        verify(carrierEvents).checkPush(eq(new Caller("carrier:fedex", Set.of(Role.INTEGRATION), null)),
                org.mockito.ArgumentMatchers.<List<Scan>>argThat(scans -> scans.size() == 4));
        verify(carrierEvents, never()).record(any(), any());
    }

    /** DHL's secret is blank here: no signature can match it. */
    @Test
    void aWrongOrMissingSignatureIsUnauthorizedAndNothingIsRecorded() throws Exception {
        mvc.perform(post("/api/carriers/ups/webhook").header("credential", "guess")
                        .contentType(MediaType.APPLICATION_JSON).content(Fixtures.text("ups-delivered.json")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The UPS signature is missing or does not match"));
        String body = Fixtures.text("dhl-delivered.json");
        mvc.perform(post("/api/carriers/dhl/webhook").header("DHL-Signature", Fixtures.dhlSignature("whatever-was-guessed", body))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());

        verifyNoInteractions(carrierEvents);
    }

    @Test
    void aMalformedPushIsABadRequestAndNothingIsRecorded() throws Exception {
        mvc.perform(post("/api/carriers/ups/webhook").header("credential", "ups-cred")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"trackingNumber\": \"1Z1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("gmtActivityDate")));
        mvc.perform(post("/api/carriers/ups/webhook").header("credential", "ups-cred")
                        .contentType(MediaType.APPLICATION_JSON).content("[1, 2"))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(carrierEvents);
    }

    @Test
    void theMarketplaceRelaysWithItsLoginAndAPartyIsForbidden() throws Exception {
        when(carrierEvents.record(any(), any())).thenReturn(new Outcome("x", null, false, false));
        String body = Fixtures.text("ups-in-transit.json");

        mvc.perform(post("/api/carriers/ups/webhook").with(httpBasic("market", "market"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        mvc.perform(post("/api/carriers/ups/webhook").with(httpBasic("bob", "bob"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/carriers/pigeon/webhook").header("credential", "ups-cred")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());

        verify(carrierEvents, times(1)).record(any(), any());
    }
}
