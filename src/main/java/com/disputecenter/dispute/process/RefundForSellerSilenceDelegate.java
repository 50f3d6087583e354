package com.disputecenter.dispute.process;

import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.ResolutionType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RefundForSellerSilence: the seller let the response window pass. */
@Component("refundForSellerSilence")
class RefundForSellerSilenceDelegate implements JavaDelegate {

    private final DisputeService service;

    RefundForSellerSilenceDelegate(DisputeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ResolutionType outcome = service.refundForSellerSilence(ProcessVariables.disputeId(execution));
        execution.setVariable(ProcessConstants.VAR_RESOLUTION_TYPE, outcome.name());
    }
}
