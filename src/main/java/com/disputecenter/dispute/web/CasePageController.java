package com.disputecenter.dispute.web;

import com.disputecenter.common.Caller;
import com.disputecenter.web.WebPage;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The case page, shared by every role; what each may do comes from the case's allowedActions. */
@Controller
@WebPage
class CasePageController {

    private final CasePage page;

    CasePageController(CasePage page) {
        this.page = page;
    }

    @GetMapping("/disputes/{id}")
    String show(Caller caller, @PathVariable UUID id, Model model) {
        return page.render(caller, id, model);
    }
}
