package com.disputecenter.risk.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.Platform;
import com.disputecenter.risk.OrderRiskQuery;
import com.disputecenter.risk.RiskAssessment;
import com.disputecenter.risk.RiskAssessment.ProtectionExtension;
import com.disputecenter.risk.RiskAssessment.RiskReason;
import com.disputecenter.risk.RiskAssessmentService;
import com.disputecenter.risk.RiskLevel;
import com.disputecenter.security.WebSliceSecurity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RiskController.class)
@Import(WebSliceSecurity.class)
class RiskControllerTest {

    private static final String BRAZIL_ORDER = """
            {"orderId": "AE-500", "platform": "ALIEXPRESS", "buyerId": "bob", "sellerId": "S-1001",
             "destinationCountry": "BR", "logisticsChannel": "PLATFORM",
             "orderValue": {"value": "35.00", "currency": "USD"},
             "categoryDisputeRate": 2.5, "protectionEndsAt": "2026-12-01T00:00:00Z"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RiskAssessmentService risk;

    @Test
    void theOrderFactsReachTheServiceAndTheScoreComesBackWithItsReasons() throws Exception {
        Instant end = Instant.parse("2026-12-01T00:00:00Z");
        when(risk.assess(any(), any())).thenReturn(new RiskAssessment("AE-500", 45, RiskLevel.MEDIUM,
                List.of(new RiskReason(20, "Destination with structural delivery delays"),
                        new RiskReason(15, "Buyer protection ends within 5 days")),
                0, new ProtectionExtension(30, end, end.plusSeconds(30 * 86400))));

        mvc.perform(post("/api/orders/risk-assessment").with(httpBasic("sam", "sam"))
                        .contentType(MediaType.APPLICATION_JSON).content(BRAZIL_ORDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(45))
                .andExpect(jsonPath("$.level").value("MEDIUM"))
                .andExpect(jsonPath("$.reasons[0].points").value(20))
                .andExpect(jsonPath("$.reasons[1].reason").value("Buyer protection ends within 5 days"))
                .andExpect(jsonPath("$.protectionExtension.days").value(30))
                .andExpect(jsonPath("$.protectionExtension.suggestedEnd").value("2026-12-31T00:00:00Z"));

        verify(risk).assess(eq(WebSliceSecurity.caller("sam")), eq(new OrderRiskQuery("AE-500", Platform.ALIEXPRESS,
                "bob", "S-1001", "BR", LogisticsChannel.PLATFORM, Money.of("35.00", "USD"),
                new BigDecimal("2.5"), null, end)));
    }

    @Test
    void missingOrInvalidFactsAreABadRequestNamingEachField() throws Exception {
        mvc.perform(post("/api/orders/risk-assessment").with(httpBasic("market", "market"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"destinationCountry": "Brazil", "categoryDisputeRate": 140, "buyerDisputes": -1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.platform").exists())
                .andExpect(jsonPath("$.errors.orderValue").exists())
                .andExpect(jsonPath("$.errors.destinationCountry").exists())
                .andExpect(jsonPath("$.errors.categoryDisputeRate").exists())
                .andExpect(jsonPath("$.errors.buyerDisputes").exists());
        mvc.perform(post("/api/orders/risk-assessment").with(httpBasic("market", "market"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BRAZIL_ORDER.replace("\"ALIEXPRESS\"", "\"WISH\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        verifyNoInteractions(risk);
    }

    @Test
    void refusalsOfTheServiceKeepTheirStatus() throws Exception {
        when(risk.assess(any(), any()))
                .thenThrow(new DisputeCenterException.Forbidden("A seller assesses only the orders of its own account"))
                .thenThrow(new DisputeCenterException.InvalidInput("buyerId", "buyerId is required unless buyerDisputes is given"));

        mvc.perform(post("/api/orders/risk-assessment").with(httpBasic("sue", "sue"))
                        .contentType(MediaType.APPLICATION_JSON).content(BRAZIL_ORDER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/orders/risk-assessment").with(httpBasic("sam", "sam"))
                        .contentType(MediaType.APPLICATION_JSON).content(BRAZIL_ORDER.replace("\"bob\"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.buyerId").exists());
    }

    @Test
    void withoutCredentialsNothingIsAssessed() throws Exception {
        mvc.perform(post("/api/orders/risk-assessment").contentType(MediaType.APPLICATION_JSON).content(BRAZIL_ORDER))
                .andExpect(status().isUnauthorized());

        verifyNoInteractions(risk);
    }
}
