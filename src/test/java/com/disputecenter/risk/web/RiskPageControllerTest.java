package com.disputecenter.risk.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.Role;
import com.disputecenter.risk.RiskAssessment;
import com.disputecenter.risk.RiskAssessment.ProtectionExtension;
import com.disputecenter.risk.RiskAssessment.RiskReason;
import com.disputecenter.risk.RiskAssessmentService;
import com.disputecenter.risk.RiskLevel;
import com.disputecenter.security.DisputeCenterUser;
import com.disputecenter.security.WebSliceSecurity;
import com.disputecenter.web.PageSlice;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RiskPageController.class)
@Import(PageSlice.class)
class RiskPageControllerTest {

    private static final DisputeCenterUser SAM = new DisputeCenterUser("sam", "{noop}sam", Set.of(Role.SELLER),
            "S-1001", "en");
    private static final DisputeCenterUser BOB = new DisputeCenterUser("bob", "{noop}bob", Set.of(Role.BUYER), null, "en");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RiskAssessmentService risk;

    @Test
    void aSellerSeesTheEmptyFormLinkedFromTheNavigation() throws Exception {
        mvc.perform(get("/sellers/risk").with(user(SAM)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check an order&#39;s risk")))
                .andExpect(content().string(containsString("href=\"/sellers/risk\"")))
                .andExpect(content().string(containsString("name=\"destinationCountry\"")))
                .andExpect(content().string(not(containsString("Risk score"))));

        verifyNoInteractions(risk);
    }

    @Test
    void theResultShowsScoreReasonsAndTheSuggestedExtensionForTheSellersOwnAccount() throws Exception {
        Instant end = Instant.parse("2026-11-28T00:00:00Z");
        when(risk.assess(any(), any())).thenReturn(new RiskAssessment("AE-9", 35, RiskLevel.MEDIUM,
                List.of(new RiskReason(20, "Destination with <structural> delays"),
                        new RiskReason(15, "Buyer protection ends within 5 days")),
                0, new ProtectionExtension(30, end, end.plusSeconds(30 * 86400))));

        mvc.perform(get("/sellers/risk/check").with(user(SAM)).param("orderId", "AE-9").param("platform", "ALIEXPRESS")
                        .param("buyerId", "bob").param("destinationCountry", "br").param("orderValue", "35")
                        .param("currency", "USD").param("protectionEnds", "2026-11-27"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Risk score 35 of 100: medium")))
                .andExpect(content().string(containsString("+20")))
                .andExpect(content().string(containsString("Destination with &lt;structural&gt; delays")))
                .andExpect(content().string(containsString(
                        "extend the buyer protection by 30 days, from 2026-11-28 00:00 to 2026-12-28 00:00 UTC")));

        verify(risk).assess(eq(WebSliceSecurity.caller("sam")), argThat(q -> "S-1001".equals(q.sellerId())
                && "BR".equals(q.destinationCountry()) && end.equals(q.protectionEndsAt())));
    }

    @Test
    void anInvalidFieldIsShownNextToItAndNothingIsAssessed() throws Exception {
        mvc.perform(get("/sellers/risk/check").with(user(SAM)).param("platform", "ALIEXPRESS")
                        .param("orderValue", "lots").param("destinationCountry", "Brazil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(not(containsString("Risk score"))));

        verifyNoInteractions(risk);
    }

    @Test
    void aBuyerMayNotOpenThePage() throws Exception {
        mvc.perform(get("/sellers/risk").with(user(BOB))).andExpect(status().isForbidden());

        verifyNoInteractions(risk);
    }

    @Test
    void aProtectionEndBeyondTheYear9999OrAnOrderIdWithALookAlikeIsShownNextToItsField() throws Exception {
        mvc.perform(get("/sellers/risk/check").with(user(SAM)).param("platform", "ALIEXPRESS").param("orderValue", "35")
                        .param("protectionEnds", "+999999999-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a date between 1970 and 9999.")));
        mvc.perform(get("/sellers/risk/check").with(user(SAM)).param("platform", "ALIEXPRESS").param("orderValue", "35")
                        .param("orderId", "AE\u00A0100234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("orderId-error")));

        verifyNoInteractions(risk);
    }
}
