package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.disputecenter.security.UserDirectory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class SellerWorklistIT extends ApiTest {

    @Autowired
    UserDirectory users;

    @Test
    void theSellersListPutsTheCaseWhoseTimeRunsOutFirstOnTopAndSettledCasesLast() throws Exception {
        String first = newOrder("AE");
        String second = newOrder("AE");
        String settled = newOrder("AE");
        open(openRequest(first, "ALIEXPRESS", "S-2002", "NOT_AS_DESCRIBED_DAMAGED"));
        open(openRequest(second, "ALIEXPRESS", "S-2002", "NOT_AS_DESCRIBED_DAMAGED"));
        String agreed = open(openRequest(settled, "ALIEXPRESS", "S-2002", "NOT_AS_DESCRIBED_DAMAGED")).text("/id");
        postJson("sue", "/api/disputes/" + agreed + "/proposals/" + openProposalOf("sue", agreed, "BUYER") + "/accept",
                Map.of()).expect(200);

        UserDetails sue = users.loadUserByUsername("sue");
        String page = mvc.perform(MockMvcRequestBuilders.get("/seller/disputes").with(user(sue)))
                .andReturn().getResponse().getContentAsString();

        // opened first, its response window ends first: above the newer case, whatever the opening order says
        assertThat(page.indexOf(first)).isPositive().isLessThan(page.indexOf(second));
        assertThat(page.indexOf(second)).isLessThan(page.indexOf(settled));
        assertThat(page).contains("近 30 天纠纷率"); // sue reads her pages in Chinese
    }
}
