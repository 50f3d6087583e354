package com.disputecenter.arbitration.process;

import static com.disputecenter.dispute.process.ProcessConstants.TASK_DECIDE_APPEAL;
import static com.disputecenter.dispute.process.ProcessConstants.TASK_DECIDE_DISPUTE;
import static com.disputecenter.dispute.process.ProcessConstants.VAR_DISPUTE_ID;

import com.disputecenter.arbitration.TaskForms;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reads form keys from the engine's open tasks; a case's process instance has the case id as business key. */
@Component
class CamundaTaskForms implements TaskForms {

    /** Cases started on a model version deployed before the tasks had form keys still get their form. */
    private static final Map<String, String> FORMS_BEFORE_FORM_KEYS = Map.of(
            TASK_DECIDE_DISPUTE, "/forms/decision",
            TASK_DECIDE_APPEAL, "/forms/appeal-decision");

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
        if (task == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(task.getFormKey() != null ? task.getFormKey()
                : FORMS_BEFORE_FORM_KEYS.get(task.getTaskDefinitionKey()));
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
