package com.disputecenter.web;

import com.disputecenter.common.Caller;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.security.DisputeCenterUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what this is, and for a logged-in user the cases they may see. */
@Controller
class HomeController {

    private final DisputeService disputes;

    HomeController(DisputeService disputes) {
        this.disputes = disputes;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal DisputeCenterUser user, Model model) {
        if (user != null) {
            Caller caller = user.caller();
            model.addAttribute("user", user);
            model.addAttribute("disputes", disputes.list(caller, null, null, null, 0, 50).getContent());
        }
        return "home";
    }
}
