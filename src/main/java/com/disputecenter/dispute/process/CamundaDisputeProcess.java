package com.disputecenter.dispute.process;

import static com.disputecenter.dispute.process.ProcessConstants.*;

import com.disputecenter.common.DisputeCenterException.Conflict;
import com.disputecenter.dispute.DisputeProcess;
import com.disputecenter.dispute.ResolutionType;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Moves a case's process instance, found by business key = dispute id. */
@Component
class CamundaDisputeProcess implements DisputeProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;

    CamundaDisputeProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void start(UUID disputeId) {
        engine(() -> runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(disputeId.toString())
                .setVariables(Variables.createVariables()
                        .putValue(VAR_DISPUTE_ID, disputeId.toString())
                        .putValueTyped(VAR_RESOLUTION_TYPE, Variables.stringValue(null))
                        .putValue(VAR_APPEALABLE, false))
                .execute());
    }

    @Override
    public void sellerResponded(UUID disputeId) {
        correlate(MSG_SELLER_RESPONDED, disputeId, Variables.createVariables());
    }

    @Override
    public void agreementReached(UUID disputeId, ResolutionType type) {
        // what the parties agreed on is not appealed
        correlate(MSG_AGREEMENT_REACHED, disputeId, Variables.createVariables().putValue(VAR_RESOLUTION_TYPE, type.name())
                .putValue(VAR_APPEALABLE, false));
    }

    @Override
    public void platformProposalAccepted(UUID disputeId, ResolutionType type, boolean appealable) {
        // the same way out of arbitration as an agreement; "Appeal possible?" after the execution reads appealable
        correlate(MSG_AGREEMENT_REACHED, disputeId, Variables.createVariables().putValue(VAR_RESOLUTION_TYPE, type.name())
                .putValue(VAR_APPEALABLE, appealable));
    }

    @Override
    public void escalated(UUID disputeId) {
        correlate(MSG_DISPUTE_ESCALATED, disputeId, Variables.createVariables());
    }

    @Override
    public void cancelled(UUID disputeId) {
        correlate(MSG_DISPUTE_CANCELLED, disputeId, Variables.createVariables());
    }

    @Override
    public void returnAddressGiven(UUID disputeId) {
        correlate(MSG_RETURN_ADDRESS_GIVEN, disputeId, Variables.createVariables());
    }

    @Override
    public void returnShipped(UUID disputeId) {
        correlate(MSG_RETURN_SHIPPED, disputeId, Variables.createVariables());
    }

    @Override
    public void returnReceived(UUID disputeId) {
        correlate(MSG_RETURN_RECEIVED, disputeId, Variables.createVariables());
    }

    @Override
    public void returnDelivered(UUID disputeId) {
        // correlateAll: no process waiting for the delivery (countdown from shipment) is no error
        engine(() -> runtime.createMessageCorrelation(MSG_RETURN_DELIVERED)
                .processInstanceBusinessKey(disputeId.toString())
                .correlateAllWithResult());
    }

    @Override
    public void evidenceRequested(UUID disputeId) {
        correlate(MSG_EVIDENCE_REQUESTED, disputeId, Variables.createVariables());
    }

    @Override
    public void requestedEvidenceSubmitted(UUID disputeId) {
        correlate(MSG_REQUESTED_EVIDENCE_SUBMITTED, disputeId, Variables.createVariables());
    }

    @Override
    public void decided(UUID disputeId, ResolutionType type, boolean appealable) {
        Task task = decisionTask(disputeId);
        if (task == null) {
            throw new Conflict("No decision is pending for dispute " + disputeId);
        }
        engine(() -> {
            tasks.complete(task.getId(), Variables.createVariables()
                    .putValue(VAR_RESOLUTION_TYPE, type.name())
                    .putValue(VAR_APPEALABLE, appealable));
            return null;
        });
    }

    @Override
    public void arbitrationWithdrawn(UUID disputeId) {
        correlate(MSG_ARBITRATION_WITHDRAWN, disputeId, Variables.createVariables());
    }

    @Override
    public void appealFiled(UUID disputeId) {
        correlate(MSG_APPEAL_FILED, disputeId, Variables.createVariables().putValue(VAR_APPEALABLE, false));
    }

    @Override
    public void decisionAssigned(UUID disputeId, String assignee) {
        Task task = decisionTask(disputeId);
        if (task == null) {
            throw new Conflict("No decision is pending for dispute " + disputeId);
        }
        // setAssignee, not claim: the dispute row lock already decided who wins a race
        engine(() -> {
            tasks.setAssignee(task.getId(), assignee);
            return null;
        });
    }

    @Override
    public void involveSeniorArbitrators(UUID disputeId) {
        Task task = decisionTask(disputeId);
        if (task != null) {
            tasks.addCandidateGroup(task.getId(), GROUP_SENIOR_ARBITRATOR);
        }
    }

    private Task decisionTask(UUID disputeId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(disputeId.toString())
                .taskDefinitionKeyIn(TASK_DECIDE_DISPUTE, TASK_DECIDE_APPEAL)
                .singleResult();
    }

    private void correlate(String message, UUID disputeId, VariableMap variables) {
        engine(() -> runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(disputeId.toString())
                .setVariables(variables)
                .correlateWithResult());
    }

    /** The process no longer waiting for this step, or another step won the race: the caller gets a 409. */
    private static <T> T engine(Supplier<T> step) {
        try {
            return step.get();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException moved) {
            throw new Conflict("The case moved on meanwhile; reload it and try again");
        }
    }
}
