package com.disputecenter.processes;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What process analysts (and administrators) see of the deployed models and the cases in them. */
@Service
public class ProcessOverview {

    private final ProcessInsight insight;

    ProcessOverview(ProcessInsight insight) {
        this.insight = insight;
    }

    public List<ProcessInsight.Model> models(Caller caller) {
        requireAnalyst(caller);
        return insight.deployed();
    }

    public ProcessInsight.Load load(Caller caller, String processKey) {
        requireAnalyst(caller);
        return insight.load(processKey)
                .orElseThrow(() -> new DisputeCenterException.NotFound("No deployed process " + processKey));
    }

    /** The case's process instance, for a link into Cockpit; only for those who may open Cockpit. */
    public Optional<String> instanceOf(Caller caller, UUID disputeId) {
        return mayInspect(caller) ? insight.instanceOf(disputeId) : Optional.empty();
    }

    public static boolean mayInspect(Caller caller) {
        return caller.has(Role.ANALYST) || caller.has(Role.ADMIN);
    }

    private static void requireAnalyst(Caller caller) {
        if (!mayInspect(caller)) {
            throw new DisputeCenterException.Forbidden("Only analysts and administrators see the processes");
        }
    }
}
