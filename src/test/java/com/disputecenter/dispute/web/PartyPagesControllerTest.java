package com.disputecenter.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.SampleViews;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.EvidenceService;
import com.disputecenter.evidence.Upload;
import com.disputecenter.returns.ReturnCondition;
import com.disputecenter.returns.ReturnService;
import com.disputecenter.rules.Rulebook;
import com.disputecenter.rules.Rulebooks;
import com.disputecenter.security.WebSliceSecurity;
import com.disputecenter.web.PageSlice;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PartyPagesController.class)
@Import(PageSlice.class)
class PartyPagesControllerTest {

    private static final UUID ID = UUID.fromString("7d4f1f0e-3b8c-4c1e-9a55-2f3f4b6a1c01");
    private static final UUID REQUEST = UUID.fromString("0b1e1f0e-3b8c-4c1e-9a55-2f3f4b6a1c02");
    private static final Caller SAM = WebSliceSecurity.caller("sam");
    private static final Caller SUE = WebSliceSecurity.caller("sue");
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DisputeService disputes;

    @MockitoBean
    EvidenceService evidence;

    @MockitoBean
    ReturnService returns;

    @MockitoBean
    ArbitrationService arbitration;

    @MockitoBean
    Rulebooks rulebooks;

    @BeforeEach
    void rulebooks() {
        Rulebook rulebook = Mockito.mock(Rulebook.class);
        when(rulebook.maxFileBytes()).thenReturn(10L * 1024 * 1024);
        when(rulebooks.current(any())).thenReturn(rulebook);
    }

    /** The sample case awaiting sam's response to bob's request for a full refund. */
    private static DisputeView awaitingSam() {
        DisputeView v = SampleViews.dispute(ID, DisputeStatus.AWAITING_SELLER_RESPONSE);
        return new DisputeView(v.id(), v.orderId(), v.platform(), v.buyerId(), v.sellerId(), v.reason(), v.amount(),
                v.description(), v.status(), v.stage(), v.openedAt(), v.deadlines(),
                List.of(SampleViews.proposal(REQUEST, Party.BUYER, ResolutionType.FULL_REFUND, Money.of("59.90", "USD"))),
                v.evidence(), v.returnShipment(), null, null, null,
                EnumSet.of(Action.PROPOSE, Action.ACCEPT_PROPOSAL, Action.REJECT_PROPOSAL, Action.ADD_EVIDENCE),
                true, List.of());
    }

    @Test
    void theResponsePageOffersToAcceptTheBuyersRequestOrToCounterWithEvidence() throws Exception {
        when(disputes.get(SAM, ID)).thenReturn(awaitingSam());

        String page = mvc.perform(get("/disputes/{id}/respond", ID).with(user(WebSliceSecurity.user("sam"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);

        assertThat(html.select("form[action=/disputes/" + ID + "/proposals/" + REQUEST + "/accept] input[name=_csrf]"))
                .hasSize(1);
        assertThat(html.select("#respond-form input[type=file]")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(html.select("#respond-form .dropzone[tabindex=0]")).hasSize(1);
        assertThat(html.select("label[for=amount]").text()).isEqualTo("Amount (USD)");
    }

    @Test
    void aSellerOpeningAnotherSellersCaseGetsNotFound() throws Exception {
        when(disputes.get(SUE, ID)).thenThrow(new DisputeCenterException.NotFound("No dispute " + ID));
        when(disputes.accept(SUE, ID, REQUEST)).thenThrow(new DisputeCenterException.NotFound("No dispute " + ID));

        mvc.perform(get("/disputes/{id}/respond", ID).with(user(WebSliceSecurity.user("sue"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/disputes/{id}/proposals/{p}/accept", ID, REQUEST).with(user(WebSliceSecurity.user("sue")))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCounterOfferGoesToTheServiceWithItsFilesInTheCasesCurrency() throws Exception {
        when(disputes.get(SAM, ID)).thenReturn(awaitingSam());

        mvc.perform(multipart("/disputes/{id}/respond", ID)
                        .file(new MockMultipartFile("evidence[0].file", "box.png", "image/png", PNG))
                        .param("evidence[0].kind", "OUTER_PACKAGING_PHOTO").param("evidence[0].packagingDamaged", "true")
                        .param("type", "PARTIAL_REFUND").param("amount", "20.00").param("note", "For the scratch")
                        .with(user(WebSliceSecurity.user("sam"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/disputes/" + ID))
                .andExpect(flash().attribute("flash", "parties.flash.proposed"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Upload>> files = ArgumentCaptor.forClass(List.class);
        verify(disputes).propose(eq(SAM), eq(ID), eq(ResolutionType.PARTIAL_REFUND), eq(Money.of("20.00", "USD")),
                eq("For the scratch"), files.capture());
        assertThat(files.getValue()).singleElement().satisfies(upload -> {
            assertThat(upload.kind()).isEqualTo(EvidenceKind.OUTER_PACKAGING_PHOTO);
            assertThat(upload.packagingDamaged()).isTrue();
        });
    }

    @Test
    void aCounterOfferWithARefusedFileShowsTheReasonBesideTheEvidenceField() throws Exception {
        when(disputes.get(SAM, ID)).thenReturn(awaitingSam());
        when(disputes.propose(any(), any(), any(), any(), any(), anyList())).thenThrow(
                new DisputeCenterException.TooLarge("huge.png is 12582912 bytes; a file may have at most 10485760"));

        String page = mvc.perform(multipart("/disputes/{id}/respond", ID)
                        .file(new MockMultipartFile("evidence[0].file", "huge.png", "image/png", PNG))
                        .param("type", "NO_REFUND").with(user(WebSliceSecurity.user("sam"))).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);

        assertThat(html.select("fieldset.evidence.has-error #evidence-error").text())
                .startsWith("Too large: huge.png is 12582912 bytes");
        assertThat(html.select("#type option[selected]").val()).isEqualTo("NO_REFUND");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedBeforeAnyUseCase() throws Exception {
        mvc.perform(post("/disputes/{id}/escalate", ID).with(user(WebSliceSecurity.user("bob"))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/disputes/{id}/respond", ID).param("type", "NO_REFUND")
                        .with(user(WebSliceSecurity.user("sam"))))
                .andExpect(status().isForbidden());

        verifyNoInteractions(disputes, returns, arbitration, evidence);
    }

    @Test
    void aRefusedActionReturnsToTheCaseWithTheRefusalForItsForm() throws Exception {
        when(disputes.escalate(WebSliceSecurity.caller("bob"), ID, null)).thenThrow(new DisputeCenterException.RuleViolation(
                "On EBAY a party may ask the platform to step in only P3D after opening"));

        mvc.perform(post("/disputes/{id}/escalate", ID).param("note", " ").with(user(WebSliceSecurity.user("bob")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/disputes/" + ID))
                .andExpect(flash().attribute("partyRefusal", new Refusal("escalate", null, "parties.refusal.rule",
                        "On EBAY a party may ask the platform to step in only P3D after opening")));
    }

    @Test
    void aReturnShipmentWithoutTrackingNumberIsRefusedBesideThatField() throws Exception {
        mvc.perform(post("/disputes/{id}/return/shipment", ID).param("carrier", "DHL").param("trackingNumber", "")
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(redirectedUrl("/disputes/" + ID))
                .andExpect(flash().attribute("partyRefusal", new Refusal("returnShipment", "trackingNumber",
                        "parties.refusal.invalid", "trackingNumber is required")));

        verifyNoInteractions(returns);
    }

    @Test
    void aDamagedReturnIsReportedAndSaidToGoToAnArbitrator() throws Exception {
        mvc.perform(post("/disputes/{id}/return/receipt", ID).param("condition", "DAMAGED").param("note", "Dented")
                        .with(user(WebSliceSecurity.user("sam"))).with(csrf()))
                .andExpect(redirectedUrl("/disputes/" + ID))
                .andExpect(flash().attribute("flash", "parties.flash.returnDisputed"));

        verify(returns).confirmReceipt(SAM, ID, ReturnCondition.DAMAGED, "Dented");
    }

    @Test
    void aPrepaidLabelReachesTheServiceAsCarrierAndTrackingNumber() throws Exception {
        mvc.perform(post("/disputes/{id}/return/address", ID).param("address", "").param("carrier", "UPS")
                        .param("trackingNumber", "1Z999").with(user(WebSliceSecurity.user("sam"))).with(csrf()))
                .andExpect(flash().attribute("flash", "parties.flash.returnAddressGiven"));

        verify(returns).giveAddress(eq(SAM), eq(ID), isNull(), eq("UPS"), eq("1Z999"));
    }

    @Test
    void aWithdrawalGoesToTheArbitrationService() throws Exception {
        mvc.perform(post("/disputes/{id}/arbitration/withdraw", ID).with(user(WebSliceSecurity.user("sam"))).with(csrf()))
                .andExpect(flash().attribute("flash", "parties.flash.withdrawn"));

        verify(arbitration).withdraw(SAM, ID, null);
    }

    @Test
    void aNulInANoteIsA400PageAndReachesNoUseCase() throws Exception {
        mvc.perform(post("/disputes/{id}/escalate", ID).param("note", "stuck\u0000").with(user(WebSliceSecurity.user("bob")))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/disputes/{id}/return/shipment", ID).param("carrier", "DHL").param("trackingNumber", "JD\u0000")
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(disputes, returns, arbitration, evidence);
    }

    @Test
    void anEvidenceRowPastTheBindersLimitIsA400PageOnTheResponseAndEvidencePages() throws Exception {
        mvc.perform(multipart("/disputes/{id}/respond", ID).param("type", "NO_REFUND").param("evidence[256].kind", "OTHER")
                        .with(user(WebSliceSecurity.user("sam"))).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/disputes/{id}/evidence/new", ID).param("evidence[1000].description", "x")
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(disputes, returns, arbitration, evidence);
    }

    @Test
    void aTrackingNumberTheServiceRefusesIsExplainedBesideItsFieldInThePagesLanguage() throws Exception {
        when(returns.ship(WebSliceSecurity.caller("bob"), ID, "DHL", "JD 123")).thenThrow(new DisputeCenterException.InvalidInput(
                "trackingNumber", "trackingNumber must have 1 to 64 of letters, digits and . _ : -").coded("input.reference"));

        mvc.perform(post("/disputes/{id}/return/shipment", ID).param("carrier", "DHL").param("trackingNumber", "JD 123")
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(redirectedUrl("/disputes/" + ID))
                .andExpect(flash().attribute("partyRefusal", new Refusal("returnShipment", "trackingNumber",
                        "input.reference", "trackingNumber must have 1 to 64 of letters, digits and . _ : -")));
    }
}
