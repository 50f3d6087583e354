package com.disputecenter.dispute.process;

import com.disputecenter.dispute.DisputeService;
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
        execution.setVariable(ProcessConstants.VAR_RESOLUTION_TYPE, service.refundForSellerSilence(ProcessVariables.disputeId(execution)).name());
    }
}
