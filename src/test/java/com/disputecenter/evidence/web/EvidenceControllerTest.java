package com.disputecenter.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.dispute.DisputeView.EvidenceView;
import com.disputecenter.dispute.Party;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.EvidenceService;
import com.disputecenter.evidence.EvidenceService.EvidenceFile;
import com.disputecenter.evidence.Upload;
import com.disputecenter.security.WebSliceSecurity;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebMvcTest(EvidenceController.class)
@Import(WebSliceSecurity.class)
class EvidenceControllerTest {

    private static final UUID ID = UUID.fromString("0b7d7c9e-55a1-4a0e-8d6e-5a1b2c3d4e5f");
    private static final byte[] BYTES = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final Caller BOB = WebSliceSecurity.caller("bob");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EvidenceService evidence;

    private static MockMultipartHttpServletRequestBuilder upload(byte[] bytes, String kind) {
        var request = multipart("/api/disputes/{id}/evidence", ID)
                .file(new MockMultipartFile("file", "box.png", "image/jpeg", bytes));
        request.param("kind", kind);
        return request;
    }

    private static EvidenceView view(UUID id) {
        return new EvidenceView(id, Party.BUYER, EvidenceKind.OUTER_PACKAGING_PHOTO, "box.png", "image/png",
                BYTES.length, "ab12", "Crushed corner", true, Instant.parse("2026-11-21T09:00:00Z"));
    }

    @Test
    void anUploadIsCreatedWith201AndPassesFileKindAndFlagsToTheService() throws Exception {
        UUID evidenceId = UUID.randomUUID();
        when(evidence.add(any(), any(), any())).thenReturn(view(evidenceId));

        mvc.perform(upload(BYTES, "OUTER_PACKAGING_PHOTO").param("description", "Crushed corner")
                        .param("packagingDamaged", "true").with(httpBasic("bob", "bob")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(evidenceId.toString()))
                .andExpect(jsonPath("$.contentType").value("image/png"));

        ArgumentCaptor<Upload> upload = ArgumentCaptor.forClass(Upload.class);
        verify(evidence).add(eq(BOB), eq(ID), upload.capture());
        assertThat(upload.getValue().fileName()).isEqualTo("box.png");
        assertThat(upload.getValue().bytes()).isEqualTo(BYTES);
        assertThat(upload.getValue().kind()).isEqualTo(EvidenceKind.OUTER_PACKAGING_PHOTO);
        assertThat(upload.getValue().description()).isEqualTo("Crushed corner");
        assertThat(upload.getValue().packagingDamaged()).isTrue();
    }

    @Test
    void anUnknownKindIsABadRequestNamingIt() throws Exception {
        mvc.perform(upload(BYTES, "SELFIE").with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.kind").exists());

        verifyNoInteractions(evidence);
    }

    @Test
    void anEmptyFileOrAnOverlongDescriptionIsABadRequestNamingTheField() throws Exception {
        mvc.perform(upload(new byte[0], "PRODUCT_PHOTO").with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.file").value("The file is empty"));
        mvc.perform(upload(BYTES, "PRODUCT_PHOTO").param("description", "x".repeat(2001)).with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.description").exists());

        verifyNoInteractions(evidence);
    }

    @Test
    void aRequestWithoutTheFilePartIsABadRequest() throws Exception {
        mvc.perform(multipart("/api/disputes/{id}/evidence", ID).param("kind", "PRODUCT_PHOTO").with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        verifyNoInteractions(evidence);
    }

    @Test
    void aFileOfAnUnacceptedTypeIs415AndOneTooLargeIs413() throws Exception {
        when(evidence.add(any(), any(), any()))
                .thenThrow(new DisputeCenterException.UnsupportedType("photo.jpg is application/x-msdownload"))
                .thenThrow(new DisputeCenterException.TooLarge("huge.png is too large"));

        mvc.perform(upload(BYTES, "PRODUCT_PHOTO").with(httpBasic("bob", "bob")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("photo.jpg is application/x-msdownload"));
        mvc.perform(upload(BYTES, "PRODUCT_PHOTO").with(httpBasic("bob", "bob")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));
    }

    @Test
    void evidenceOnAClosedCaseIsAConflictAndFromANonPartyForbidden() throws Exception {
        when(evidence.add(any(), any(), any()))
                .thenThrow(new DisputeCenterException.Conflict("The case is closed"))
                .thenThrow(new DisputeCenterException.Forbidden("Your role may not submit evidence in this case"));

        mvc.perform(upload(BYTES, "PRODUCT_PHOTO").with(httpBasic("bob", "bob")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(upload(BYTES, "PRODUCT_PHOTO").with(httpBasic("ada", "ada")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Your role may not submit evidence in this case"));
    }

    @Test
    void aDownloadIsAnAttachmentOfTheDetectedTypeForTheCaller() throws Exception {
        UUID evidenceId = UUID.randomUUID();
        when(evidence.content(any(), any(), any())).thenReturn(new EvidenceFile("box.png", "image/png", BYTES));

        mvc.perform(get("/api/disputes/{id}/evidence/{e}", ID, evidenceId).with(httpBasic("ada", "ada")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(content().bytes(BYTES))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("box.png")));

        verify(evidence).content(WebSliceSecurity.caller("ada"), ID, evidenceId);
    }

    @Test
    void evidenceOfACaseTheCallerMayNotSeeIsNotFoundAndAnonymousIsUnauthorized() throws Exception {
        when(evidence.content(any(), any(), any())).thenThrow(new DisputeCenterException.NotFound("No dispute " + ID));

        mvc.perform(get("/api/disputes/{id}/evidence/{e}", ID, UUID.randomUUID()).with(httpBasic("sue", "sue")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(upload(BYTES, "PRODUCT_PHOTO"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aNulInAMultipartTextPartIsABadRequestBeforeTheUpload() throws Exception {
        mvc.perform(upload(BYTES, "PRODUCT_PHOTO").param("description", "crack\u0000ed").with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.description").value("description contains a NUL character (U+0000), which no text may hold"));
        mvc.perform(upload(BYTES, "PRODUCT\u0000PHOTO").with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(evidence);
    }
}
