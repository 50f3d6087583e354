package com.disputecenter.dispute;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Role;
import com.disputecenter.rules.Rulebook;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a case, and when: the single source of both the API's allowedActions and
 * the checks every use case makes, so a button a page shows always works.
 */
public final class DisputePolicy {

    private DisputePolicy() {
    }

    public static boolean canSee(Dispute dispute, Caller caller) {
        return caller.isStaff() || partyOf(dispute, caller).isPresent();
    }

    /** The side the caller takes in this case: buyer, seller, or the platform (arbitrators). */
    public static Optional<Party> partyOf(Dispute dispute, Caller caller) {
        if (caller.has(Role.BUYER) && dispute.buyerId().equals(caller.username())) {
            return Optional.of(Party.BUYER);
        }
        if (caller.has(Role.SELLER) && dispute.sellerId().equals(caller.sellerId())) {
            return Optional.of(Party.SELLER);
        }
        if (caller.isArbitrator()) {
            return Optional.of(Party.PLATFORM);
        }
        return Optional.empty();
    }

    public static Set<Action> allowedActions(Dispute dispute, Caller caller, Rulebook rulebook, Instant now) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (refusal(dispute, caller, action, rulebook, now) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    public static void require(Dispute dispute, Caller caller, Action action, Rulebook rulebook, Instant now) {
        DisputeCenterException refusal = refusal(dispute, caller, action, rulebook, now);
        if (refusal != null) {
            throw refusal;
        }
    }

    private static DisputeCenterException refusal(Dispute d, Caller caller, Action action, Rulebook rulebook,
            Instant now) {
        Party party = partyOf(d, caller).orElse(null);
        boolean buyer = party == Party.BUYER;
        boolean seller = party == Party.SELLER;
        boolean platform = party == Party.PLATFORM;
        Stage stage = d.stage();
        return switch (action) {
            case PROPOSE -> !(buyer || seller || platform) ? forbidden("propose")
                    : platform && stage != Stage.ARBITRATION ? conflict("The platform proposes only during arbitration")
                    : !stage.isOpen() || stage == Stage.APPEAL ? conflict("The case takes no proposals now")
                    : null;
            case ACCEPT_PROPOSAL, REJECT_PROPOSAL -> !(buyer || seller) ? forbidden("answer proposals")
                    : !stage.isOpen() || stage == Stage.APPEAL ? conflict("The case takes no answers to proposals now")
                    : d.proposals().stream().noneMatch(p -> p.status() == ProposalStatus.OPEN && p.party() != party)
                            ? conflict("There is no open proposal from the other side")
                            : null;
            case ADD_EVIDENCE -> !(buyer || seller) ? forbidden("submit evidence")
                    : !stage.isOpen() ? conflict("The case is closed") : null;
            case ESCALATE -> !(buyer || seller) ? forbidden("escalate")
                    : !(stage == Stage.NEGOTIATION || (stage == Stage.RETURN_RECEIPT && seller))
                            ? conflict("The case cannot be escalated now")
                    : stage == Stage.NEGOTIATION && tooEarlyToEscalate(d, rulebook, now)
                            ? rule("On " + d.platform() + " a party may ask the platform to step in only "
                                    + rulebook.escalationOpensAfter() + " after opening")
                    : null;
            case CANCEL -> !buyer ? forbidden("cancel")
                    : !stage.isOpen() ? conflict("The case is already closed")
                    : stage == Stage.APPEAL ? conflict("A case under appeal waits for the senior arbitrator") : null;
            case GIVE_RETURN_ADDRESS -> !seller ? forbidden("give the return address")
                    : stage != Stage.RETURN_ADDRESS ? conflict("No return address is expected now") : null;
            case SHIP_RETURN -> !buyer ? forbidden("ship the return")
                    : stage != Stage.RETURN_SHIPMENT ? conflict("No return shipment is expected now") : null;
            case CONFIRM_RETURN_RECEIPT -> !seller ? forbidden("confirm the return")
                    : stage != Stage.RETURN_RECEIPT ? conflict("No return is on its way") : null;
            case WITHDRAW_ARBITRATION -> !seller ? forbidden("withdraw an arbitration")
                    : stage != Stage.ARBITRATION || !d.escalatedFromReturn() || d.escalatedBy() != Party.SELLER
                            ? conflict("Only a seller's escalation of a return can be withdrawn, while it is undecided")
                    : !rulebook.sellerMayWithdrawArbitration()
                            ? rule("The " + d.platform() + " rulebook does not let a seller withdraw an arbitration")
                    : null;
            case REQUEST_EVIDENCE -> !platform ? forbidden("request evidence")
                    : stage != Stage.ARBITRATION ? conflict("Evidence is requested only during arbitration")
                    : d.evidenceRequestedFrom() != null ? conflict("An evidence request is already open")
                    : null;
            case DECIDE -> !platform ? forbidden("decide disputes")
                    : stage == Stage.APPEAL && !caller.has(Role.SENIOR_ARBITRATOR)
                            ? forbidden("decide an appeal; a senior arbitrator does")
                    : stage != Stage.ARBITRATION && stage != Stage.APPEAL ? conflict("The case is not in arbitration")
                    : null;
            case APPEAL -> appealRefusal(d, party, rulebook, now);
        };
    }

    /**
     * The check every decision, evidence request and platform proposal makes: a case in the arbitration
     * queue that someone else has claimed is not the caller's to work. Answers whether the case is in the
     * queue unclaimed (so a decision claims it).
     */
    public static boolean requireNotHeldByAnother(Dispute dispute, Caller caller) {
        String holder = dispute.arbitrationWork().map(ArbitrationWork::assignee).orElse(null);
        if (holder != null && !holder.equals(caller.username())) {
            throw new DisputeCenterException.Conflict("The case is claimed by " + holder + "; ask them to hand it over")
                    .coded("arbitration.refusal.heldByAnother", holder);
        }
        return holder == null && dispute.arbitrationWork().isPresent();
    }

    /**
     * The losing party may appeal an arbitration decision, and a platform proposal the other party
     * accepted (it did not agree to it); the party that accepted one may not appeal it.
     */
    private static DisputeCenterException appealRefusal(Dispute d, Party party, Rulebook rulebook, Instant now) {
        if (party != Party.BUYER && party != Party.SELLER) {
            return forbidden("appeal");
        }
        boolean platformProposal = d.reasonCode() == ReasonCode.PLATFORM_PROPOSAL_ACCEPTED;
        if (d.stage() != Stage.RESOLVED || !(d.reasonCode() == ReasonCode.ARBITRATION_DECISION || platformProposal)
                || d.appealed()) {
            return conflict("Only an arbitration decision can be appealed, once");
        }
        if (!rulebook.hasAppeal()) {
            return rule("The " + d.platform() + " rulebook has no appeal");
        }
        Instant due = d.deadline(DeadlineKind.APPEAL).orElse(null);
        if (due == null || !now.isBefore(due)) {
            return rule("The appeal window has closed");
        }
        if (platformProposal && acceptedPlatformProposal(d) == party) {
            return forbidden("appeal the platform's proposal it accepted");
        }
        if (!lost(d.resolutionType(), party)) {
            return forbidden("appeal a decision in its favour");
        }
        return null;
    }

    private static Party acceptedPlatformProposal(Dispute d) {
        return d.proposals().stream()
                .filter(p -> p.party() == Party.PLATFORM && p.status() == ProposalStatus.ACCEPTED)
                .map(Proposal::acceptedBy)
                .findFirst().orElse(null);
    }

    private static boolean tooEarlyToEscalate(Dispute d, Rulebook rulebook, Instant now) {
        return rulebook.escalationOpensAfter() != null && now.isBefore(
                DeadlineService.after(d.openedAt(), rulebook.escalationOpensAfter(), rulebook.windowsInBusinessDays()));
    }

    /** A refusal of a refund is the buyer's loss; a refund or return the seller's; anything between, both. */
    static boolean lost(ResolutionType type, Party party) {
        return switch (type) {
            case NO_REFUND -> party == Party.BUYER;
            case FULL_REFUND, RETURN_AND_REFUND -> party == Party.SELLER;
            case PARTIAL_REFUND, COUPON, REPLACEMENT -> true;
        };
    }

    private static DisputeCenterException forbidden(String what) {
        return new DisputeCenterException.Forbidden("Your role may not " + what + " in this case");
    }

    private static DisputeCenterException conflict(String message) {
        return new DisputeCenterException.Conflict(message);
    }

    private static DisputeCenterException rule(String message) {
        return new DisputeCenterException.RuleViolation(message);
    }
}
