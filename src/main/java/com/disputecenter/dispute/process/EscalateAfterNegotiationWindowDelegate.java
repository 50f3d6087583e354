package com.disputecenter.dispute.process;

import com.disputecenter.dispute.DisputeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EscalateAutomatically: no agreement within the negotiation window. */
@Component("escalateAfterNegotiationWindow")
class EscalateAfterNegotiationWindowDelegate implements JavaDelegate {

    private final DisputeService service;

    EscalateAfterNegotiationWindowDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.escalateAfterNegotiationWindow(ProcessVariables.disputeId(execution));
    }
}
