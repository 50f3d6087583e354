package com.disputecenter.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.OpenDispute;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.SampleViews;
import com.disputecenter.evidence.Upload;
import com.disputecenter.security.WebSliceSecurity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DisputeController.class)
@Import(WebSliceSecurity.class)
class DisputeControllerTest {

    private static final UUID ID = UUID.fromString("7d4f1f0e-3b8c-4c1e-9a55-2f3f4b6a1c01");

    private static final String OPEN = """
            {"orderId": "AE-100234", "platform": "ALIEXPRESS", "buyerId": "bob", "sellerId": "S-1001",
             "reason": "NOT_AS_DESCRIBED_DAMAGED", "amount": {"value": "59.90", "currency": "USD"},
             "requestedResolution": "FULL_REFUND", "requestedAmount": null,
             "description": "Screen cracked", "deliveredAt": "2026-11-20T10:00:00Z",
             "logisticsChannel": "PLATFORM", "destinationCountry": "IT", "language": "it",
             "sellerContactedAt": null, "latestEstimatedDelivery": null}
            """;

    private static final Caller BOB = WebSliceSecurity.caller("bob");
    private static final Caller SAM = WebSliceSecurity.caller("sam");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DisputeService disputes;

    @Test
    void openingAnswers201AndHandsTheLoggedInBuyerAndTheOrderFactsToTheService() throws Exception {
        when(disputes.open(any(), any(), any())).thenReturn(SampleViews.dispute(ID, DisputeStatus.AWAITING_SELLER_RESPONSE));

        mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON).content(OPEN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.amount.value").value("59.90"));

        ArgumentCaptor<OpenDispute> command = ArgumentCaptor.forClass(OpenDispute.class);
        verify(disputes).open(eq(BOB), command.capture(), eq(List.of()));
        assertThat(command.getValue().orderId()).isEqualTo("AE-100234");
        assertThat(command.getValue().platform()).isEqualTo(Platform.ALIEXPRESS);
        assertThat(command.getValue().reason()).isEqualTo(Reason.NOT_AS_DESCRIBED_DAMAGED);
        assertThat(command.getValue().amount()).isEqualTo(Money.of("59.90", "USD"));
        assertThat(command.getValue().deliveredAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(command.getValue().requestedAmount()).isNull();
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblem() throws Exception {
        mvc.perform(post("/api/disputes").contentType(MediaType.APPLICATION_JSON).content(OPEN))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Dispute Center\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/disputes/{id}", ID).with(httpBasic("bob", "wrong")))
                .andExpect(status().isUnauthorized());

        verifyNoInteractions(disputes);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The body is not valid JSON for this request"));

        verifyNoInteractions(disputes);
    }

    @Test
    void unknownEnumValueIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON)
                        .content(OPEN.replace("\"ALIEXPRESS\"", "\"WISH\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("'WISH' is not a valid value for platform"));
        mvc.perform(get("/api/disputes?status=PENDING").with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.status").exists());

        verifyNoInteractions(disputes);
    }

    @Test
    void missingOrInvalidFieldsAreNamedInTheErrors() throws Exception {
        mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON)
                        .content(OPEN.replace("\"reason\": \"NOT_AS_DESCRIBED_DAMAGED\",", "")
                                .replace("\"IT\"", "\"Italy\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.reason").exists())
                .andExpect(jsonPath("$.errors.destinationCountry").exists());

        verifyNoInteractions(disputes);
    }

    @Test
    void aPageSizeOutsideOneTo200IsABadRequest() throws Exception {
        mvc.perform(get("/api/disputes?size=0").with(httpBasic("ada", "ada")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/disputes?size=201").with(httpBasic("ada", "ada")))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(disputes);
    }

    @Test
    void listFiltersAndPagingArePassedToTheService() throws Exception {
        when(disputes.list(any(), any(), any(), any(), anyInt(), anyInt())).thenReturn(Page.empty());

        mvc.perform(get("/api/disputes?status=ARBITRATION&platform=AMAZON&sellerId=S-1001&page=2&size=200")
                        .with(httpBasic("ada", "ada")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/disputes").with(httpBasic("bob", "bob"))).andExpect(status().isOk());

        verify(disputes).list(WebSliceSecurity.caller("ada"), DisputeStatus.ARBITRATION,
                Platform.AMAZON, "S-1001", 2, 200);
        verify(disputes).list(BOB, null, null, null, 0, 20);
    }

    @Test
    void aProposalIsCreatedWith201AndAnAnswerToOneIs200() throws Exception {
        UUID proposalId = UUID.randomUUID();
        when(disputes.propose(any(), any(), any(), any(), any())).thenReturn(
                SampleViews.proposal(proposalId, Party.SELLER, ResolutionType.PARTIAL_REFUND, Money.of("20.00", "USD")));
        when(disputes.accept(any(), any(), any())).thenReturn(SampleViews.dispute(ID, DisputeStatus.RESOLVED));
        when(disputes.reject(any(), any(), any(), any())).thenReturn(SampleViews.dispute(ID, DisputeStatus.NEGOTIATION));

        mvc.perform(post("/api/disputes/{id}/proposals", ID).with(httpBasic("sam", "sam"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PARTIAL_REFUND\", \"amount\": {\"value\": \"20.00\", \"currency\": \"USD\"},"
                                + " \"note\": \"For the scratch\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(proposalId.toString()))
                .andExpect(jsonPath("$.amount.value").value("20.00"));
        mvc.perform(post("/api/disputes/{id}/proposals/{p}/accept", ID, proposalId).with(httpBasic("bob", "bob")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));
        // a reject without a body carries no note
        mvc.perform(post("/api/disputes/{id}/proposals/{p}/reject", ID, proposalId).with(httpBasic("bob", "bob")))
                .andExpect(status().isOk());

        verify(disputes).propose(SAM, ID, ResolutionType.PARTIAL_REFUND, Money.of("20.00", "USD"), "For the scratch");
        verify(disputes).accept(BOB, ID, proposalId);
        verify(disputes).reject(eq(BOB), eq(ID), eq(proposalId), isNull());
    }

    @Test
    void refusalsOfTheServiceBecomeProblemsWithTheirStatus() throws Exception {
        when(disputes.get(any(), eq(ID))).thenThrow(new DisputeCenterException.NotFound("No dispute " + ID));
        when(disputes.cancel(any(), eq(ID), any())).thenThrow(new DisputeCenterException.Forbidden("Only the buyer cancels"));
        when(disputes.escalate(any(), eq(ID), any())).thenThrow(new DisputeCenterException.Conflict("Not now"));

        mvc.perform(get("/api/disputes/{id}", ID).with(httpBasic("sue", "sue")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No dispute " + ID));
        mvc.perform(post("/api/disputes/{id}/cancel", ID).with(httpBasic("sam", "sam")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only the buyer cancels"));
        mvc.perform(post("/api/disputes/{id}/escalate", ID).with(httpBasic("bob", "bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Seller refuses\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        verify(disputes).escalate(BOB, ID, "Seller refuses");
        mvc.perform(get("/api/disputes/not-a-uuid").with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.id").exists());
    }

    @Test
    void refusalByARulebookIsUnprocessable() throws Exception {
        when(disputes.open(any(), any(), any())).thenThrow(
                new DisputeCenterException.RuleViolation("The TMALL_GLOBAL filing window of PT24H has passed"));

        mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON).content(OPEN))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The TMALL_GLOBAL filing window of PT24H has passed"));
    }

    @Test
    void multipartOpeningPassesEachEvidencePartAsAnUploadAndMapsFileRefusals() throws Exception {
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        when(disputes.open(any(), any(), any())).thenReturn(SampleViews.dispute(ID, DisputeStatus.AWAITING_SELLER_RESPONSE))
                .thenThrow(new DisputeCenterException.UnsupportedType("photo.jpg is application/x-msdownload"))
                .thenThrow(new DisputeCenterException.TooLarge("huge.png is too large"));
        var dispute = new MockMultipartFile("dispute", "", MediaType.APPLICATION_JSON_VALUE, OPEN.getBytes());
        var evidence = new MockMultipartFile("evidence", "photo.png", "image/png", photo);

        mvc.perform(multipart("/api/disputes").file(dispute).file(evidence).with(httpBasic("market", "market")))
                .andExpect(status().isCreated());
        mvc.perform(multipart("/api/disputes").file(dispute).file(evidence).with(httpBasic("bob", "bob")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart("/api/disputes").file(dispute).file(evidence).with(httpBasic("bob", "bob")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Upload>> uploads = ArgumentCaptor.forClass(List.class);
        verify(disputes).open(eq(WebSliceSecurity.caller("market")), any(), uploads.capture());
        assertThat(uploads.getValue()).singleElement().satisfies(upload -> {
            assertThat(upload.fileName()).isEqualTo("photo.png");
            assertThat(upload.bytes()).isEqualTo(photo);
            assertThat(upload.kind()).isNull();
        });
    }

    @Test
    void aNulInAnyTextOfTheBodyIsABadRequestNamingTheFieldAndReachesNoUseCase() throws Exception {
        for (String field : List.of("description", "language", "productTitle", "productId")) {
            mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON)
                            .content(OPEN.replace("\"requestedAmount\": null", "\"" + field + "\": \"a\\u0000b\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(field + " contains a NUL character (U+0000), which no text may hold"));
        }
        mvc.perform(post("/api/disputes/{id}/escalate", ID).with(httpBasic("bob", "bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"stuck\\u0000\"}"))
                .andExpect(status().isBadRequest());
        // Jackson trims an enum's name, and U+0000 with it: still refused
        mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON)
                        .content(OPEN.replace("\"ALIEXPRESS\"", "\"ALIEXPRESS\\u0000\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("platform contains a NUL character (U+0000), which no text may hold"));
        verifyNoInteractions(disputes);
    }

    @Test
    void aNulInAQueryParameterIsABadRequestBeforeAnyUseCase() throws Exception {
        mvc.perform(get("/api/disputes").param("sellerId", "S-1001\u0000").with(httpBasic("sam", "sam")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sellerId").value("sellerId contains a NUL character (U+0000), which no text may hold"));
        mvc.perform(get("/api/disputes").param("x\u0000", "1").with(httpBasic("sam", "sam")))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(disputes);
    }

    @Test
    void aNulInTheJsonPartOfAMultipartOpeningIsABadRequest() throws Exception {
        MockMultipartFile dispute = new MockMultipartFile("dispute", "", "application/json",
                OPEN.replace("Screen cracked", "Screen\\u0000cracked").getBytes());
        mvc.perform(multipart("/api/disputes").file(dispute).with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("description contains a NUL character (U+0000), which no text may hold"));
        verifyNoInteractions(disputes);
    }

    @Test
    void aFieldNamedTwiceIsABadRequestNotAServerError() throws Exception {
        mvc.perform(post("/api/disputes/{id}/escalate", ID).with(httpBasic("bob", "bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"a\", \"note\": \"b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The body names 'note' more than once; send each field once"));
        mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON)
                        .content(OPEN.replace("\"platform\": \"ALIEXPRESS\"", "\"platform\": \"ALIEXPRESS\", \"platform\": \"EBAY\"")))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(disputes);
    }

    @Test
    void anIdentifierWithASpaceOrALookAlikeCharacterIsABadRequest() throws Exception {
        for (String orderId : List.of("AE-100234 ", " AE-100234", "AE-100234\\u200B", "AE\\u00A0100234", "AE\\u2010100234",
                "\\uFF21E-100234", "A".repeat(65))) {
            mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON)
                            .content(OPEN.replace("\"AE-100234\"", "\"" + orderId + "\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.orderId").value(
                            "must start with a letter or digit and have at most 64 of letters, digits and . _ : -"));
        }
        mvc.perform(post("/api/disputes").with(httpBasic("market", "market")).contentType(MediaType.APPLICATION_JSON)
                        .content(OPEN.replace("\"S-1001\"", "\"S-1001\\r\\n\"").replace("\"bob\"", "\"bob \"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sellerId").exists())
                .andExpect(jsonPath("$.errors.buyerId").exists());
        verifyNoInteractions(disputes);
    }

    @Test
    void aTimeOutsideTheYears1970To9999IsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/disputes").with(httpBasic("bob", "bob")).contentType(MediaType.APPLICATION_JSON)
                        .content(OPEN.replace("\"2026-11-20T10:00:00Z\"", "\"+99999-11-20T10:00:00Z\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'+99999-11-20T10:00:00Z' is not a time for deliveredAt: times must lie"
                        + " between 1970-01-01 and 9999-12-31 (UTC)"));
        verifyNoInteractions(disputes);
    }
}
