package com.disputecenter.analytics.web;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.analytics.AnalyticsService;
import com.disputecenter.analytics.ArbitratorFigures;
import com.disputecenter.analytics.Dimension;
import com.disputecenter.analytics.DisputeFigures;
import com.disputecenter.analytics.DisputeFigures.Responsibilities;
import com.disputecenter.analytics.ListingFix;
import com.disputecenter.analytics.RootCauses;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.Reason;
import com.disputecenter.security.WebSliceSecurity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AnalyticsController.class)
@Import(WebSliceSecurity.class)
class AnalyticsControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static final DisputeFigures S1001 = new DisputeFigures("S-1001", 12, 10, 400L, new BigDecimal("0.0250"), 8, 6,
            new BigDecimal("0.7500"), new BigDecimal("30.5"), List.of(Money.of("120.00", "USD"), Money.of("9.50", "EUR")),
            1, 2, 1, 0, new Responsibilities(1, 0, 0, 0), 1);
    static final DisputeFigures HOSTILE = new DisputeFigures("=HYPERLINK(\"x\"),1", 1, 1, null, null, 0, 0, null, null,
            List.of(), 0, 0, 0, 0, new Responsibilities(0, 0, 0, 0), 0);

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
    AnalyticsService analytics;

    @Test
    void figuresBySellerCoverTheLast90DaysByDefault() throws Exception {
        when(analytics.figures(any(), any(), any(), any())).thenReturn(List.of(S1001));

        mvc.perform(get("/api/analytics/sellers").with(httpBasic("ann", "ann")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimension").value("sellers"))
                .andExpect(jsonPath("$.from").value("2026-09-01T12:00:00Z"))
                .andExpect(jsonPath("$.rows[0].key").value("S-1001"))
                .andExpect(jsonPath("$.rows[0].disputeRate").value(0.025))
                .andExpect(jsonPath("$.rows[0].negotiationShare").value(0.75))
                .andExpect(jsonPath("$.rows[0].refunds[0].value").value("120.00"))
                .andExpect(jsonPath("$.rows[0].refunds[1].currency").value("EUR"))
                .andExpect(jsonPath("$.rows[0].responsibility.seller").value(1))
                .andExpect(jsonPath("$.rows[0].slaBreaches").value(1));

        verify(analytics).figures(WebSliceSecurity.caller("ann"), Dimension.SELLERS, NOW.minus(Duration.ofDays(90)), NOW);
    }

    @Test
    void platformsAndReasonsTakeWholeUtcDays() throws Exception {
        mvc.perform(get("/api/analytics/reasons?from=2026-11-01&to=2026-11-30").with(httpBasic("sam", "sam")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/analytics/platforms?to=2026-10-15T06:00:00Z").with(httpBasic("sam", "sam")))
                .andExpect(status().isOk());

        verify(analytics).figures(WebSliceSecurity.caller("sam"), Dimension.REASONS,
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        verify(analytics).figures(WebSliceSecurity.caller("sam"), Dimension.PLATFORMS,
                Instant.parse("2026-07-17T06:00:00Z"), Instant.parse("2026-10-15T06:00:00Z"));
    }

    @Test
    void theCsvHasAHeaderAndOneLinePerGroupAndDefusesFormulas() throws Exception {
        when(analytics.figures(any(), any(), any(), any())).thenReturn(List.of(S1001, HOSTILE));

        mvc.perform(get("/api/analytics/sellers.csv").with(httpBasic("ann", "ann")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"dispute-sellers.csv\""))
                .andExpect(content().string(startsWith("seller,disputes,counted,orders,dispute_rate,resolved,"
                        + "resolved_in_negotiation,negotiation_share,avg_hours_to_resolution,refunds,timeouts,cancelled,"
                        + "arbitrated,arbitrated_no_refund,responsible_seller,responsible_buyer,responsible_logistics,"
                        + "responsible_platform,sla_breaches\r\n"
                        + "S-1001,12,10,400,0.0250,8,6,0.7500,30.5,\"120.00 USD; 9.50 EUR\",1,2,1,0,1,0,0,0,1\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\"),1\",1,1,,,0,0,,,,0,0,0,0,0,0,0,0,0\r\n")));
    }

    @Test
    void arbitratorsAndRootCausesHaveTheirOwnEndpoints() throws Exception {
        when(analytics.arbitrators(any(), any(), any())).thenReturn(List.of(new ArbitratorFigures("ada", 4, 1)));
        when(analytics.rootCauses(any(), any(), any(), any())).thenReturn(new RootCauses("S-1001", NOW, NOW, 3,
                List.of(new RootCauses.ReasonCount(Reason.NOT_AS_DESCRIBED_SIZE, 3, BigDecimal.ONE)),
                List.of(new RootCauses.ProductCount("P-1", "Dress", "apparel", 3, Reason.NOT_AS_DESCRIBED_SIZE)),
                List.of(new RootCauses.Recommendation(Reason.NOT_AS_DESCRIBED_SIZE, "P-1", "Dress", 3,
                        ListingFix.forReason(Reason.NOT_AS_DESCRIBED_SIZE)))));

        mvc.perform(get("/api/analytics/arbitrators").with(httpBasic("ann", "ann")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].arbitrator").value("ada"))
                .andExpect(jsonPath("$.rows[0].slaBreaches").value(1));
        mvc.perform(get("/api/analytics/arbitrators.csv").with(httpBasic("ann", "ann")))
                .andExpect(status().isOk())
                .andExpect(content().string("arbitrator,decisions,sla_breaches\r\nada,4,1\r\n"));
        mvc.perform(get("/api/analytics/sellers/S-1001/root-causes").with(httpBasic("sam", "sam")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topProducts[0].productTitle").value("Dress"))
                .andExpect(jsonPath("$.recommendations[0].fixes[0]").value("SIZE_CHART"))
                .andExpect(jsonPath("$.recommendations[0].fixes[1]").value("REAL_PHOTOS"));

        verify(analytics).rootCauses(WebSliceSecurity.caller("sam"), "S-1001", NOW.minus(Duration.ofDays(90)), NOW);
    }

    @Test
    void anUnknownGroupingIsNotFoundAndABadDateIsABadRequest() throws Exception {
        mvc.perform(get("/api/analytics/buyers").with(httpBasic("ann", "ann")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/analytics/sellers?from=last-week").with(httpBasic("ann", "ann")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").exists());

        verifyNoInteractions(analytics);
    }

    @Test
    void refusalsOfTheServiceKeepTheirStatusAndStrangersAreAskedToLogIn() throws Exception {
        when(analytics.figures(any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.Forbidden("Only analysts and sellers see dispute analytics"));

        mvc.perform(get("/api/analytics/sellers").with(httpBasic("bob", "bob")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/analytics/sellers")).andExpect(status().isUnauthorized());
    }
}
