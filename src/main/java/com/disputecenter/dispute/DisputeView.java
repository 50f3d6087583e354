package com.disputecenter.dispute;

import com.disputecenter.common.Caller;
import com.disputecenter.common.Money;
import com.disputecenter.evidence.EvidenceItem;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.returns.ReturnShipment;
import com.disputecenter.rules.Rulebook;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A case as the API shows it to one caller (see API.md, "Dispute"). */
public record DisputeView(
        UUID id,
        String orderId,
        Platform platform,
        String buyerId,
        String sellerId,
        Reason reason,
        Money amount,
        String description,
        DisputeStatus status,
        Stage stage,
        Instant openedAt,
        Map<String, Instant> deadlines,
        List<ProposalView> proposals,
        List<EvidenceView> evidence,
        ReturnShipmentView returnShipment,
        Responsibility suggestedResponsibility,
        String suggestionRule,
        ResolutionView resolution,
        Set<Action> allowedActions,
        boolean countsTowardDisputeRate,
        List<TimelineView> timeline,
        ProductView product) {

    /** The view without product details, as before products were recorded. */
    public DisputeView(UUID id, String orderId, Platform platform, String buyerId, String sellerId, Reason reason,
            Money amount, String description, DisputeStatus status, Stage stage, Instant openedAt,
            Map<String, Instant> deadlines, List<ProposalView> proposals, List<EvidenceView> evidence,
            ReturnShipmentView returnShipment, Responsibility suggestedResponsibility, String suggestionRule,
            ResolutionView resolution, Set<Action> allowedActions, boolean countsTowardDisputeRate,
            List<TimelineView> timeline) {
        this(id, orderId, platform, buyerId, sellerId, reason, amount, description, status, stage, openedAt, deadlines,
                proposals, evidence, returnShipment, suggestedResponsibility, suggestionRule, resolution, allowedActions,
                countsTowardDisputeRate, timeline, null);
    }

    /** What was bought; null when the marketplace did not say. */
    public record ProductView(String id, String title, String category) {

        static ProductView of(OpenDispute.Product p) {
            return p.id() == null && p.title() == null && p.category() == null ? null
                    : new ProductView(p.id(), p.title(), p.category());
        }
    }

    public record ProposalView(UUID id, Party party, ResolutionType type, Money amount, String note,
            ProposalStatus status, Instant createdAt) {

        public static ProposalView of(Proposal p) {
            return new ProposalView(p.id(), p.party(), p.type(), p.amount(), p.note(), p.status(), p.createdAt());
        }
    }

    public record EvidenceView(UUID id, Party party, EvidenceKind kind, String fileName, String contentType,
            long size, String sha256, String description, Boolean packagingDamaged, Instant createdAt) {

        public static EvidenceView of(EvidenceItem e) {
            return new EvidenceView(e.id(), e.party(), e.kind(), e.fileName(), e.contentType(), e.size(),
                    e.sha256(), e.description(), e.packagingDamaged(), e.createdAt());
        }
    }

    public record ReturnShipmentView(String address, boolean prepaid, String carrier, String trackingNumber,
            String status, Instant shippedAt, Instant deliveredAt, String receiptCondition) {
    }

    public record ResolutionView(ResolutionType type, Money amount, DecidedBy decidedBy, ReasonCode reasonCode,
            Responsibility responsibility, String rationale, Instant resolvedAt, Instant executedAt) {
    }

    public record TimelineView(Instant at, String actor, String type, String detail) {
    }

    /** Which deadlines still run in each stage; past stages' countdowns are history. */
    private static final Map<Stage, Set<DeadlineKind>> RUNNING = Map.of(
            Stage.SELLER_RESPONSE, EnumSet.of(DeadlineKind.SELLER_RESPONSE),
            Stage.NEGOTIATION, EnumSet.of(DeadlineKind.NEGOTIATION),
            Stage.RETURN_ADDRESS, EnumSet.of(DeadlineKind.RETURN_ADDRESS),
            Stage.RETURN_SHIPMENT, EnumSet.of(DeadlineKind.RETURN_SHIPMENT),
            Stage.RETURN_RECEIPT, EnumSet.of(DeadlineKind.RETURN_RECEIPT),
            Stage.ARBITRATION, EnumSet.of(DeadlineKind.ARBITRATION_SLA, DeadlineKind.EVIDENCE_REQUEST),
            Stage.APPEAL, EnumSet.noneOf(DeadlineKind.class),
            Stage.RESOLVED, EnumSet.of(DeadlineKind.APPEAL),
            Stage.CANCELLED, EnumSet.noneOf(DeadlineKind.class));

    public static DisputeView of(Dispute d, Caller caller, Rulebook rulebook, Instant now) {
        Map<String, Instant> deadlines = runningDeadlines(d, now);
        ReturnShipmentView shipment = d.returnShipment().map(DisputeView::shipment).orElse(null);
        ResolutionView resolution = d.resolutionType() == null ? null
                : new ResolutionView(d.resolutionType(), d.resolutionAmount(), d.decidedBy(), d.reasonCode(),
                        d.responsibility(), d.rationale(), d.resolvedAt(), d.executedAt());
        return new DisputeView(d.id(), d.orderId(), d.platform(), d.buyerId(), d.sellerId(), d.reason(), d.amount(),
                d.description(), d.status(), d.stage(), d.openedAt(), deadlines,
                d.proposals().stream().map(ProposalView::of).toList(),
                d.evidence().stream().map(EvidenceView::of).toList(),
                shipment, d.suggestedResponsibility(), d.suggestionRule(), resolution,
                DisputePolicy.allowedActions(d, caller, rulebook, now), d.countsTowardDisputeRate(),
                d.timeline().stream().map(t -> new TimelineView(t.at(), t.actor(), t.type(), t.detail())).toList(),
                ProductView.of(d.product()));
    }

    /** The countdowns running in the case's stage, by their API names. */
    static Map<String, Instant> runningDeadlines(Dispute d, Instant now) {
        Map<String, Instant> deadlines = new LinkedHashMap<>();
        d.deadlines().forEach((kind, due) -> {
            boolean appealOver = kind == DeadlineKind.APPEAL && (d.appealed() || !now.isBefore(due));
            if (RUNNING.get(d.stage()).contains(kind) && !appealOver) {
                deadlines.put(kind.jsonName(), due);
            }
        });
        return deadlines;
    }

    private static ReturnShipmentView shipment(ReturnShipment s) {
        return new ReturnShipmentView(s.address(), s.prepaid(), s.carrier(), s.trackingNumber(),
                s.status() == null ? null : s.status().name(), s.shippedAt(), s.deliveredAt(),
                s.receiptCondition() == null ? null : s.receiptCondition().name());
    }
}
