package com.disputecenter.dispute.web;

import com.disputecenter.common.Caller;
import com.disputecenter.dispute.DisputeService;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** TEMPORARY until the case page lands on main: shows the case facts and the party actions. */
@Controller
class CaseStandInController {

    private final DisputeService disputes;

    CaseStandInController(DisputeService disputes) {
        this.disputes = disputes;
    }

    @GetMapping("/disputes/{id}")
    String show(Caller caller, @PathVariable UUID id, Model model) {
        model.addAttribute("dispute", disputes.get(caller, id));
        return "parties/case-stand-in";
    }
}
