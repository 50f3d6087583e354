package com.disputecenter.dispute;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Conflict;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.DisputeCenterException.NotFound;
import com.disputecenter.common.DisputeCenterException.RuleViolation;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Money;
import com.disputecenter.common.Role;
import com.disputecenter.common.Times;
import com.disputecenter.evidence.EvidenceService;
import com.disputecenter.evidence.Upload;
import com.disputecenter.returns.ReturnShipment;
import com.disputecenter.rules.Rulebook;
import com.disputecenter.rules.Rulebooks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening a case and negotiating it: each method one use case, one transaction. */
@Service
public class DisputeService {

    private final DisputeRepository disputes;
    private final Cases cases;
    private final Rulebooks rulebooks;
    private final EvidenceService evidence;
    private final DisputeProcess process;
    private final PartyNotifier notifier;

    DisputeService(DisputeRepository disputes, Cases cases, Rulebooks rulebooks, EvidenceService evidence,
            DisputeProcess process, PartyNotifier notifier) {
        this.notifier = notifier;
        this.disputes = disputes;
        this.cases = cases;
        this.rulebooks = rulebooks;
        this.evidence = evidence;
        this.process = process;
    }

    @Transactional
    public DisputeView open(Caller caller, OpenDispute command, List<Upload> uploads) {
        checkShape(command);
        String buyerId = buyerOf(caller, command);
        Amounts.validate(command.amount(), command.amount(), "amount");
        Instant now = cases.now();
        Rulebook rulebook = rulebooks.current(command.platform());
        checkFilingRules(command, uploads, rulebook, now);
        String orderKey = Identifiers.orderKey(command.orderId());
        if (disputes.existsByPlatformAndOpenOrderId(command.platform(), orderKey)) {
            throw new Conflict("Order " + command.orderId() + " already has an open dispute");
        }
        if (disputes.existsResolved(command.platform(), orderKey)) {
            throw new Conflict("Order " + command.orderId() + " had its dispute resolved; it cannot be disputed again");
        }
        Money requested = Amounts.forType(command.requestedResolution(), command.requestedAmount(),
                command.amount(), "requestedAmount");

        Dispute dispute = new Dispute(UUID.randomUUID(),
                new Dispute.OrderFacts(command.orderId(), command.platform(), buyerId, command.sellerId(),
                        command.reason(), command.amount(), command.description(), command.deliveredAt(),
                        command.logisticsChannel(), command.destinationCountry(), command.language(),
                        command.sellerContactedAt(), command.latestEstimatedDelivery()),
                rulebook.decisionDefinitionId(), now, caller.username());
        dispute.describeProduct(command.product());
        dispute.record(now, caller.username(), "OPENED", command.reason() + ", " + command.amount()
                + (caller.has(Role.INTEGRATION) ? ", filed by the marketplace for " + buyerId : ""));
        dispute.addProposal(Party.BUYER, command.requestedResolution(), requested, command.description(),
                caller.username(), now);
        dispute.record(now, caller.username(), "PROPOSED", "Buyer asks for " + describe(command.requestedResolution(),
                requested));
        evidence.attach(dispute, Party.BUYER, caller.username(), uploads, rulebook, now);
        try {
            disputes.saveAndFlush(dispute);
        } catch (DataIntegrityViolationException raced) {
            if (String.valueOf(raced.getMostSpecificCause().getMessage()).toLowerCase().contains("uq_dispute_open_order")) {
                throw new Conflict("Order " + command.orderId() + " already has an open dispute");
            }
            throw raced;
        }
        process.start(dispute.id());
        notifier.tell(dispute, Party.SELLER, Notice.DISPUTE_OPENED, PartyNotifier.values("reason", command.reason(),
                "requested", command.requestedResolution(), "description", command.description(),
                "due", dispute.deadline(DeadlineKind.SELLER_RESPONSE).orElse(null)));
        return cases.view(dispute, caller);
    }

    /** Identifiers and times as every adapter must send them: the same rules for the API, the pages and the marketplace. */
    private static void checkShape(OpenDispute command) {
        if (command.orderId() == null || command.orderId().isEmpty()) {
            throw new InvalidInput("orderId", "orderId is required");
        }
        if (command.sellerId() == null || command.sellerId().isEmpty()) {
            throw new InvalidInput("sellerId", "sellerId is required");
        }
        Identifiers.id("orderId", command.orderId());
        Identifiers.id("sellerId", command.sellerId());
        Identifiers.id("buyerId", command.buyerId());
        Times.inRange("deliveredAt", command.deliveredAt());
        Times.inRange("sellerContactedAt", command.sellerContactedAt());
        Times.inRange("latestEstimatedDelivery", command.latestEstimatedDelivery());
    }

    private static String buyerOf(Caller caller, OpenDispute command) {
        if (caller.has(Role.INTEGRATION)) {
            if (command.buyerId() == null || command.buyerId().isBlank()) {
                throw new InvalidInput("buyerId", "The marketplace must say which buyer the dispute is for");
            }
            return command.buyerId();
        }
        if (!caller.has(Role.BUYER)) {
            throw new Forbidden("Only a buyer or the marketplace opens disputes");
        }
        if (command.buyerId() != null && !command.buyerId().equals(caller.username())) {
            throw new Forbidden("A buyer opens disputes only for themselves");
        }
        return caller.username();
    }

    private static void checkFilingRules(OpenDispute command, List<Upload> uploads, Rulebook rulebook, Instant now) {
        if (command.deliveredAt() != null && command.deliveredAt().isAfter(now)) {
            throw new InvalidInput("deliveredAt", "deliveredAt lies in the future");
        }
        boolean fromDelivery = Rulebook.STARTS_AT_DELIVERY.equals(rulebook.filingWindowStartsAt());
        // an order that never arrived has no delivery date, so a window counted from delivery has not begun
        boolean notDelivered = command.reason().name().startsWith("NOT_RECEIVED_") && command.deliveredAt() == null;
        if (rulebook.filingWindow() != null && !(fromDelivery && notDelivered)) {
            Instant start = fromDelivery ? command.deliveredAt() : command.latestEstimatedDelivery();
            String field = fromDelivery ? "deliveredAt" : "latestEstimatedDelivery";
            if (start == null) {
                throw new RuleViolation("The " + command.platform() + " rulebook needs " + field
                        + " to check its filing window");
            }
            Duration window = Rulebook.parse(rulebook.filingWindow());
            if (now.isAfter(start.plus(window))) {
                throw new RuleViolation("The " + command.platform() + " filing window of " + rulebook.filingWindow()
                        + " after " + field + " has passed");
            }
        }
        if (rulebook.sellerContactWait() != null) {
            Duration wait = Rulebook.parse(rulebook.sellerContactWait());
            if (command.sellerContactedAt() == null || now.isBefore(command.sellerContactedAt().plus(wait))) {
                throw new RuleViolation("The " + command.platform() + " rulebook needs the buyer to have contacted"
                        + " the seller at least " + rulebook.sellerContactWait() + " before filing (sellerContactedAt)");
            }
        }
        if (rulebook.evidenceMandatoryForNotAsDescribed() && command.reason().isNotAsDescribed()
                && (uploads == null || uploads.isEmpty())) {
            throw new RuleViolation("On " + command.platform() + " a " + command.reason()
                    + " dispute must come with evidence");
        }
    }

    @Transactional(readOnly = true)
    public DisputeView get(Caller caller, UUID id) {
        return cases.view(cases.readFor(caller, id), caller);
    }

    @Transactional(readOnly = true)
    public Page<DisputeSummary> list(Caller caller, DisputeStatus status, Platform platform, String sellerId,
            int page, int size) {
        Identifiers.id("sellerId", sellerId);
        String buyerFilter = null;
        String sellerFilter = sellerId;
        if (!caller.isStaff()) {
            if (caller.has(Role.SELLER)) {
                if (sellerId != null && !sellerId.equals(caller.sellerId())) {
                    return Page.empty(PageRequest.of(page, size));
                }
                sellerFilter = caller.sellerId();
            } else {
                buyerFilter = caller.username();
            }
        }
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt"));
        return disputes.search(status, platform, sellerFilter, buyerFilter, request).map(DisputeSummary::of);
    }

    /** How many of a party's most recent cases a worklist weighs; older ones are on the paged list. */
    static final int WORKLIST_SIZE = 200;

    /** One line of a worklist: the case, and the countdown running in it now (null when none runs). */
    public record WorkItem(DisputeSummary dispute, String deadline, Instant dueAt) {
    }

    /**
     * The caller's cases, the one whose countdown ends soonest first, then those without one
     * (closed, or waiting for the platform), newest first.
     */
    @Transactional(readOnly = true)
    public List<WorkItem> worklist(Caller caller) {
        Instant now = cases.now();
        List<WorkItem> items = new ArrayList<>();
        for (DisputeSummary summary : list(caller, null, null, null, 0, WORKLIST_SIZE)) {
            Dispute dispute = cases.readFor(caller, summary.id());
            var soonest = DisputeView.runningDeadlines(dispute, now).entrySet().stream()
                    .min(Map.Entry.comparingByValue());
            items.add(new WorkItem(summary, soonest.map(Map.Entry::getKey).orElse(null),
                    soonest.map(Map.Entry::getValue).orElse(null)));
        }
        items.sort(Comparator.comparing(WorkItem::dueAt, Comparator.nullsLast(
                Comparator.naturalOrder())));
        return items;
    }

    @Transactional
    public DisputeView.ProposalView propose(Caller caller, UUID id, ResolutionType type, Money amount, String note) {
        return propose(caller, id, type, amount, note, List.of());
    }

    /** A proposal with the evidence backing it: a refused file refuses the proposal too, nothing is kept. */
    @Transactional
    public DisputeView.ProposalView propose(Caller caller, UUID id, ResolutionType type, Money amount, String note,
            List<Upload> uploads) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.PROPOSE);
        Party party = DisputePolicy.partyOf(dispute, caller).orElseThrow();
        if (party == Party.PLATFORM) {
            // a platform proposal is the platform's resolution once accepted: only the holder of the case speaks for it
            DisputePolicy.requireNotHeldByAnother(dispute, caller);
        }
        if (type == ResolutionType.RETURN_AND_REFUND && dispute.returnShipment().isPresent()) {
            throw new Conflict("A return is already under way in this case");
        }
        Money value = Amounts.forType(type, amount, dispute.amount(), "amount");
        if (!uploads.isEmpty()) {
            // after the proposal's own checks, before it is recorded: a refused file refuses both
            evidence.submit(dispute, caller, uploads);
        }
        Instant now = cases.now();
        Proposal proposal = dispute.addProposal(party, type, value, note, caller.username(), now);
        dispute.record(now, caller.username(), "PROPOSED", party + " proposes " + describe(type, value));
        if (dispute.stage() == Stage.SELLER_RESPONSE && party == Party.SELLER) {
            sellerResponded(dispute, caller, now);
        }
        for (Party other : party == Party.PLATFORM ? List.of(Party.BUYER, Party.SELLER)
                : List.of(party == Party.BUYER ? Party.SELLER : Party.BUYER)) {
            notifier.tell(dispute, other, Notice.PROPOSAL_RECEIVED, PartyNotifier.values("party", party,
                    "proposal", type, "proposalAmount", value, "note", note));
        }
        return DisputeView.ProposalView.of(proposal);
    }

    /**
     * A party accepts the other side's proposal: the parties agreed. A PLATFORM proposal is another
     * thing: one party accepting it does not make the other agree, so it is the platform's resolution,
     * recorded as decided by arbitration, appealable by the other party as a decision would be.
     */
    @Transactional
    public DisputeView accept(Caller caller, UUID id, UUID proposalId) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.ACCEPT_PROPOSAL);
        Proposal proposal = openProposalOfOtherSide(dispute, caller, proposalId);
        Party party = DisputePolicy.partyOf(dispute, caller).orElseThrow();
        Instant now = cases.now();
        dispute.acceptProposal(proposal, party);
        boolean platform = proposal.party() == Party.PLATFORM;
        ReasonCode code = platform ? ReasonCode.PLATFORM_PROPOSAL_ACCEPTED : ReasonCode.AGREED;
        Party other = party == Party.BUYER ? Party.SELLER : Party.BUYER;
        // as after a decision: a return is not appealed (what arrives can be disputed again)
        boolean appealable = platform && proposal.type() != ResolutionType.RETURN_AND_REFUND
                && cases.rulebook(dispute).hasAppeal() && DisputePolicy.lost(proposal.type(), other);
        if (platform) {
            dispute.record(now, caller.username(), "PLATFORM_PROPOSAL_ACCEPTED", party + " accepted the platform's proposal: "
                    + describe(proposal.type(), proposal.amount()) + "; it binds the " + other
                    + (appealable ? ", who may appeal it" : ""));
            dispute.settle(proposal.type(), proposal.amount(), DecidedBy.ARBITRATION, null, proposal.note(), code);
        } else {
            dispute.record(now, caller.username(), "AGREED", "Accepted " + proposal.party() + "'s proposal: "
                    + describe(proposal.type(), proposal.amount()));
            dispute.settle(proposal.type(), proposal.amount(), DecidedBy.AGREEMENT, null, null, code);
        }
        if (proposal.type() == ResolutionType.RETURN_AND_REFUND) {
            dispute.startReturn(new ReturnShipment(dispute.id(), now));
        } else {
            dispute.finish(code, now);
        }
        if (platform) {
            process.platformProposalAccepted(dispute.id(), proposal.type(), appealable);
            // the other party did not accept anything: it learns of the platform's resolution as of a decision
            notifier.tell(dispute, other, Notice.DECISION, PartyNotifier.values("resolution", proposal.type(),
                    "resolutionAmount", proposal.amount(), "rationale", proposal.note()));
        } else {
            process.agreementReached(dispute.id(), proposal.type());
        }
        return cases.view(dispute, caller);
    }

    @Transactional
    public DisputeView reject(Caller caller, UUID id, UUID proposalId, String note) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.REJECT_PROPOSAL);
        Proposal proposal = openProposalOfOtherSide(dispute, caller, proposalId);
        Instant now = cases.now();
        proposal.reject();
        dispute.record(now, caller.username(), "REJECTED", "Rejected " + proposal.party() + "'s proposal"
                + (note == null || note.isBlank() ? "" : ": " + note));
        Party party = DisputePolicy.partyOf(dispute, caller).orElseThrow();
        if (dispute.stage() == Stage.SELLER_RESPONSE && party == Party.SELLER) {
            sellerResponded(dispute, caller, now);
        }
        return cases.view(dispute, caller);
    }

    private void sellerResponded(Dispute dispute, Caller caller, Instant now) {
        dispute.moveTo(Stage.NEGOTIATION);
        dispute.record(now, caller.username(), "NEGOTIATION_STARTED", "Seller responded; buyer and seller negotiate");
        process.sellerResponded(dispute.id());
    }

    private static Proposal openProposalOfOtherSide(Dispute dispute, Caller caller, UUID proposalId) {
        Party party = DisputePolicy.partyOf(dispute, caller).orElseThrow();
        Proposal proposal = dispute.proposal(proposalId)
                .orElseThrow(() -> new NotFound(
                        "No proposal " + proposalId + " in this dispute"));
        if (proposal.party() == party) {
            throw new Forbidden("A party answers the other side's proposals, not its own");
        }
        if (proposal.status() != ProposalStatus.OPEN) {
            throw new Conflict("The proposal is " + proposal.status() + ", no longer open");
        }
        return proposal;
    }

    @Transactional
    public DisputeView escalate(Caller caller, UUID id, String note) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.ESCALATE);
        Party party = DisputePolicy.partyOf(dispute, caller).orElseThrow();
        boolean fromReturn = dispute.stage().isReturn();
        Instant now = cases.now();
        dispute.escalate(party, fromReturn);
        dispute.record(now, caller.username(), "ESCALATED", party + " asked the platform to step in"
                + (note == null || note.isBlank() ? "" : ": " + note));
        process.escalated(dispute.id());
        return cases.view(dispute, caller);
    }

    @Transactional
    public DisputeView cancel(Caller caller, UUID id, String note) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.CANCEL);
        Instant now = cases.now();
        dispute.cancel(now);
        dispute.record(now, caller.username(), "CANCELLED", "Buyer cancelled the dispute"
                + (note == null || note.isBlank() ? "" : ": " + note));
        process.cancelled(dispute.id());
        return cases.view(dispute, caller);
    }

    /** The seller's response window ran out: the buyer gets a full refund. */
    @Transactional
    public ResolutionType refundForSellerSilence(UUID id) {
        Dispute dispute = cases.lock(id);
        requireStage(dispute, Stage.SELLER_RESPONSE);
        Instant now = cases.now();
        dispute.settle(ResolutionType.FULL_REFUND, dispute.amount(), DecidedBy.TIMEOUT, Responsibility.SELLER,
                "The seller did not respond within the " + dispute.platform() + " response window",
                ReasonCode.NO_SELLER_RESPONSE);
        dispute.finish(ReasonCode.NO_SELLER_RESPONSE, now);
        dispute.record(now, "platform", "TIMED_OUT", "Seller did not respond in time: full refund of "
                + dispute.amount());
        notifier.tellBothDeadlinePassed(dispute, DeadlineKind.SELLER_RESPONSE);
        return ResolutionType.FULL_REFUND;
    }

    /** The negotiation window ran out: the platform steps in by itself. */
    @Transactional
    public void escalateAfterNegotiationWindow(UUID id) {
        Dispute dispute = cases.lock(id);
        requireStage(dispute, Stage.NEGOTIATION);
        dispute.escalate(Party.PLATFORM, false);
        dispute.record(cases.now(), "platform", "ESCALATED",
                "No agreement within the negotiation window: the platform steps in");
    }

    static void requireStage(Dispute dispute, Stage expected) {
        if (dispute.stage() != expected) {
            throw new Conflict("Dispute " + dispute.id() + " is at " + dispute.stage() + ", not " + expected);
        }
    }

    public static String describe(ResolutionType type, Money amount) {
        return amount == null ? type.name() : type + " " + amount;
    }
}
