package com.disputecenter.dispute.web;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ProposalStatus;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.EvidenceService;
import com.disputecenter.evidence.Upload;
import com.disputecenter.evidence.web.EvidenceRow;
import com.disputecenter.returns.ReturnCondition;
import com.disputecenter.returns.ReturnService;
import com.disputecenter.rules.Rulebooks;
import com.disputecenter.web.WebPage;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a buyer or seller does on a case: the response page (accept, or counter-propose with
 * evidence), the evidence page, and the short forms of the case page (case/party-actions.html).
 * Every form calls the use case the API calls; a refusal comes back as a message on its form.
 */
@Controller
@WebPage
@RequestMapping("/disputes/{id}")
class PartyPagesController {

    private static final Map<String, String> PROPOSAL_FIELDS = Map.of("amount", "amount", "file", "evidence");
    private static final Map<String, String> EVIDENCE_FIELDS = Map.of("file", "evidence");
    private static final Map<String, String> RETURN_FIELDS = Map.of(
            "address", "address", "carrier", "carrier", "returnTrackingNumber", "trackingNumber",
            "trackingNumber", "trackingNumber", "note", "note");
    private static final int NOTE_MAX = 2000;

    private final DisputeService disputes;
    private final EvidenceService evidence;
    private final ReturnService returns;
    private final ArbitrationService arbitration;
    private final Rulebooks rulebooks;

    PartyPagesController(DisputeService disputes, EvidenceService evidence, ReturnService returns,
            ArbitrationService arbitration, Rulebooks rulebooks) {
        this.disputes = disputes;
        this.evidence = evidence;
        this.returns = returns;
        this.arbitration = arbitration;
        this.rulebooks = rulebooks;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        Refusal.prefixCodes(binder);
    }

    // --- the response page: accept the other side's proposal, or counter-propose with evidence

    @GetMapping("/respond")
    String respondPage(Caller caller, @PathVariable UUID id, Model model) {
        model.addAttribute("proposalForm", new ProposalForm());
        return respondPage(caller, disputes.get(caller, id), model);
    }

    @PostMapping("/respond")
    String respond(Caller caller, @PathVariable UUID id, @Valid @ModelAttribute ProposalForm proposalForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DisputeView dispute = disputes.get(caller, id);
        if (errors.hasErrors()) {
            return respondPage(caller, dispute, model);
        }
        try {
            Money amount = proposalForm.getAmount() == null ? null
                    : new Money(proposalForm.getAmount(), dispute.amount().currency());
            disputes.propose(caller, id, proposalForm.getType(), amount, blankToNull(proposalForm.getNote()),
                    EvidenceRow.uploads(proposalForm.getEvidence()));
        } catch (DisputeCenterException refused) {
            Refusal.of("respond", refused, PROPOSAL_FIELDS).onto(errors);
            return respondPage(caller, dispute, model);
        }
        return done(redirect, id, "parties.flash.proposed");
    }

    private String respondPage(Caller caller, DisputeView dispute, Model model) {
        Party party = partyOf(caller, dispute);
        model.addAttribute("dispute", dispute);
        model.addAttribute("party", party);
        model.addAttribute("theirProposals", dispute.proposals().stream()
                .filter(p -> p.status() == ProposalStatus.OPEN && p.party() != party)
                .toList());
        model.addAttribute("resolutions", ResolutionType.values());
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("maxFileBytes", rulebooks.current(dispute.platform()).maxFileBytes());
        return "parties/respond";
    }

    // --- the evidence page: several files at once, each with its kind

    @GetMapping("/evidence/new")
    String evidencePage(Caller caller, @PathVariable UUID id, Model model) {
        model.addAttribute("evidenceForm", new EvidenceForm());
        return evidencePage(disputes.get(caller, id), model);
    }

    @PostMapping("/evidence/new")
    String addEvidence(Caller caller, @PathVariable UUID id, @Valid @ModelAttribute EvidenceForm evidenceForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DisputeView dispute = disputes.get(caller, id);
        if (!errors.hasErrors()) {
            try {
                List<Upload> uploads = EvidenceRow.uploads(evidenceForm.getEvidence());
                if (uploads.isEmpty()) {
                    throw new InvalidInput("file", "Choose at least one file");
                }
                evidence.addAll(caller, id, uploads);
            } catch (DisputeCenterException refused) {
                Refusal.of("evidence", refused, EVIDENCE_FIELDS).onto(errors);
            }
        }
        if (errors.hasErrors()) {
            return evidencePage(dispute, model);
        }
        return done(redirect, id, "parties.flash.evidenceAdded");
    }

    private String evidencePage(DisputeView dispute, Model model) {
        model.addAttribute("dispute", dispute);
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("maxFileBytes", rulebooks.current(dispute.platform()).maxFileBytes());
        return "parties/evidence";
    }

    // --- the case page's short forms: each redirects back to the case, with a message or a refusal

    @PostMapping("/proposals/{proposalId}/accept")
    String accept(Caller caller, @PathVariable UUID id, @PathVariable UUID proposalId, RedirectAttributes redirect) {
        return act(redirect, id, "accept", Map.of(), "parties.flash.accepted",
                () -> disputes.accept(caller, id, proposalId));
    }

    @PostMapping("/proposals/{proposalId}/reject")
    String reject(Caller caller, @PathVariable UUID id, @PathVariable UUID proposalId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(redirect, id, "reject", Map.of("note", "note"), "parties.flash.rejected",
                () -> disputes.reject(caller, id, proposalId, note(note)));
    }

    @PostMapping("/escalate")
    String escalate(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(redirect, id, "escalate", Map.of("note", "note"), "parties.flash.escalated",
                () -> disputes.escalate(caller, id, note(note)));
    }

    @PostMapping("/cancel")
    String cancel(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(redirect, id, "cancel", Map.of("note", "note"), "parties.flash.cancelled",
                () -> disputes.cancel(caller, id, note(note)));
    }

    @PostMapping("/return/address")
    String returnAddress(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String address,
            @RequestParam(required = false) String carrier, @RequestParam(required = false) String trackingNumber,
            RedirectAttributes redirect) {
        return act(redirect, id, "returnAddress", RETURN_FIELDS, "parties.flash.returnAddressGiven", () -> {
            bounded("address", address, 1000);
            bounded("carrier", carrier, 40);
            bounded("returnTrackingNumber", trackingNumber, 64);
            return returns.giveAddress(caller, id, blankToNull(address), blankToNull(carrier),
                    blankToNull(trackingNumber));
        });
    }

    @PostMapping("/return/shipment")
    String returnShipment(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String carrier,
            @RequestParam(required = false) String trackingNumber, RedirectAttributes redirect) {
        return act(redirect, id, "returnShipment", RETURN_FIELDS, "parties.flash.returnShipped", () -> {
            required("carrier", carrier, 40);
            required("trackingNumber", trackingNumber, 64);
            return returns.ship(caller, id, carrier.strip(), trackingNumber.strip());
        });
    }

    @PostMapping("/return/receipt")
    String returnReceipt(Caller caller, @PathVariable UUID id,
            @RequestParam(required = false) ReturnCondition condition, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(redirect, id, "returnReceipt", RETURN_FIELDS, condition == null
                || condition == ReturnCondition.RECEIVED_OK ? "parties.flash.returnReceived" : "parties.flash.returnDisputed",
                () -> returns.confirmReceipt(caller, id, condition, note(note)));
    }

    @PostMapping("/arbitration/withdraw")
    String withdraw(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(redirect, id, "withdraw", Map.of("note", "note"), "parties.flash.withdrawn",
                () -> arbitration.withdraw(caller, id, note(note)));
    }

    @PostMapping("/appeal")
    String appeal(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(redirect, id, "appeal", Map.of("note", "note"), "parties.flash.appealed", () -> {
            required("note", note, NOTE_MAX);
            return arbitration.appeal(caller, id, note.strip());
        });
    }

    private static String act(RedirectAttributes redirect, UUID id, String form, Map<String, String> fields,
            String doneKey, Supplier<DisputeView> useCase) {
        try {
            useCase.get();
        } catch (DisputeCenterException refused) {
            redirect.addFlashAttribute("partyRefusal", Refusal.of(form, refused, fields));
            return "redirect:/disputes/" + id;
        }
        return done(redirect, id, doneKey);
    }

    private static String done(RedirectAttributes redirect, UUID id, String key) {
        redirect.addFlashAttribute("flash", key);
        return "redirect:/disputes/" + id;
    }

    /** Which side the caller takes; staff never reach a party's form (the service refuses them). */
    static Party partyOf(Caller caller, DisputeView dispute) {
        if (caller.username().equals(dispute.buyerId())) {
            return Party.BUYER;
        }
        return dispute.sellerId().equals(caller.sellerId()) ? Party.SELLER : Party.PLATFORM;
    }

    static boolean allowed(DisputeView dispute, Action action) {
        return dispute.allowedActions().contains(action);
    }

    private static String note(String note) {
        bounded("note", note, NOTE_MAX);
        return blankToNull(note);
    }

    private static void bounded(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(field, field + " may have at most " + max + " characters");
        }
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        bounded(field, value, max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
