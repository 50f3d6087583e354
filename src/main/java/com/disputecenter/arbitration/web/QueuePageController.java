package com.disputecenter.arbitration.web;

import com.disputecenter.arbitration.ArbitrationQueue;
import com.disputecenter.arbitration.QueueFilter;
import com.disputecenter.arbitration.QueuePage;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.web.Redirects;
import com.disputecenter.web.WebPage;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The arbitrators' task list: the queue service's page, most urgent first, with its filters in
 * the URL (a filtered list can be bookmarked and shared), and claim, release and hand-over
 * buttons that post back to the same list.
 */
@Controller
@WebPage
class QueuePageController {

    static final int PAGE_SIZE = 25;

    private static final Pattern CASE_PAGE = Pattern.compile("/disputes/[0-9a-fA-F-]{36}");

    private final ArbitrationQueue queue;
    private final MessageSource messages;

    QueuePageController(ArbitrationQueue queue, MessageSource messages) {
        this.queue = queue;
        this.messages = messages;
    }

    /** The filter as typed; amounts stay text so a typo is a message, not a 400. */
    record Filter(Platform platform, Reason reason, String currency, String minAmount, String maxAmount,
            QueueFilter.Scope scope, Integer page) {

        int pageNumber() {
            return page == null || page < 0 ? 0 : page;
        }

        String query(int targetPage) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/arbitration");
            add(uri, "platform", platform);
            add(uri, "reason", reason);
            add(uri, "currency", currency);
            add(uri, "minAmount", minAmount);
            add(uri, "maxAmount", maxAmount);
            add(uri, "scope", scope);
            if (targetPage > 0) {
                uri.queryParam("page", targetPage);
            }
            return uri.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder uri, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        }
    }

    @GetMapping("/arbitration")
    String list(Caller caller, @ModelAttribute("filter") Filter filter, BindingResult errors, Model model) {
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("reasons", Reason.values());
        model.addAttribute("scopes", QueueFilter.Scope.values());
        model.addAttribute("here", filter.query(filter.pageNumber()));
        model.addAttribute("previous", filter.query(filter.pageNumber() - 1));
        model.addAttribute("next", filter.query(filter.pageNumber() + 1));
        if (errors.hasErrors()) {
            return "arbitration/queue";
        }
        try {
            QueueFilter queueFilter = new QueueFilter(filter.platform(), filter.reason(),
                    amount(filter.minAmount(), "minAmount", errors), amount(filter.maxAmount(), "maxAmount", errors),
                    currency(filter.currency(), errors), filter.scope());
            if (!errors.hasErrors()) {
                model.addAttribute("tasks", queue.page(caller, queueFilter, filter.pageNumber(), PAGE_SIZE));
            }
        } catch (DisputeCenterException.InvalidInput invalid) {
            errors.rejectValue(invalid.field(), invalid.codeOr("invalid"), invalid.getMessage());
        }
        return "arbitration/queue";
    }

    @PostMapping("/arbitration/{id}/claim")
    View claim(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        return act(() -> queue.claim(caller, id), "arbitration.flash.claimed", returnTo, redirect);
    }

    @PostMapping("/arbitration/{id}/unclaim")
    View unclaim(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        return act(() -> queue.unclaim(caller, id), "arbitration.flash.released", returnTo, redirect);
    }

    @PostMapping("/arbitration/{id}/handover")
    View handOver(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        return act(() -> queue.handOver(caller, id, to == null ? null : to.trim()), "arbitration.flash.handedOver",
                returnTo, redirect);
    }

    /**
     * A refused claim (someone was quicker) comes back as the service's reason above the list. Where
     * to go back is settled first: a link this site never renders refuses the step, nothing is done.
     */
    private View act(Runnable step, String done, String returnTo, RedirectAttributes redirect) {
        String back = back(returnTo);
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DisputeCenterException.Conflict | DisputeCenterException.RuleViolation
                | DisputeCenterException.InvalidInput refused) {
            // in the page's language where the queue gave the refusal a message code
            redirect.addFlashAttribute("queueError", messages.getMessage(refused, LocaleContextHolder.getLocale()));
        }
        return Redirects.to(back);
    }

    /** Back to the task list as filtered, or to a case page the button was on; never off the site. */
    static String back(String returnTo) {
        if (Redirects.templated(returnTo)) {
            throw new DisputeCenterException.InvalidInput("returnTo", "returnTo is not a link of this site")
                    .coded("input.returnTo");
        }
        if (returnTo == null || returnTo.contains("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return "/arbitration";
        }
        return returnTo.startsWith("/arbitration") || CASE_PAGE.matcher(returnTo).matches() ? returnTo : "/arbitration";
    }

    private static BigDecimal amount(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "arbitration.queue.notANumber", new Object[] {text},
                    "'" + text + "' is not a number");
            return null;
        }
    }

    private static Currency currency(String code, BindingResult errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("currency", "arbitration.queue.notACurrency", new Object[] {code},
                    "'" + code + "' is not an ISO 4217 currency code");
            return null;
        }
    }
}
