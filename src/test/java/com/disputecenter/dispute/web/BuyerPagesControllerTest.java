package com.disputecenter.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.OpenDispute;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.SampleViews;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.Upload;
import com.disputecenter.rules.Rulebook;
import com.disputecenter.rules.Rulebooks;
import com.disputecenter.security.WebSliceSecurity;
import com.disputecenter.web.PageSlice;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebMvcTest(BuyerPagesController.class)
@Import(PageSlice.class)
class BuyerPagesControllerTest {

    private static final UUID ID = UUID.fromString("7d4f1f0e-3b8c-4c1e-9a55-2f3f4b6a1c01");
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DisputeService disputes;

    @MockitoBean
    Rulebooks rulebooks;

    @BeforeEach
    void rulebooks() {
        Rulebook rulebook = org.mockito.Mockito.mock(Rulebook.class);
        when(rulebook.maxFileBytes()).thenReturn(10L * 1024 * 1024);
        when(rulebooks.current(any())).thenReturn(rulebook);
    }

    private static MockMultipartHttpServletRequestBuilder filledIn() {
        MockMultipartHttpServletRequestBuilder request = multipart("/buyer/disputes/new");
        request.param("orderId", "AE-555").param("platform", "ALIEXPRESS").param("sellerId", "S-1001")
                .param("reason", "NOT_AS_DESCRIBED_DAMAGED").param("amount", "59.90").param("currency", "USD")
                .param("requestedResolution", "FULL_REFUND").param("description", "Screen cracked")
                .param("deliveredAt", "2026-11-20");
        return request;
    }

    /** The filled-in form with one field typed otherwise. */
    private static MockMultipartHttpServletRequestBuilder filledIn(String field, String value) {
        MockMultipartHttpServletRequestBuilder request = filledIn();
        request.with(sent -> {
            sent.setParameter(field, value);
            return sent;
        });
        return request;
    }

    private static final Cookie CHINESE = new Cookie("dc-locale", "zh");

    @Test
    void theOpenFormHasLabelledFieldsAndACsrfToken() throws Exception {
        String page = mvc.perform(get("/buyer/disputes/new").with(user(WebSliceSecurity.user("bob"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);

        assertThat(html.select("form#open-form input[name=_csrf]")).hasSize(1);
        assertThat(html.select("form#open-form").attr("enctype")).isEqualTo("multipart/form-data");
        for (String field : List.of("orderId", "platform", "sellerId", "reason", "amount", "requestedResolution",
                "evidence0.file", "evidence0.kind")) {
            assertThat(html.select("label[for=\"" + field + "\"]")).as("label of %s", field).hasSize(1);
        }
    }

    @Test
    void openingRedirectsToTheNewCaseWithAMessageAndPassesTheFilesWithTheirKinds() throws Exception {
        when(disputes.open(any(), any(), anyList())).thenReturn(SampleViews.dispute(ID, DisputeStatus.AWAITING_SELLER_RESPONSE));

        mvc.perform(filledIn().file(new MockMultipartFile("evidence[0].file", "crack.png", "image/png", PNG))
                        .file(new MockMultipartFile("evidence[1].file", "", "application/octet-stream", new byte[0]))
                        .param("evidence[0].kind", "PRODUCT_PHOTO").param("evidence[0].description", "The crack")
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/disputes/" + ID))
                .andExpect(flash().attribute("flash", "parties.flash.opened"));

        ArgumentCaptor<OpenDispute> command = ArgumentCaptor.forClass(OpenDispute.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Upload>> files = ArgumentCaptor.forClass(List.class);
        verify(disputes).open(eq(WebSliceSecurity.caller("bob")), command.capture(), files.capture());
        assertThat(command.getValue().platform()).isEqualTo(Platform.ALIEXPRESS);
        assertThat(command.getValue().amount()).isEqualTo(Money.of("59.90", "USD"));
        assertThat(command.getValue().deliveredAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(files.getValue()).singleElement().satisfies(upload -> {
            assertThat(upload.fileName()).isEqualTo("crack.png");
            assertThat(upload.kind()).isEqualTo(EvidenceKind.PRODUCT_PHOTO);
            assertThat(upload.description()).isEqualTo("The crack");
        });
    }

    @Test
    void aRefusedFileIsNamedNextToTheEvidenceFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        when(disputes.open(any(), any(), anyList())).thenThrow(new DisputeCenterException.UnsupportedType(
                "setup.exe is application/x-msdownload; accepted are JPEG, PNG, WEBP, PDF and MP4"));

        String page = mvc.perform(filledIn()
                        .file(new MockMultipartFile("evidence[0].file", "setup.exe", "image/png", new byte[] {'M', 'Z'}))
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);

        assertThat(html.select("fieldset.evidence #evidence-error").text())
                .contains("Not an accepted file: setup.exe is application/x-msdownload");
        assertThat(html.select("#orderId").val()).isEqualTo("AE-555");
    }

    @Test
    void aRuleRefusalIsShownAtTheTopOfTheForm() throws Exception {
        when(disputes.open(any(), any(), anyList())).thenThrow(new DisputeCenterException.RuleViolation(
                "The AMAZON rulebook needs latestEstimatedDelivery to check its filing window"));

        String page = mvc.perform(filledIn().with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select(".form-errors").text())
                .isEqualTo("The platform's rules do not allow this: The AMAZON rulebook needs latestEstimatedDelivery"
                        + " to check its filing window");
    }

    @Test
    void missingFieldsAreMarkedAndNothingIsOpened() throws Exception {
        String page = mvc.perform(multipart("/buyer/disputes/new").param("amount", "abc").param("currency", "XX")
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);

        assertThat(html.select("#orderId").parents().first().select(".error").text()).isEqualTo("Please fill this in.");
        assertThat(html.select("#amount").parents().first().select(".error").text()).isEqualTo("Give an amount such as 19.90.");
        assertThat(html.select("#currency").parents().first().select(".error").text()).contains("three-letter");
        verifyNoInteractions(disputes);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(filledIn().with(user(WebSliceSecurity.user("bob"))))
                .andExpect(status().isForbidden());

        verifyNoInteractions(disputes);
    }

    @Test
    void aSellerIsRefusedTheOpenForm() throws Exception {
        mvc.perform(get("/buyer/disputes/new").with(user(WebSliceSecurity.user("sam"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNulInAFormFieldIsA400PageInThePagesLanguageAndNothingIsOpened() throws Exception {
        String english = mvc.perform(filledIn("description", "Screen\u0000cracked")
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(english).select("#error-reason").text())
                .isEqualTo("This text holds a NUL character (U+0000), which no text may hold. Remove it and send again.");

        String chinese = mvc.perform(filledIn("orderId", "AE-\u0000555").cookie(CHINESE)
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(chinese).select("#error-reason").text()).isEqualTo("此文本含有空字符（U+0000），任何文本都不能含有此字符。请删除后重新提交。");
        verifyNoInteractions(disputes);
    }

    @Test
    void anEvidenceRowPastTheBindersLimitIsA400PageNotAServerError() throws Exception {
        for (String row : List.of("evidence[300].kind", "evidence[256].description", "evidence[-1].kind", "evidence[x].kind")) {
            String page = mvc.perform(filledIn().param(row, "OTHER").with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(page).select("#error-reason").text()).as(row)
                    .startsWith("The form sent a field this page does not have");
        }
        verifyNoInteractions(disputes);
    }

    @Test
    void anOrderIdWithASpaceInsideOrALookAlikeIsRefusedBesideItsFieldInThePagesLanguage() throws Exception {
        for (String orderId : List.of("AE\u00A0555", "AE-555\u200B", "AE\u2010555", "AE 555")) {
            String page = mvc.perform(filledIn("orderId", orderId).with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(page).select("#orderId").parents().first().select(".error").text()).as(orderId)
                    .startsWith("Use letters, digits and . _ : - only");
        }
        String chinese = mvc.perform(filledIn("sellerId", "S\u00A01001").cookie(CHINESE)
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(chinese).select("#sellerId").parents().first().select(".error").text())
                .startsWith("只能使用字母、数字及 . _ : -");
        verifyNoInteractions(disputes);
    }

    @Test
    void spacesTypedAroundAnOrderIdAreNoPartOfIt() throws Exception {
        when(disputes.open(any(), any(), anyList())).thenReturn(SampleViews.dispute(ID, DisputeStatus.AWAITING_SELLER_RESPONSE));

        mvc.perform(filledIn("orderId", "  AE-555 ").with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        ArgumentCaptor<OpenDispute> command = ArgumentCaptor.forClass(OpenDispute.class);
        verify(disputes).open(any(), command.capture(), anyList());
        assertThat(command.getValue().orderId()).isEqualTo("AE-555");
    }

    @Test
    void anAmountTheServiceRefusesIsExplainedBesideTheAmountInThePagesLanguage() throws Exception {
        when(disputes.open(any(), any(), anyList())).thenThrow(new DisputeCenterException.InvalidInput("amount",
                "The amount is larger than any order").coded("input.amount.tooLarge"));

        String english = mvc.perform(filledIn("amount", "1e2147483647").with(user(WebSliceSecurity.user("bob")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(english).select("#amount").parents().first().select(".error").text())
                .isEqualTo("This amount is larger than any order.");

        String chinese = mvc.perform(filledIn("amount", "1e2147483647").cookie(CHINESE)
                        .with(user(WebSliceSecurity.user("bob"))).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(chinese).select("#amount").parents().first().select(".error").text())
                .isEqualTo("此金额超过任何订单的金额。");
    }
}
