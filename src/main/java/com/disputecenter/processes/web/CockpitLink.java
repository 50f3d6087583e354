package com.disputecenter.processes.web;

import com.disputecenter.common.Caller;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.processes.ProcessOverview;
import com.disputecenter.web.CasePageContributor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** On the case page, analysts and administrators get a link to the case's process instance in Cockpit. */
@Component
class CockpitLink implements CasePageContributor {

    private final ProcessOverview overview;

    CockpitLink(ProcessOverview overview) {
        this.overview = overview;
    }

    @Override
    public void contribute(DisputeView dispute, Caller caller, Model model) {
        overview.instanceOf(caller, dispute.id())
                .ifPresent(instance -> model.addAttribute("cockpitInstance", instance));
    }
}
