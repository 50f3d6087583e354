package com.disputecenter.risk.web;

import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.Platform;
import com.disputecenter.risk.RiskAssessmentService;
import com.disputecenter.security.DisputeCenterUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import com.disputecenter.web.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The seller's "check an order's risk" page. The check changes nothing, so the form is a GET: the
 * result can be bookmarked and needs no redirect.
 */
@Controller
@WebPage
class RiskPageController {

    private final RiskAssessmentService risk;

    RiskPageController(RiskAssessmentService risk) {
        this.risk = risk;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal DisputeCenterUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("channels", LogisticsChannel.values());
    }

    @GetMapping("/sellers/risk")
    String form(@ModelAttribute("form") RiskForm form) {
        return "risk/check";
    }

    @GetMapping("/sellers/risk/check")
    String check(@AuthenticationPrincipal DisputeCenterUser user, @Valid @ModelAttribute("form") RiskForm form,
            BindingResult errors, Model model) {
        if (!errors.hasFieldErrors("protectionEnds") && !form.protectionEndsInRange()) {
            errors.rejectValue("protectionEnds", "input.time");
        }
        if (errors.hasErrors()) {
            return "risk/check";
        }
        try {
            model.addAttribute("assessment", risk.assess(user.caller(), form.query(user.sellerId())));
        } catch (InvalidInput invalid) {
            errors.rejectValue(invalid.field(), invalid.codeOr("risk.invalid"), invalid.getMessage());
        }
        return "risk/check";
    }
}
