package com.disputecenter.arbitration.process;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.dispute.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_InvolveSeniorArbitrators: the arbitration SLA passed. */
@Component("involveSeniorArbitrators")
class InvolveSeniorArbitratorsDelegate implements JavaDelegate {

    private final ArbitrationService service;

    InvolveSeniorArbitratorsDelegate(ArbitrationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.involveSeniorArbitrators(ProcessVariables.disputeId(execution));
    }
}
