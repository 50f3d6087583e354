package com.disputecenter.sellers.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.security.WebSliceSecurity;
import com.disputecenter.sellers.DisputeRateService;
import com.disputecenter.sellers.DisputeRateService.DisputeRate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DisputeRateController.class)
@Import(WebSliceSecurity.class)
class DisputeRateControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Caller SAM = WebSliceSecurity.caller("sam");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DisputeRateService rates;

    @Test
    void withoutAPeriodTheRateCoversTheLast30DaysUntilNow() throws Exception {
        when(rates.rate(any(), any(), any(), any())).thenReturn(new DisputeRate("S-1001", NOW.minus(Duration.ofDays(30)),
                NOW, null, 12, 10, 2, null));

        mvc.perform(get("/api/sellers/S-1001/dispute-rate").with(httpBasic("sam", "sam")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disputes").value(12))
                .andExpect(jsonPath("$.counted").value(10))
                .andExpect(jsonPath("$.excluded").value(2))
                .andExpect(jsonPath("$.orders").doesNotExist())
                .andExpect(jsonPath("$.rate").doesNotExist());

        verify(rates).rate(SAM, "S-1001", NOW.minus(Duration.ofDays(30)), NOW);
    }

    @Test
    void datesAreWholeUtcDaysAndToIncludesItsDay() throws Exception {
        when(rates.rate(any(), any(), any(), any())).thenReturn(new DisputeRate("S-2002",
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), 400L, 6, 6, 0,
                new BigDecimal("0.0150")));

        mvc.perform(get("/api/sellers/S-2002/dispute-rate?from=2026-11-01&to=2026-11-30").with(httpBasic("ann", "ann")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders").value(400))
                .andExpect(jsonPath("$.rate").value(0.015));

        verify(rates).rate(WebSliceSecurity.caller("ann"), "S-2002",
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void instantsAreTakenAsGivenAndFromDefaultsTo30DaysBeforeTo() throws Exception {
        mvc.perform(get("/api/sellers/S-1001/dispute-rate?to=2026-10-15T06:00:00Z").with(httpBasic("sam", "sam")))
                .andExpect(status().isOk());

        verify(rates).rate(SAM, "S-1001", Instant.parse("2026-09-15T06:00:00Z"), Instant.parse("2026-10-15T06:00:00Z"));
    }

    @Test
    void anUnreadableDateIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/sellers/S-1001/dispute-rate?from=yesterday").with(httpBasic("sam", "sam")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.from").exists());
        mvc.perform(get("/api/sellers/S-1001/dispute-rate?to=30.11.2026").with(httpBasic("sam", "sam")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").exists());

        verifyNoInteractions(rates);
    }

    @Test
    void refusalsOfTheServiceKeepTheirStatus() throws Exception {
        when(rates.rate(any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.Forbidden("Only the seller itself and analysts see a seller's dispute rate"))
                .thenThrow(new DisputeCenterException.InvalidInput("from", "from must be before to"));

        mvc.perform(get("/api/sellers/S-1001/dispute-rate").with(httpBasic("sue", "sue")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/sellers/S-1001/dispute-rate?from=2026-12-01&to=2026-11-01").with(httpBasic("sam", "sam")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").value("from must be before to"));
    }

    @Test
    void withoutCredentialsTheRateIsNotShown() throws Exception {
        mvc.perform(get("/api/sellers/S-1001/dispute-rate"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        verifyNoInteractions(rates);
    }
}
