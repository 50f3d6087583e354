package com.disputecenter.returns.process;

import com.disputecenter.dispute.process.ProcessConstants;
import com.disputecenter.returns.ReturnService;
import com.disputecenter.dispute.process.ProcessVariables;
import com.disputecenter.dispute.ResolutionType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseWithoutRefund: the buyer did not ship the return in time. */
@Component("closeWithoutRefund")
class CloseWithoutRefundDelegate implements JavaDelegate {

    private final ReturnService service;

    CloseWithoutRefundDelegate(ReturnService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ResolutionType outcome = service.closeWithoutRefund(ProcessVariables.disputeId(execution));
        execution.setVariable(ProcessConstants.VAR_RESOLUTION_TYPE, outcome.name());
    }
}
