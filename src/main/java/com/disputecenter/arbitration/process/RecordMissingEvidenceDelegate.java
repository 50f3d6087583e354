package com.disputecenter.arbitration.process;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.dispute.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordMissingEvidence: the evidence deadline passed. */
@Component("recordMissingEvidence")
class RecordMissingEvidenceDelegate implements JavaDelegate {

    private final ArbitrationService service;

    RecordMissingEvidenceDelegate(ArbitrationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordMissingEvidence(ProcessVariables.disputeId(execution));
    }
}
