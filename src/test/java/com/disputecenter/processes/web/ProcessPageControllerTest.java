package com.disputecenter.processes.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.processes.ProcessInsight;
import com.disputecenter.processes.ProcessOverview;
import com.disputecenter.web.PageSlice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ProcessPageController.class)
@Import(PageSlice.class)
class ProcessPageControllerTest {

    private static final ProcessInsight.Model LIFECYCLE = new ProcessInsight.Model("DisputeLifecycle", "Dispute lifecycle", 2,
            "DisputeLifecycle:2:abc");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @MockitoBean
    ProcessOverview overview;

    @Test
    void anAnalystSeesHowManyCasesWaitAtEachElementAndWhereIncidentsAre() throws Exception {
        when(overview.models(any())).thenReturn(List.of(LIFECYCLE));
        when(overview.load(any(), eq("DisputeLifecycle"))).thenReturn(new ProcessInsight.Load(LIFECYCLE, "<definitions/>",
                Map.of("Task_DecideDispute", 12L, "Task_RefundBuyer", 1L), Map.of("Task_RefundBuyer", 1L),
                List.of(new ProcessInsight.Incident("i1", "Task_RefundBuyer", "failedJob", "Payment service down", "pi-7",
                        "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", Instant.parse("2026-11-22T08:00:00Z")))));

        mvc.perform(get("/processes").with(user(users.loadUserByUsername("ann"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dispute lifecycle, version 2")))
                .andExpect(content().string(containsString("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js")))
                .andExpect(content().string(containsString("data-bpmn=\"/processes/DisputeLifecycle/diagram.bpmn\"")))
                .andExpect(content().string(containsString("\"Task_DecideDispute\":12")))
                .andExpect(content().string(containsString("Payment service down")))
                .andExpect(content().string(containsString("href=\"/disputes/9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4\"")))
                .andExpect(content().string(containsString("/camunda/app/cockpit/default/#/process-instance/pi-7/runtime")));
    }

    @Test
    void theDiagramIsServedAsXmlForTheViewer() throws Exception {
        when(overview.load(any(), eq("DisputeLifecycle"))).thenReturn(new ProcessInsight.Load(LIFECYCLE,
                "<definitions id=\"x\"/>", Map.of(), Map.of(), List.of()));

        mvc.perform(get("/processes/DisputeLifecycle/diagram.bpmn").with(user(users.loadUserByUsername("ann"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andExpect(content().string("<definitions id=\"x\"/>"));
    }

    @Test
    void otherRolesAreRefusedTheProcessPage() throws Exception {
        for (String name : List.of("bob", "sam", "ada", "market")) {
            mvc.perform(get("/processes").with(user(users.loadUserByUsername(name))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anUnknownProcessIsTheNotFoundPage() throws Exception {
        when(overview.models(any())).thenReturn(List.of(LIFECYCLE));
        when(overview.load(any(), eq("Nope"))).thenThrow(new DisputeCenterException.NotFound("No deployed process Nope"));

        mvc.perform(get("/processes/Nope").with(user(users.loadUserByUsername("ann"))))
                .andExpect(status().isNotFound());
    }
}
