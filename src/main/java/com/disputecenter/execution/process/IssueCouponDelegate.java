package com.disputecenter.execution.process;

import com.disputecenter.execution.ExecutionService;
import com.disputecenter.dispute.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueCoupon (async, retried; an incident when retries run out). */
@Component("issueCoupon")
class IssueCouponDelegate implements JavaDelegate {

    private final ExecutionService service;

    IssueCouponDelegate(ExecutionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.issueCoupon(ProcessVariables.disputeId(execution));
    }
}
