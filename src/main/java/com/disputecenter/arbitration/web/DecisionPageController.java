package com.disputecenter.arbitration.web;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.arbitration.TaskForms;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.web.CasePage;
import com.disputecenter.web.TaskFormTemplates;
import com.disputecenter.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task forms posted from the case page. They call the same use cases as the REST API, which
 * complete the Camunda task themselves; a refusal is shown next to its field (or above the form),
 * with the page re-rendered, and a success redirects back to the case with a flash message.
 */
@Controller
@WebPage
class DecisionPageController {

    private static final Set<String> DECISION_FIELDS = Set.of("resolution", "amount", "responsibility", "rationale");
    private static final Set<String> REQUEST_FIELDS = Set.of("party", "note");

    private final ArbitrationService arbitration;
    private final DisputeService disputes;
    private final TaskForms taskForms;
    private final CasePage casePage;

    DecisionPageController(ArbitrationService arbitration, DisputeService disputes, TaskForms taskForms,
            CasePage casePage) {
        this.arbitration = arbitration;
        this.disputes = disputes;
        this.taskForms = taskForms;
        this.casePage = casePage;
    }

    @PostMapping("/disputes/{id}/decision")
    String decide(Caller caller, @PathVariable UUID id, @Valid @ModelAttribute("decision") DecisionForms.Decision form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Money amount = errors.hasErrors() ? null : amount(caller, id, form.amount(), errors);
        if (!errors.hasErrors()) {
            try {
                arbitration.decide(caller, id, form.resolution(), amount, form.responsibility(), form.rationale());
                redirect.addFlashAttribute("flash", "arbitration.flash.decided");
                return "redirect:/disputes/" + id;
            } catch (DisputeCenterException.InvalidInput | DisputeCenterException.Conflict
                    | DisputeCenterException.RuleViolation refused) {
                reject(errors, refused, DECISION_FIELDS);
            }
        }
        return again(caller, id, model, response, errors);
    }

    @PostMapping("/disputes/{id}/evidence-request")
    String requestEvidence(Caller caller, @PathVariable UUID id,
            @Valid @ModelAttribute("evidenceRequest") DecisionForms.EvidenceRequest form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                arbitration.requestEvidence(caller, id, form.party(), form.note());
                redirect.addFlashAttribute("flash", "arbitration.flash.evidenceRequested");
                return "redirect:/disputes/" + id;
            } catch (DisputeCenterException.InvalidInput | DisputeCenterException.Conflict
                    | DisputeCenterException.RuleViolation refused) {
                reject(errors, refused, REQUEST_FIELDS);
            }
        }
        return again(caller, id, model, response, errors);
    }

    /**
     * Camunda Tasklist links a task with our form key here (an "external form"): open the case,
     * where the form is. A task that is gone, or a case the user may not see, is a 404.
     */
    @GetMapping("/forms/{name}")
    String openTask(Caller caller, @PathVariable String name, @RequestParam String taskId) {
        if (TaskFormTemplates.template("/forms/" + name).isEmpty()) {
            throw new DisputeCenterException.NotFound("No form " + name);
        }
        UUID id = taskForms.disputeOfTask(taskId)
                .orElseThrow(() -> new DisputeCenterException.NotFound("No open task " + taskId));
        // the same 404 as the case page, before the redirect names the case's id
        disputes.get(caller, id);
        return "redirect:/disputes/" + id + "#task-form";
    }

    /** The amount in the order's currency, as the API would take it; blank is no amount. */
    private Money amount(Caller caller, UUID id, String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            return new Money(value, disputes.get(caller, id).amount().currency());
        } catch (NumberFormatException e) {
            errors.rejectValue("amount", "typeMismatch", "'" + text + "' is not a valid value for amount");
            return null;
        }
    }

    /** The service's reason; in the page's language where it carries a message code (the queue's refusals). */
    private static void reject(BindingResult errors, DisputeCenterException refused, Set<String> fields) {
        String code = refused.codeOr("refused");
        Object[] args = refused.getArguments();
        if (refused instanceof DisputeCenterException.InvalidInput invalid && invalid.field() != null) {
            String field = invalid.field().startsWith("amount") ? "amount" : invalid.field();
            if (fields.contains(field)) {
                errors.rejectValue(field, code, args, refused.getMessage());
                return;
            }
        }
        errors.reject(code, args, refused.getMessage());
    }

    private String again(Caller caller, UUID id, Model model, HttpServletResponse response, BindingResult errors) {
        response.setStatus(errors.hasGlobalErrors() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        return casePage.render(caller, id, model);
    }
}
