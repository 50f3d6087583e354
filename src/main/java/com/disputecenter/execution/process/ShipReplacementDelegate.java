package com.disputecenter.execution.process;

import com.disputecenter.execution.ExecutionService;
import com.disputecenter.dispute.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ShipReplacement (async, retried; an incident when retries run out). */
@Component("shipReplacement")
class ShipReplacementDelegate implements JavaDelegate {

    private final ExecutionService service;

    ShipReplacementDelegate(ExecutionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.shipReplacement(ProcessVariables.disputeId(execution));
    }
}
