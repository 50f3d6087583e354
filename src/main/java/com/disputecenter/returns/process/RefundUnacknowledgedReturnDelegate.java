package com.disputecenter.returns.process;

import com.disputecenter.dispute.process.ProcessConstants;
import com.disputecenter.returns.ReturnService;
import com.disputecenter.dispute.process.ProcessVariables;
import com.disputecenter.dispute.ResolutionType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RefundUnacknowledgedReturn: the receipt countdown ran out. */
@Component("refundUnacknowledgedReturn")
class RefundUnacknowledgedReturnDelegate implements JavaDelegate {

    private final ReturnService service;

    RefundUnacknowledgedReturnDelegate(ReturnService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ResolutionType outcome = service.refundUnacknowledgedReturn(ProcessVariables.disputeId(execution));
        execution.setVariable(ProcessConstants.VAR_RESOLUTION_TYPE, outcome.name());
    }
}
