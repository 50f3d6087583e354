package com.disputecenter.arbitration;

import java.util.Optional;
import java.util.UUID;

/**
 * The forms of the models' user tasks, as the pages need them: which form the open decision task
 * of a case names (its {@code formKey}), and which case a task (say, opened from Camunda Tasklist)
 * belongs to. Completing a task is never done here: the decision use case does it.
 */
public interface TaskForms {

    /** The form key of the case's open decision task, if one is waiting. */
    Optional<String> openFormKey(UUID disputeId);

    /** The case an open user task belongs to. */
    Optional<UUID> disputeOfTask(String taskId);
}
