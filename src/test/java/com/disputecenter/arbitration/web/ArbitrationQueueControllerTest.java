package com.disputecenter.arbitration.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.arbitration.ArbitrationQueue;
import com.disputecenter.arbitration.QueueFilter;
import com.disputecenter.arbitration.QueuePage;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.security.WebSliceSecurity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ArbitrationQueueController.class)
@Import(WebSliceSecurity.class)
class ArbitrationQueueControllerTest {

    private static final UUID ID = UUID.fromString("3f2e1d0c-9b8a-4776-a5b4-c3d2e1f0a9b8");
    private static final Caller ADA = WebSliceSecurity.caller("ada");
    private static final Instant DUE = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArbitrationQueue queue;

    private static QueuePage.Row row(String assignee) {
        return new QueuePage.Row(ID, "AE-1", Platform.ALIEXPRESS, Reason.NOT_AS_DESCRIBED_DAMAGED,
                Money.of("59.90", "USD"), DUE, true, assignee, true, false, QueuePage.Status.TO_DECIDE,
                Instant.parse("2026-11-10T08:00:00Z"));
    }

    @Test
    void theTaskListPassesEveryFilterAndAnswersRowsWithTheCappedTotal() throws Exception {
        when(queue.page(any(), any(), anyInt(), anyInt()))
                .thenReturn(new QueuePage(List.of(row(null)), ArbitrationQueue.COUNT_CAP, true, 2, 50));

        mvc.perform(get("/api/arbitration/tasks").with(httpBasic("ada", "ada"))
                        .param("platform", "ALIEXPRESS").param("reason", "NOT_AS_DESCRIBED_DAMAGED")
                        .param("minAmount", "10").param("maxAmount", "100.50").param("currency", "usd")
                        .param("scope", "unassigned").param("page", "2").param("size", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].disputeId").value(ID.toString()))
                .andExpect(jsonPath("$.rows[0].slaDueAt").value("2026-11-20T10:00:00Z"))
                .andExpect(jsonPath("$.rows[0].overdue").value(true))
                .andExpect(jsonPath("$.rows[0].amount.value").value("59.90"))
                .andExpect(jsonPath("$.rows[0].assignee").doesNotExist())
                .andExpect(jsonPath("$.total").value(10_000))
                .andExpect(jsonPath("$.totalCapped").value(true));

        verify(queue).page(ADA, new QueueFilter(Platform.ALIEXPRESS, Reason.NOT_AS_DESCRIBED_DAMAGED,
                new BigDecimal("10"), new BigDecimal("100.50"), Currency.getInstance("USD"),
                QueueFilter.Scope.UNASSIGNED), 2, 50);
    }

    @Test
    void withoutParametersTheWholeQueueIsListedFromTheFirstPage() throws Exception {
        when(queue.page(any(), any(), anyInt(), anyInt())).thenReturn(new QueuePage(List.of(), 0, false, 0, 20));

        mvc.perform(get("/api/arbitration/tasks").with(httpBasic("ada", "ada"))).andExpect(status().isOk());

        verify(queue).page(ADA, QueueFilter.all(), 0, 20);
    }

    @Test
    void unknownFiltersAndAnAmountWithoutCurrencyAreBadRequests() throws Exception {
        for (String query : List.of("platform=MARS", "reason=BORED", "scope=everyone", "currency=EURO",
                "minAmount=10", "minAmount=ten&currency=USD", "currency=USD&minAmount=5&maxAmount=1", "page=x")) {
            mvc.perform(get("/api/arbitration/tasks?" + query).with(httpBasic("ada", "ada")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verifyNoInteractions(queue);
    }

    @Test
    void claimUnclaimAndHandOverAnswerTheRow() throws Exception {
        when(queue.claim(ADA, ID)).thenReturn(row("ada"));
        when(queue.unclaim(ADA, ID)).thenReturn(row(null));
        when(queue.handOver(ADA, ID, "sen")).thenReturn(row("sen"));

        mvc.perform(post("/api/disputes/{id}/arbitration/claim", ID).with(httpBasic("ada", "ada")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").value("ada"));
        mvc.perform(post("/api/disputes/{id}/arbitration/unclaim", ID).with(httpBasic("ada", "ada")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").doesNotExist());
        mvc.perform(post("/api/disputes/{id}/arbitration/handover", ID).with(httpBasic("ada", "ada"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"sen\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").value("sen"));
    }

    @Test
    void aHandOverNeedsSomeoneToHandTo() throws Exception {
        mvc.perform(post("/api/disputes/{id}/arbitration/handover", ID).with(httpBasic("ada", "ada"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").exists());
        verifyNoInteractions(queue);
    }

    @Test
    void refusalsOfTheQueueKeepTheirStatus() throws Exception {
        when(queue.claim(any(), eq(ID))).thenThrow(new DisputeCenterException.Conflict("The case is already claimed by sen"));
        when(queue.page(any(), any(), anyInt(), anyInt()))
                .thenThrow(new DisputeCenterException.Forbidden("Only arbitrators work the arbitration queue"));
        when(queue.handOver(any(), eq(ID), eq("bob")))
                .thenThrow(new DisputeCenterException.RuleViolation("bob is not an arbitrator"));

        mvc.perform(post("/api/disputes/{id}/arbitration/claim", ID).with(httpBasic("ada", "ada")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The case is already claimed by sen"));
        mvc.perform(get("/api/arbitration/tasks").with(httpBasic("sam", "sam"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/disputes/{id}/arbitration/handover", ID).with(httpBasic("ada", "ada"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"bob\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/arbitration/tasks")).andExpect(status().isUnauthorized());
    }
}
