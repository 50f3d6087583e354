package com.disputecenter.carrier.web;

import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
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
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.security.WebSliceSecurity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(CarrierEventController.class)
@Import(WebSliceSecurity.class)
class CarrierEventControllerTest {

    private static final String SCAN = """
            {"eventId": "EV-1", "carrier": "CAINIAO", "trackingNumber": "LP00012345", "status": "DELIVERED",
             "occurredAt": "2026-11-25T08:30:00Z"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CarrierEventService carrierEvents;

    private static MockHttpServletRequestBuilder scan(String user, String body) {
        return post("/api/carrier-events").with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aScanIsHandedToTheServiceAndItsOutcomeAnswered200() throws Exception {
        UUID disputeId = UUID.randomUUID();
        when(carrierEvents.record(any(), any())).thenReturn(new Outcome("EV-1", disputeId, true, false));

        mvc.perform(scan("market", SCAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventId").value("EV-1"))
                .andExpect(jsonPath("$.disputeId").value(disputeId.toString()))
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.duplicate").value(false));

        verify(carrierEvents).record(WebSliceSecurity.caller("market"), new Scan("EV-1", "CAINIAO",
                "LP00012345", CarrierStatus.DELIVERED, Instant.parse("2026-11-25T08:30:00Z")));
    }

    @Test
    void aScanWithoutOccurredAtIsABadRequestNamingIt() throws Exception {
        mvc.perform(scan("market", SCAN.replace(",\n \"occurredAt\": \"2026-11-25T08:30:00Z\"", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.occurredAt").exists());

        verifyNoInteractions(carrierEvents);
    }

    @Test
    void anUnknownStatusOrAnUnreadableTimeIsABadRequest() throws Exception {
        mvc.perform(scan("market", SCAN.replace("DELIVERED", "TELEPORTED")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'TELEPORTED' is not a valid value for status"));
        mvc.perform(scan("market", SCAN.replace("2026-11-25T08:30:00Z", "yesterday")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        verifyNoInteractions(carrierEvents);
    }

    @Test
    void blankIdentifiersAreNamedInTheErrors() throws Exception {
        mvc.perform(scan("market", SCAN.replace("\"EV-1\"", "\"\"").replace("\"LP00012345\"", "\" \"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.eventId").exists())
                .andExpect(jsonPath("$.errors.trackingNumber").exists());

        verifyNoInteractions(carrierEvents);
    }

    @Test
    void aCallerOtherThanTheMarketplaceIsForbiddenByTheService() throws Exception {
        when(carrierEvents.record(any(), any())).thenThrow(
                new DisputeCenterException.Forbidden("Only the marketplace integration posts carrier events"));

        mvc.perform(scan("bob", SCAN))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Only the marketplace integration posts carrier events"));
    }

    @Test
    void withoutValidCredentialsTheScanIsUnauthorized() throws Exception {
        mvc.perform(post("/api/carrier-events").contentType(MediaType.APPLICATION_JSON).content(SCAN))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/carrier-events").with(httpBasic("market", "guess"))
                        .contentType(MediaType.APPLICATION_JSON).content(SCAN))
                .andExpect(status().isUnauthorized());

        verifyNoInteractions(carrierEvents);
    }

    @Test
    void aScanTimeOutOfRangeIsABadRequestNotAConflict() throws Exception {
        for (String at : List.of("+99999-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z")) {
            mvc.perform(scan("market", SCAN.replace("2026-11-25T08:30:00Z", at)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(endsWith(
                            "is not a time for occurredAt: times must lie between 1970-01-01 and 9999-12-31 (UTC)")));
        }
        mvc.perform(scan("market", SCAN.replace("2026-11-25T08:30:00Z", "+1000000000-01-01T00:00:00Z")))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(carrierEvents);
    }

    @Test
    void anEventIdOrTrackingNumberOutsideTheIdentifierRulesIsABadRequest() throws Exception {
        for (String eventId : List.of("EV 1", "EV-1\\u200B", "EV/1", "E".repeat(65))) {
            mvc.perform(scan("market", SCAN.replace("\"EV-1\"", "\"" + eventId + "\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.eventId").value("must have 1 to 64 of letters, digits and . _ : -"));
        }
        mvc.perform(scan("market", SCAN.replace("LP00012345", "LP\\u00A000012345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.trackingNumber").exists());

        verifyNoInteractions(carrierEvents);
    }
}
