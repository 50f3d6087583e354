package com.disputecenter.notification.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.dispute.Party;
import com.disputecenter.notification.MessageStatus;
import com.disputecenter.notification.Notifications;
import com.disputecenter.notification.Notifications.MessageView;
import com.disputecenter.security.WebSliceSecurity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MessageController.class)
@Import(WebSliceSecurity.class)
class MessageControllerTest {

    private static final UUID DISPUTE = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Notifications notifications;

    @Test
    void aPartyGetsItsMessagesWithRecipientLanguageTemplateAndStatus() throws Exception {
        when(notifications.messagesOf(WebSliceSecurity.caller("sam"), DISPUTE)).thenReturn(List.of(new MessageView(
                UUID.randomUUID(), "S-1001", Party.SELLER, "zh", "dispute-opened", "订单 AE-1:买家提起了纠纷", "…",
                MessageStatus.SENT, 1, Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:00:05Z"))));

        mvc.perform(get("/api/disputes/{id}/messages", DISPUTE).with(httpBasic("sam", "sam")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].recipient").value("S-1001"))
                .andExpect(jsonPath("$[0].recipientParty").value("SELLER"))
                .andExpect(jsonPath("$[0].language").value("zh"))
                .andExpect(jsonPath("$[0].template").value("dispute-opened"))
                .andExpect(jsonPath("$[0].subject").value("订单 AE-1:买家提起了纠纷"))
                .andExpect(jsonPath("$[0].status").value("SENT"));
    }

    @Test
    void anotherSellersCaseIsNotFoundAndAnAnalystIsForbidden() throws Exception {
        doThrow(new DisputeCenterException.NotFound("No dispute " + DISPUTE)).when(notifications).messagesOf(any(), any());
        mvc.perform(get("/api/disputes/{id}/messages", DISPUTE).with(httpBasic("sue", "sue")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        doThrow(new DisputeCenterException.Forbidden("Only the parties")).when(notifications).messagesOf(any(), any());
        mvc.perform(get("/api/disputes/{id}/messages", DISPUTE).with(httpBasic("ann", "ann")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/disputes/{id}/messages", "not-a-uuid").with(httpBasic("bob", "bob")))
                .andExpect(status().isBadRequest());
    }
}
