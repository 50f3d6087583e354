package com.disputecenter.dispute.web;

import com.disputecenter.carrier.CarrierEventService;
import com.disputecenter.common.Caller;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.web.CasePageContributor;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts together the case page for one caller: the case as the API shows it to them (so the same
 * visibility: a case they may not see is a 404), the return parcel's scans, and each feature's
 * action forms. Used by the GET and by every form that re-renders the page with its errors.
 */
@Component
public class CasePage {

    public static final String VIEW = "case/page";

    private final DisputeService disputes;
    private final CarrierEventService carrierEvents;
    private final ObjectProvider<CasePageContributor> contributors;

    CasePage(DisputeService disputes, CarrierEventService carrierEvents, ObjectProvider<CasePageContributor> contributors) {
        this.disputes = disputes;
        this.carrierEvents = carrierEvents;
        this.contributors = contributors;
    }

    public String render(Caller caller, UUID id, Model model) {
        DisputeView dispute = disputes.get(caller, id);
        model.addAttribute("d", dispute);
        model.addAttribute("carrierEvents", dispute.returnShipment() == null ? List.of()
                : carrierEvents.forDispute(caller, id));
        contributors.orderedStream().forEach(c -> c.contribute(dispute, caller, model));
        return VIEW;
    }
}
