package com.disputecenter.arbitration;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Conflict;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.Amounts;
import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.DeadlineKind;
import com.disputecenter.dispute.DeadlineService;
import com.disputecenter.dispute.DecidedBy;
import com.disputecenter.dispute.Dispute;
import com.disputecenter.dispute.DisputePolicy;
import com.disputecenter.dispute.DisputeProcess;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Notice;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.PartyNotifier;
import com.disputecenter.dispute.ReasonCode;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.Responsibility;
import com.disputecenter.dispute.Stage;
import com.disputecenter.evidence.EvidenceItem;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.EvidenceService.ResponsibilitySuggestions;
import com.disputecenter.returns.ReturnShipment;
import com.disputecenter.rules.ResponsibilityAdvisor;
import com.disputecenter.rules.Rulebook;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platform's part: suggestion, evidence requests, decisions, withdrawal and appeal. */
@Service
public class ArbitrationService implements ResponsibilitySuggestions {

    private final Cases cases;
    private final DisputeProcess process;
    private final ResponsibilityAdvisor advisor;
    private final DeadlineService deadlines;
    private final PartyNotifier notifier;

    ArbitrationService(Cases cases, DisputeProcess process, ResponsibilityAdvisor advisor, DeadlineService deadlines,
            PartyNotifier notifier) {
        this.notifier = notifier;
        this.cases = cases;
        this.process = process;
        this.advisor = advisor;
        this.deadlines = deadlines;
    }

    @Transactional
    public DisputeView requestEvidence(Caller caller, UUID id, Party party, String note) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.REQUEST_EVIDENCE);
        ArbitrationQueue.requireNotHeldByAnother(dispute, caller);
        if (party != Party.BUYER && party != Party.SELLER) {
            throw new InvalidInput("party", "Evidence is requested from the BUYER or the SELLER");
        }
        dispute.requestEvidenceFrom(party);
        dispute.record(cases.now(), caller.username(), "EVIDENCE_REQUESTED", "Arbitrator asks the " + party
                + " for more evidence" + (note == null || note.isBlank() ? "" : ": " + note));
        process.evidenceRequested(dispute.id());
        notifier.tell(dispute, party, Notice.EVIDENCE_REQUESTED, PartyNotifier.values("note", note,
                "due", dispute.deadline(DeadlineKind.EVIDENCE_REQUEST).orElse(null)));
        return cases.view(dispute, caller);
    }

    @Transactional
    public DisputeView decide(Caller caller, UUID id, ResolutionType type, Money amount, Responsibility responsibility,
            String rationale) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.DECIDE);
        boolean unclaimed = ArbitrationQueue.requireNotHeldByAnother(dispute, caller);
        if (type == ResolutionType.RETURN_AND_REFUND && dispute.returnShipment().map(ReturnShipment::shipped).orElse(false)) {
            throw new Conflict("The goods were already sent back; decide on the refund itself");
        }
        Money value = Amounts.forType(type, amount, dispute.amount(), "amount");
        boolean onAppeal = dispute.stage() == Stage.APPEAL;
        // a decision to send the goods back is carried out by the return itself; what then arrives can
        // be disputed again, and that decision can be appealed
        boolean appealable = !onAppeal && type != ResolutionType.RETURN_AND_REFUND && cases.rulebook(dispute).hasAppeal();
        Instant now = cases.now();
        if (dispute.evidenceRequestedFrom() != null) {
            dispute.evidenceRequestClosed();
        }
        ReasonCode code = onAppeal ? ReasonCode.APPEAL_DECISION : ReasonCode.ARBITRATION_DECISION;
        dispute.settle(type, value, DecidedBy.ARBITRATION, responsibility, rationale, code);
        dispute.record(now, caller.username(), onAppeal ? "APPEAL_DECIDED" : "DECIDED",
                DisputeService.describe(type, value) + ", responsibility " + responsibility + ": " + rationale);
        if (type == ResolutionType.RETURN_AND_REFUND) {
            dispute.startReturn(dispute.returnShipment().orElseGet(() -> new ReturnShipment(dispute.id(), now)));
        } else {
            dispute.finish(code, now);
        }
        if (unclaimed) {
            // deciding an unclaimed case claims it, so the engine's history names who decided
            process.decisionAssigned(dispute.id(), caller.username());
        }
        process.decided(dispute.id(), type, appealable);
        for (Party party : List.of(Party.BUYER, Party.SELLER)) {
            notifier.tell(dispute, party, Notice.DECISION, PartyNotifier.values("resolution", type,
                    "resolutionAmount", value, "responsibility", responsibility, "rationale", rationale));
        }
        return cases.view(dispute, caller);
    }

    /** The seller takes back its escalation of a return (say the parcel turned up): the refund proceeds. */
    @Transactional
    public DisputeView withdraw(Caller caller, UUID id, String note) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.WITHDRAW_ARBITRATION);
        Instant now = cases.now();
        dispute.finish(ReasonCode.ARBITRATION_WITHDRAWN, now);
        dispute.record(now, caller.username(), "ARBITRATION_WITHDRAWN", "Seller withdrew the arbitration; the refund of "
                + dispute.resolutionAmount() + " proceeds" + (note == null || note.isBlank() ? "" : ": " + note));
        process.arbitrationWithdrawn(dispute.id());
        return cases.view(dispute, caller);
    }

    @Transactional
    public DisputeView appeal(Caller caller, UUID id, String note) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.APPEAL);
        Party party = DisputePolicy.partyOf(dispute, caller).orElseThrow();
        dispute.appeal();
        // no timer watches an appeal (seniors already decide it), but the queue orders it by an SLA
        // counted from the appeal, which also puts it into the seniors' queue
        deadlines.start(dispute.id(), DeadlineKind.ARBITRATION_SLA);
        dispute.record(cases.now(), caller.username(), "APPEALED", party + " appealed the decision to a senior arbitrator: "
                + note);
        process.appealFiled(dispute.id());
        return cases.view(dispute, caller);
    }

    /** Asks the DMN who is likely responsible, from the reason, the evidence and the parcel. */
    @Transactional
    public void suggestResponsibility(UUID id) {
        refresh(cases.lock(id));
    }

    @Override
    public void refresh(Dispute dispute) {
        boolean labelOverLabel = dispute.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.LABEL_COMPARISON);
        Boolean packagingDamaged = dispute.evidence().stream()
                .filter(e -> e.kind() == EvidenceKind.OUTER_PACKAGING_PHOTO)
                .map(EvidenceItem::packagingDamaged)
                .filter(Objects::nonNull)
                .reduce(Boolean::logicalOr)
                .orElse(null);
        String carrierStatus = dispute.returnShipment()
                .map(ReturnShipment::status)
                .map(Enum::name)
                .orElse(null);
        ResponsibilityAdvisor.Suggestion suggestion = advisor.suggest(new ResponsibilityAdvisor.Facts(
                dispute.reason().name(),
                dispute.logisticsChannel() == null ? null : dispute.logisticsChannel().name(),
                labelOverLabel, packagingDamaged, carrierStatus));
        dispute.suggest(suggestion.responsibility(), suggestion.rule());
        dispute.record(cases.now(), "platform", "RESPONSIBILITY_SUGGESTED",
                (suggestion.responsibility() == null ? "No suggestion" : "Suggested: " + suggestion.responsibility())
                        + (suggestion.rule() == null ? "" : " (" + suggestion.rule() + ")"));
    }

    /** The arbitration SLA passed: senior arbitrators may pick the case up too. */
    @Transactional
    public void involveSeniorArbitrators(UUID id) {
        Dispute dispute = cases.lock(id);
        dispute.involveSeniors();
        dispute.record(cases.now(), "platform", "SLA_PASSED", "Undecided past the arbitration SLA: handed to senior"
                + " arbitrators as well");
        process.involveSeniorArbitrators(dispute.id());
    }

    /** The party asked for evidence let its deadline pass; the arbitrator decides without it. */
    @Transactional
    public void recordMissingEvidence(UUID id) {
        Dispute dispute = cases.lock(id);
        Party party = dispute.evidenceRequestedFrom();
        dispute.evidenceRequestClosed();
        dispute.record(cases.now(), "platform", "EVIDENCE_MISSING", (party == null ? "The party" : "The " + party)
                + " did not provide the requested evidence in time");
    }

    /** The appeal window closed unused: the decision is final. */
    @Transactional
    public void finaliseDecision(UUID id) {
        Dispute dispute = cases.lock(id);
        dispute.clearDeadline(DeadlineKind.APPEAL);
        dispute.record(cases.now(), "platform", "DECISION_FINAL", "The appeal window closed; the decision is final");
    }

    /** When evidence asked for now would be due, by the case's rulebook (shown on the request form). */
    @Transactional(readOnly = true)
    public Instant evidenceDueIfRequestedNow(Caller caller, UUID id) {
        Dispute dispute = cases.readFor(caller, id);
        String window = cases.rulebook(dispute).evidenceRequestWindow();
        return window == null ? null : cases.now().plus(Rulebook.parse(window));
    }
}
