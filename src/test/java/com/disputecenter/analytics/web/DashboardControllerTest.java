package com.disputecenter.analytics.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.analytics.AnalyticsService;
import com.disputecenter.analytics.ArbitratorFigures;
import com.disputecenter.analytics.Dimension;
import com.disputecenter.analytics.ListingFix;
import com.disputecenter.analytics.RootCauses;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.Reason;
import com.disputecenter.security.DisputeCenterUser;
import com.disputecenter.security.WebSliceSecurity;
import com.disputecenter.web.PageSlice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DashboardController.class)
@Import(PageSlice.class)
class DashboardControllerTest {

    private static final Instant NOW = PageSlice.NOW;
    private static final DisputeCenterUser ANN = new DisputeCenterUser("ann", "{noop}ann", Set.of(Role.ANALYST), null, "en");
    private static final DisputeCenterUser SAM = new DisputeCenterUser("sam", "{noop}sam", Set.of(Role.SELLER), "S-1001", "en");
    private static final DisputeCenterUser BOB = new DisputeCenterUser("bob", "{noop}bob", Set.of(Role.BUYER), null, "en");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AnalyticsService analytics;

    private static RootCauses dressRootCauses() {
        return new RootCauses("S-1001", NOW, NOW, 3,
                List.of(new RootCauses.ReasonCount(Reason.NOT_AS_DESCRIBED_SIZE, 3, BigDecimal.ONE)),
                List.of(new RootCauses.ProductCount("P-1", "Floral dress", "apparel", 3, Reason.NOT_AS_DESCRIBED_SIZE)),
                List.of(new RootCauses.Recommendation(Reason.NOT_AS_DESCRIBED_SIZE, "P-1", "Floral dress", 3,
                        ListingFix.forReason(Reason.NOT_AS_DESCRIBED_SIZE))));
    }

    @Test
    void anAnalystSeesEverySellersFiguresChartsArbitratorsAndTheTopSellersRootCauses() throws Exception {
        when(analytics.figures(any(), any(), any(), any())).thenReturn(List.of(AnalyticsControllerTest.S1001));
        when(analytics.arbitrators(any(), any(), any())).thenReturn(List.of(new ArbitratorFigures("ada", 4, 1)));
        when(analytics.rootCauses(any(), any(), any(), any())).thenReturn(dressRootCauses());

        mvc.perform(get("/analytics").with(user(ANN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<canvas id=\"chart-rate\"")))
                .andExpect(content().string(containsString("/webjars/chart.js/4.4.1/dist/chart.umd.js")))
                .andExpect(content().string(containsString("2.50%")))
                .andExpect(content().string(containsString("120.00 USD; 9.50 EUR")))
                .andExpect(content().string(containsString("6 / 8 (75%)")))
                .andExpect(content().string(containsString("href=\"/analytics/sellers.csv?from=2026-08-24&amp;to=2026-11-22\"")))
                .andExpect(content().string(containsString("<td>ada</td>")))
                .andExpect(content().string(containsString("Root causes of S-1001")))
                .andExpect(content().string(containsString("Floral dress (P-1)")))
                .andExpect(content().string(containsString("Add a size chart")));

        verify(analytics).rootCauses(eq(WebSliceSecurity.caller("ann")), eq("S-1001"), any(), any());
    }

    @Test
    void aSellerSeesItsOwnRootCausesAndNoArbitrators() throws Exception {
        when(analytics.figures(any(), any(), any(), any())).thenReturn(List.of(AnalyticsControllerTest.S1001));
        when(analytics.rootCauses(any(), any(), any(), any())).thenReturn(dressRootCauses());

        mvc.perform(get("/analytics").with(user(SAM)).param("seller", "S-2002"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dispute analytics of S-1001")))
                .andExpect(content().string(not(containsString("Arbitrators:"))));

        verify(analytics).rootCauses(eq(SAM.caller()), eq("S-1001"), any(), any());
        verify(analytics, never()).arbitrators(any(), any(), any());
    }

    @Test
    void aPeriodTheServiceRefusesIsShownNextToTheDates() throws Exception {
        when(analytics.figures(any(), any(), any(), any()))
                .thenThrow(new DisputeCenterException.InvalidInput("from", "from must be before to"));

        mvc.perform(get("/analytics").with(user(ANN)).param("from", "2026-12-01").param("to", "2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from must be before to")));
        mvc.perform(get("/analytics").with(user(ANN)).param("from", "someday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from must be an ISO date")));
    }

    @Test
    void theCsvDownloadUsesTheSameFigures() throws Exception {
        when(analytics.figures(any(), eq(Dimension.PLATFORMS), any(), any())).thenReturn(List.of(AnalyticsControllerTest.S1001));

        mvc.perform(get("/analytics/platforms.csv").with(user(ANN)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("platform,disputes,counted")));
    }

    @Test
    void aBuyerMayNotOpenTheDashboard() throws Exception {
        mvc.perform(get("/analytics").with(user(BOB))).andExpect(status().isForbidden());

        verifyNoInteractions(analytics);
    }
}
