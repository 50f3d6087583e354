package com.disputecenter.sellers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.Money;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeService.WorkItem;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.DisputeSummary;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.security.WebSliceSecurity;
import com.disputecenter.sellers.DisputeRateService;
import com.disputecenter.sellers.DisputeRateService.DisputeRate;
import com.disputecenter.web.PageSlice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SellerPagesController.class)
@Import(PageSlice.class)
class SellerPagesControllerTest {

    static final Instant NOW = PageSlice.NOW;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DisputeService disputes;

    @MockitoBean
    DisputeRateService rates;

    private static WorkItem item(String order, DisputeStatus status, String deadline, Instant due) {
        return new WorkItem(new DisputeSummary(UUID.randomUUID(), order, Platform.ALIEXPRESS, "bob", "S-1001",
                Reason.NOT_AS_DESCRIBED_DAMAGED, Money.of("59.90", "USD"), status, NOW.minus(Duration.ofDays(1))),
                deadline, due);
    }

    @Test
    void sellerSeesTimeLeftPerCaseInTheServicesOrderAndTheirThirtyDayDisputeRate() throws Exception {
        when(disputes.worklist(WebSliceSecurity.caller("sam"))).thenReturn(List.of(
                item("AE-SOON", DisputeStatus.AWAITING_SELLER_RESPONSE, "sellerResponseDue",
                        NOW.plus(Duration.ofHours(26)).plus(Duration.ofMinutes(5))),
                item("AE-LATER", DisputeStatus.NEGOTIATION, "negotiationDue", NOW.plus(Duration.ofDays(6))),
                item("AE-DONE", DisputeStatus.RESOLVED, null, null)));
        when(rates.rate(eq(WebSliceSecurity.caller("sam")), eq("S-1001"), eq(NOW.minus(Duration.ofDays(30))), eq(NOW)))
                .thenReturn(new DisputeRate("S-1001", NOW.minus(Duration.ofDays(30)), NOW, 400L, 6, 5, 1,
                        new BigDecimal("0.0125")));

        String page = mvc.perform(get("/seller/disputes").with(user(WebSliceSecurity.user("sam"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("1.25%").contains("5 disputes counted of 400 orders; 1 did not count");
        assertThat(page.indexOf("AE-SOON")).isLessThan(page.indexOf("AE-LATER"));
        assertThat(page.indexOf("AE-LATER")).isLessThan(page.indexOf("AE-DONE"));
        assertThat(page).contains("1 d 2 h left").contains("6 d 0 h left").contains("No deadline running");
        // only the case still waiting for the seller offers the response form
        assertThat(page.split("class=\"button respond\"", -1)).hasSize(2);
    }

    @Test
    void aBuyerIsRefusedTheSellersList() throws Exception {
        mvc.perform(get("/seller/disputes").with(user(WebSliceSecurity.user("bob"))))
                .andExpect(status().isForbidden());

        verifyNoInteractions(disputes, rates);
    }

    @Test
    void withoutLoginTheListSendsToTheLoginPage() throws Exception {
        mvc.perform(get("/seller/disputes")).andExpect(status().is3xxRedirection());

        verifyNoInteractions(disputes, rates);
    }
}
