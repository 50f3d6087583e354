package com.disputecenter.arbitration.process;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.dispute.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SuggestResponsibility: DMN responsibility, shown to the arbitrator. */
@Component("suggestResponsibility")
class SuggestResponsibilityDelegate implements JavaDelegate {

    private final ArbitrationService service;

    SuggestResponsibilityDelegate(ArbitrationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.suggestResponsibility(ProcessVariables.disputeId(execution));
    }
}
