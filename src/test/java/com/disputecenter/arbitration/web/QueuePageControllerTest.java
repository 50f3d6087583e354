package com.disputecenter.arbitration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.arbitration.ArbitrationQueue;
import com.disputecenter.arbitration.QueueFilter;
import com.disputecenter.arbitration.QueuePage;
import com.disputecenter.arbitration.QueueRefusal;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.security.WebSliceSecurity;
import com.disputecenter.web.PageSlice;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(QueuePageController.class)
@Import(PageSlice.class)
class QueuePageControllerTest {

    private static final UUID OVERDUE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID LATER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final Caller ADA = WebSliceSecurity.caller("ada");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @MockitoBean
    ArbitrationQueue queue;

    private static QueuePage.Row row(UUID id, String order, long hoursLeft, String assignee) {
        var due = PageSlice.NOW.plusSeconds(hoursLeft * 3600);
        return new QueuePage.Row(id, order, Platform.ALIEXPRESS, Reason.NOT_AS_DESCRIBED_DAMAGED, Money.of("120.00", "USD"),
                due, hoursLeft < 0, assignee, false, false, QueuePage.Status.TO_DECIDE, PageSlice.NOW.minusSeconds(86400));
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername("ada"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theListShowsTheMostUrgentFirstWithOverdueCasesInRed() throws Exception {
        when(queue.page(any(), any(), eq(0), eq(QueuePageController.PAGE_SIZE))).thenReturn(new QueuePage(
                List.of(row(OVERDUE, "AE-1", -3, null), row(LATER, "AE-2", 30, "ada")), 2, false, 0, 25));

        String html = html("/arbitration");

        assertThat(html).contains("2 cases, most urgent first", "overdue by 3 h 0 min", "1 d 6 h left");
        assertThat(html.indexOf("AE-1")).isLessThan(html.indexOf("AE-2"));
        assertThat(html).contains("id=\"task-" + OVERDUE + "\" class=\"overdue-row\"");
        assertThat(html).contains("id=\"claim-" + OVERDUE + "\"", "id=\"unclaim-" + LATER + "\"");
        assertThat(html).contains("href=\"/disputes/" + OVERDUE + "\"");
        for (String field : List.of("scope", "platform", "reason", "minAmount", "maxAmount", "currency")) {
            assertThat(html.split("id=\"" + field + "\"", -1)).as("controls with id %s", field).hasSize(2);
        }
    }

    @Test
    void theFiltersReachTheQueueAndStayInTheLinks() throws Exception {
        when(queue.page(any(), any(), eq(1), eq(25))).thenReturn(new QueuePage(
                List.of(row(OVERDUE, "AE-1", 5, null)), 10_000, true, 1, 25));

        String html = html("/arbitration?platform=EBAY&reason=NOT_RECEIVED_LOST&currency=usd&minAmount=10&maxAmount=200"
                + "&scope=UNASSIGNED&page=1");

        verify(queue).page(ADA, new QueueFilter(Platform.EBAY, Reason.NOT_RECEIVED_LOST, new BigDecimal("10"),
                new BigDecimal("200"), Currency.getInstance("USD"), QueueFilter.Scope.UNASSIGNED), 1, 25);
        assertThat(html).contains("More than 10,000 cases");
        assertThat(html).contains("id=\"queue-previous\"", "id=\"queue-next\"");
        assertThat(html).contains("page=2").contains("scope=UNASSIGNED");
        assertThat(html).contains("<option value=\"EBAY\" selected=\"selected\">eBay</option>");
    }

    @Test
    void aBadFilterIsExplainedNextToItsField() throws Exception {
        String html = html("/arbitration?minAmount=ten&currency=USD");
        assertThat(html).contains("id=\"minAmount-error\">‘ten’ is not a number.</p>");
        verifyNoInteractions(queue);

        html = html("/arbitration?minAmount=10");
        assertThat(html).doesNotContain("id=\"queue-table\"")
                .contains("id=\"currency-error\">An amount range needs its currency.</p>");
    }

    @Test
    void aTamperedChoiceIsAPlainMessageNotAJavaClassName() throws Exception {
        String html = html("/arbitration?platform=EBAY_MOTORS&scope=everyone");
        assertThat(html).contains("id=\"platform-error\">Choose one of the listed values.</p>",
                "id=\"scope-error\">Choose one of the listed values.</p>").doesNotContain("com.disputecenter", "java.lang");
        verifyNoInteractions(queue);
    }

    @Test
    void aBadFilterIsExplainedInChineseOnTheChinesePage() throws Exception {
        String html = mvc.perform(get("/arbitration?minAmount=10").with(user(users.loadUserByUsername("ada")))
                        .cookie(new Cookie("dc-locale", "zh")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"currency-error\">按金额筛选时请填写币种。</p>");
    }

    @Test
    void claimingRedirectsBackToTheSameListWithAFlash() throws Exception {
        mvc.perform(post("/arbitration/{id}/claim", OVERDUE).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("returnTo", "/arbitration?scope=MINE"))
                .andExpect(redirectedUrl("/arbitration?scope=MINE"))
                .andExpect(flash().attribute("flash", "arbitration.flash.claimed"));
        verify(queue).claim(ADA, OVERDUE);
    }

    @Test
    void aClaimSomeoneElseWonIsShownAboveTheList() throws Exception {
        when(queue.claim(any(), eq(OVERDUE))).thenThrow(new DisputeCenterException.Conflict("The case is already claimed by sen"));

        mvc.perform(post("/arbitration/{id}/claim", OVERDUE).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("returnTo", "https://evil.example/"))
                .andExpect(redirectedUrl("/arbitration"))
                .andExpect(flash().attribute("queueError", "The case is already claimed by sen"));
    }

    @Test
    void aClaimFromTheCasePageReturnsToThatCaseAndNowhereElse() throws Exception {
        String casePage = "/disputes/" + OVERDUE;
        mvc.perform(post("/arbitration/{id}/claim", OVERDUE).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("returnTo", casePage))
                .andExpect(redirectedUrl(casePage));
        for (String elsewhere : List.of("/disputes/x/../../logout", "/arbitration/\\evil.example", "/arbitration\t//evil",
                "/disputes/" + OVERDUE + "/evidence/" + OVERDUE)) {
            mvc.perform(post("/arbitration/{id}/claim", OVERDUE).with(user(users.loadUserByUsername("ada"))).with(csrf())
                            .param("returnTo", elsewhere))
                    .andExpect(redirectedUrl("/arbitration"));
        }
    }

    @Test
    void aRefusalIsShownInThePagesLanguage() throws Exception {
        when(queue.unclaim(any(), eq(OVERDUE))).thenThrow(
                QueueRefusal.conflict("arbitration.refusal.claimedBy", "The case is claimed by sen", "sen"));

        mvc.perform(post("/arbitration/{id}/unclaim", OVERDUE).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .cookie(new Cookie("dc-locale", "zh")))
                .andExpect(flash().attribute("queueError", "该纠纷已由 sen 认领。"));
        mvc.perform(post("/arbitration/{id}/unclaim", OVERDUE).with(user(users.loadUserByUsername("ada"))).with(csrf()))
                .andExpect(flash().attribute("queueError", "The case is claimed by sen."));
    }

    @Test
    void releaseAndHandOverGoToTheQueue() throws Exception {
        mvc.perform(post("/arbitration/{id}/unclaim", LATER).with(user(users.loadUserByUsername("ada"))).with(csrf()))
                .andExpect(flash().attribute("flash", "arbitration.flash.released"));
        verify(queue).unclaim(ADA, LATER);
        mvc.perform(post("/arbitration/{id}/handover", LATER).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("to", " sen "))
                .andExpect(flash().attribute("flash", "arbitration.flash.handedOver"));
        verify(queue).handOver(ADA, LATER, "sen");
    }

    @Test
    void onlyArbitratorsReachTheQueueAndEveryButtonNeedsItsCsrfToken() throws Exception {
        for (String name : List.of("bob", "sam", "ann", "market")) {
            mvc.perform(get("/arbitration").with(user(users.loadUserByUsername(name)))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/arbitration/{id}/claim", OVERDUE).with(user(users.loadUserByUsername("ada"))))
                .andExpect(status().isForbidden());
        verifyNoInteractions(queue);
    }

    @Test
    void aReturnToWithAUriTemplateIsRefusedBeforeTheClaimSoNothingIsDone() throws Exception {
        for (String returnTo : List.of("/arbitration?x={x}", "/arbitration/{id}", "/disputes/{id}", "{x}")) {
            String page = mvc.perform(post("/arbitration/{id}/claim", OVERDUE).with(user(users.loadUserByUsername("ada")))
                            .with(csrf()).param("returnTo", returnTo))
                    .andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(returnTo).contains("The page to return to is not a link of this site.");
        }
        mvc.perform(post("/arbitration/{id}/handover", OVERDUE).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("to", "sen").param("returnTo", "/arbitration?page={page}").cookie(new Cookie("dc-locale", "zh")))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(queue);
    }

    @Test
    void theListToReturnToIsTakenLiterallyNeverExpanded() throws Exception {
        mvc.perform(post("/arbitration/{id}/unclaim", OVERDUE).with(user(users.loadUserByUsername("ada"))).with(csrf())
                        .param("returnTo", "/arbitration?currency=%7Bx%7D&scope=MINE"))
                .andExpect(redirectedUrl("/arbitration?currency=%7Bx%7D&scope=MINE"));
        verify(queue).unclaim(ADA, OVERDUE);
    }

    @Test
    void anAbsurdAmountInTheFilterIsExplainedNextToItsField() throws Exception {
        String html = html("/arbitration?minAmount=1e2147483647&currency=USD");
        assertThat(html).contains("id=\"minAmount-error\">This amount is larger than any order.</p>");
        html = html("/arbitration?maxAmount=0.001&currency=USD");
        assertThat(html).contains("id=\"maxAmount-error\">This amount has more decimals than its currency allows.</p>");
        verifyNoInteractions(queue);
    }
}
