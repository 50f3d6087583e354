package com.disputecenter.arbitration.web;

import com.disputecenter.arbitration.ArbitrationQueue;
import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.arbitration.TaskForms;
import com.disputecenter.common.Caller;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.Responsibility;
import com.disputecenter.web.CasePageContributor;
import com.disputecenter.web.TaskFormTemplates;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The arbitrator's part of the case page: who holds the case (claim, release, hand over), the open
 * decision task's form, found by its formKey, and the request-for-evidence form with the deadline
 * the party would get.
 */
@Component
class ArbitrationCaseForms implements CasePageContributor {

    private final TaskForms taskForms;
    private final ArbitrationService arbitration;
    private final ArbitrationQueue queue;

    ArbitrationCaseForms(TaskForms taskForms, ArbitrationService arbitration, ArbitrationQueue queue) {
        this.taskForms = taskForms;
        this.arbitration = arbitration;
        this.queue = queue;
    }

    @Override
    public void contribute(DisputeView dispute, Caller caller, Model model) {
        if (caller.isArbitrator()) {
            // who holds the case, with claim / release / hand over as on the task list
            queue.work(caller, dispute.id()).ifPresent(row -> model.addAttribute("queueRow", row));
        }
        if (dispute.allowedActions().contains(Action.DECIDE)) {
            taskForms.openFormKey(dispute.id()).flatMap(TaskFormTemplates::template)
                    .ifPresent(template -> model.addAttribute("taskForm", template));
            if (!model.containsAttribute("decision")) {
                model.addAttribute("decision", DecisionForms.Decision.empty());
            }
            model.addAttribute("resolutionTypes", ResolutionType.values());
            model.addAttribute("responsibilities", Responsibility.values());
        }
        if (dispute.allowedActions().contains(Action.REQUEST_EVIDENCE)) {
            if (!model.containsAttribute("evidenceRequest")) {
                model.addAttribute("evidenceRequest", DecisionForms.EvidenceRequest.empty());
            }
            model.addAttribute("evidenceParties", List.of(Party.BUYER, Party.SELLER));
            model.addAttribute("evidenceDue", arbitration.evidenceDueIfRequestedNow(caller, dispute.id()));
        }
    }
}
