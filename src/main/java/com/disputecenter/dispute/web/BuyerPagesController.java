package com.disputecenter.dispute.web;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.web.EvidenceRow;
import com.disputecenter.rules.Rulebooks;
import com.disputecenter.web.WebPage;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buyer's pages: their disputes, and opening one on an order. */
@Controller
@WebPage
@RequestMapping("/buyer/disputes")
class BuyerPagesController {

    /** The service's field names on the open form's fields; a refused file lands on the evidence field. */
    private static final Map<String, String> FIELDS = Map.of(
            "orderId", "orderId",
            "sellerId", "sellerId",
            "amount", "amount",
            "requestedAmount", "requestedAmount",
            "deliveredAt", "deliveredAt",
            "latestEstimatedDelivery", "latestEstimatedDelivery",
            "sellerContactedAt", "sellerContactedAt",
            "file", "evidence");

    private final DisputeService disputes;
    private final Rulebooks rulebooks;

    BuyerPagesController(DisputeService disputes, Rulebooks rulebooks) {
        this.disputes = disputes;
        this.rulebooks = rulebooks;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        Refusal.prefixCodes(binder);
    }

    @GetMapping
    String list(Caller caller, Model model) {
        requireBuyer(caller);
        model.addAttribute("items", disputes.worklist(caller));
        return "buyer/disputes";
    }

    @GetMapping("/new")
    String openForm(Caller caller, Model model) {
        requireBuyer(caller);
        model.addAttribute("openDisputeForm", new OpenDisputeForm());
        return openPage(model);
    }

    @PostMapping("/new")
    String open(Caller caller, @Valid @ModelAttribute OpenDisputeForm openDisputeForm, BindingResult errors,
            Model model, RedirectAttributes redirect, Locale locale) {
        requireBuyer(caller);
        if (!errors.hasFieldErrors("currency") && !openDisputeForm.knownCurrency()) {
            errors.rejectValue("currency", "open.currency.unknown");
        }
        if (errors.hasErrors()) {
            return openPage(model);
        }
        DisputeView opened;
        try {
            opened = disputes.open(caller, openDisputeForm.command(locale.getLanguage()),
                    EvidenceRow.uploads(openDisputeForm.getEvidence()));
        } catch (DisputeCenterException refused) {
            Refusal.of("open", refused, FIELDS).onto(errors);
            return openPage(model);
        }
        redirect.addFlashAttribute("flash", "parties.flash.opened");
        return "redirect:/disputes/" + opened.id();
    }

    private String openPage(Model model) {
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("reasons", Reason.values());
        model.addAttribute("resolutions", ResolutionType.values());
        model.addAttribute("channels", LogisticsChannel.values());
        model.addAttribute("kinds", EvidenceKind.values());
        // a hint for the browser only: the smallest per-file limit of any platform; the service decides
        model.addAttribute("maxFileBytes", Arrays.stream(Platform.values())
                .mapToLong(p -> rulebooks.current(p).maxFileBytes()).min().orElse(0));
        return "buyer/open";
    }

    /** Pages of one role answer 403 to the others, like the navigation that does not offer them. */
    static void requireBuyer(Caller caller) {
        if (!caller.has(Role.BUYER)) {
            throw new AccessDeniedException("Buyers' pages");
        }
    }
}
