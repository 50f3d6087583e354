package com.disputecenter.dispute.process;

import static com.disputecenter.dispute.process.ProcessConstants.VAR_DISPUTE_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.StringValue;

/** Typed reads of the few variables a process holds. */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    public static UUID disputeId(DelegateExecution execution) {
        StringValue value = execution.getVariableTyped(VAR_DISPUTE_ID);
        return UUID.fromString(value.getValue());
    }
}
