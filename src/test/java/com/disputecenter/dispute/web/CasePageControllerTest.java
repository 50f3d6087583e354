package com.disputecenter.dispute.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.carrier.CarrierEventService;
import com.disputecenter.carrier.CarrierStatus;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.Responsibility;
import com.disputecenter.dispute.SampleViews;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.common.Role;
import com.disputecenter.security.DisputeCenterUser;
import com.disputecenter.web.PageSlice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CasePageController.class)
@Import({PageSlice.class, CasePage.class})
class CasePageControllerTest {

    static final UUID ID = UUID.fromString("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @MockitoBean
    DisputeService disputes;

    @MockitoBean
    CarrierEventService carrierEvents;

    /** A case in arbitration with a deadline, evidence, a suggestion and a return parcel with one scan. */
    static DisputeView inArbitration() {
        DisputeView base = SampleViews.dispute(ID, DisputeStatus.ARBITRATION);
        return new DisputeView(base.id(), base.orderId(), base.platform(), base.buyerId(), base.sellerId(), base.reason(),
                base.amount(), base.description(), base.status(), base.stage(), base.openedAt(),
                Map.of("arbitrationDue", PageSlice.NOW.minusSeconds(3600)),
                List.of(SampleViews.proposal(UUID.randomUUID(), Party.BUYER,
                        com.disputecenter.dispute.ResolutionType.FULL_REFUND, Money.of("59.90", "USD"))),
                List.of(new DisputeView.EvidenceView(UUID.fromString("11111111-2222-3333-4444-555555555555"), Party.BUYER,
                        EvidenceKind.PRODUCT_PHOTO, "crack.png", "image/png", 2048, "ab", "Cracked screen", null,
                        base.openedAt()),
                        new DisputeView.EvidenceView(UUID.fromString("66666666-2222-3333-4444-555555555555"), Party.SELLER,
                                EvidenceKind.VIDEO, "packing.mp4", "video/mp4", 4096, "cd", null, null, base.openedAt())),
                new DisputeView.ReturnShipmentView("88 Jiangnan Ave", false, "DHL", "JD0001", "IN_TRANSIT", base.openedAt(),
                        null, null),
                Responsibility.LOGISTICS, "Crushed box on platform logistics", null, base.allowedActions(), true,
                List.of(new DisputeView.TimelineView(base.openedAt(), "bob", "OPENED", "Screen <b>cracked</b>")));
    }

    @Test
    void theCasePageShowsEverySectionTheCallerMaySee() throws Exception {
        when(disputes.get(any(), eq(ID))).thenReturn(inArbitration());
        when(carrierEvents.forDispute(any(), eq(ID))).thenReturn(List.of(new CarrierEventService.Scan("e1", "DHL",
                "JD0001", CarrierStatus.IN_TRANSIT, Instant.parse("2026-11-21T12:00:00Z"))));

        mvc.perform(get("/disputes/{id}", ID).with(user(users.loadUserByUsername("ada"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-title\">Case AE-100234</h1>")))
                .andExpect(content().string(containsString("$59.90")))
                // the SLA passed an hour ago: shown overdue, in red
                .andExpect(content().string(containsString("class=\"overdue\"")))
                .andExpect(content().string(containsString("overdue by 1 h 0 min")))
                .andExpect(content().string(containsString("Crushed box on platform logistics")))
                .andExpect(content().string(containsString(
                        "<img src=\"/disputes/" + ID + "/evidence/11111111-2222-3333-4444-555555555555/view\"")))
                .andExpect(content().string(containsString("<video controls preload=\"metadata\" src=\"/disputes/" + ID
                        + "/evidence/66666666-2222-3333-4444-555555555555/view\"")))
                .andExpect(content().string(containsString("JD0001")))
                .andExpect(content().string(containsString("id=\"carrier-events\"")))
                .andExpect(content().string(containsString("id=\"return-status\">In transit</dd>")))
                .andExpect(content().string(not(containsString("IN_TRANSIT"))))
                // the countdown keeps ticking in the browser from its due time
                .andExpect(content().string(containsString("data-due=\"2026-11-22T08:00:00Z\"")))
                // user text is escaped, never markup
                .andExpect(content().string(containsString("Screen &lt;b&gt;cracked&lt;/b&gt;")))
                .andExpect(content().string(containsString("id=\"party-actions\"")))
                .andExpect(content().string(containsString("id=\"no-actions\"")))
                // nothing to do, so no phone link down to the actions
                .andExpect(content().string(not(containsString("id=\"jump-to-actions\""))));
    }

    @Test
    void timesAndLabelsFollowTheUsersLanguageAndZone() throws Exception {
        when(disputes.get(any(), eq(ID))).thenReturn(inArbitration());
        when(carrierEvents.forDispute(any(), eq(ID))).thenReturn(List.of());

        // a Chinese-speaking seller (as the demo's sam and sue): Chinese, and the zone Asia/Shanghai
        var chineseSeller = new DisputeCenterUser("sam", "{noop}sam", Set.of(Role.SELLER), "S-1001", "zh");
        mvc.perform(get("/disputes/{id}", ID).with(user(chineseSeller)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("纠纷 AE-100234")))
                .andExpect(content().string(containsString("US$59.90")))
                .andExpect(content().string(containsString("2026年11月21日 下午5:00 Asia/Shanghai")))
                .andExpect(content().string(containsString("id=\"return-status\">运输中</dd>")))
                // the ticking script gets the texts of the page's language
                .andExpect(content().string(containsString("data-time-left=\"剩余 {0}\"")));
    }

    @Test
    void aCaseTheCallerMayNotSeeIsTheNotFoundPage() throws Exception {
        when(disputes.get(any(), eq(ID))).thenThrow(new DisputeCenterException.NotFound("No dispute " + ID));

        mvc.perform(get("/disputes/{id}", ID).with(user(users.loadUserByUsername("sue"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("id=\"error-title\">Not found</h1>")))
                .andExpect(content().string(not(containsString("AE-100234"))));
        mvc.perform(get("/disputes/not-a-uuid").with(user(users.loadUserByUsername("sue"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVisitorWhoIsNotLoggedInIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/disputes/{id}", ID))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }
}
