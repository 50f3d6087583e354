package com.disputecenter.execution.process;

import com.disputecenter.execution.ExecutionService;
import com.disputecenter.dispute.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RefundBuyer (async, retried; an incident when retries run out). */
@Component("refundBuyer")
class RefundBuyerDelegate implements JavaDelegate {

    private final ExecutionService service;

    RefundBuyerDelegate(ExecutionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.refundBuyer(ProcessVariables.disputeId(execution));
    }
}
