package com.disputecenter.arbitration.process;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.dispute.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_FinaliseDecision: the appeal window closed unused. */
@Component("finaliseDecision")
class FinaliseDecisionDelegate implements JavaDelegate {

    private final ArbitrationService service;

    FinaliseDecisionDelegate(ArbitrationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.finaliseDecision(ProcessVariables.disputeId(execution));
    }
}
