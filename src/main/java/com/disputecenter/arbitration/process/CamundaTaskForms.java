package com.disputecenter.arbitration.process;

import static com.disputecenter.dispute.process.ProcessConstants.TASK_DECIDE_APPEAL;
import static com.disputecenter.dispute.process.ProcessConstants.TASK_DECIDE_DISPUTE;
import static com.disputecenter.dispute.process.ProcessConstants.VAR_DISPUTE_ID;

import com.disputecenter.arbitration.TaskForms;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reads form keys from the engine's open tasks; a case's process instance has the case id as business key. */
@Component
class CamundaTaskForms implements TaskForms {

    private final TaskService tasks;

    CamundaTaskForms(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<String> openFormKey(UUID disputeId) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(disputeId.toString())
                .taskDefinitionKeyIn(TASK_DECIDE_DISPUTE, TASK_DECIDE_APPEAL)
                .initializeFormKeys()
                .singleResult();
        return Optional.ofNullable(task).map(Task::getFormKey);
    }

    @Override
    public Optional<UUID> disputeOfTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !(tasks.getVariable(task.getId(), VAR_DISPUTE_ID) instanceof String id)) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(id));
    }
}
