package com.disputecenter.dispute;

import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Money;
import com.disputecenter.evidence.EvidenceItem;
import com.disputecenter.returns.ReturnShipment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One case about one order: the aggregate every use case locks, changes and saves. */
@Entity
@Table(name = "dispute")
public class Dispute {

    @Id
    private UUID id;

    @Version
    private Long version;

    private String orderId;
    private String openOrderId;

    @Enumerated(EnumType.STRING)
    private Platform platform;

    private String buyerId;
    private String sellerId;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private BigDecimal amountValue;
    private String amountCurrency;
    private String description;
    private Instant deliveredAt;

    @Enumerated(EnumType.STRING)
    private LogisticsChannel logisticsChannel;

    private String destinationCountry;
    private String language;
    private Instant sellerContactedAt;
    private Instant latestEstimatedDelivery;
    private String productId;
    private String productTitle;
    private String productCategory;

    @Column(name = "rulebook_id")
    private String rulebookId;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private DisputeStatus status;

    @Enumerated(EnumType.STRING)
    private Party escalatedBy;

    private boolean escalatedFromReturn;
    private boolean seniorInvolved;
    private boolean appealed;

    @Enumerated(EnumType.STRING)
    private Party evidenceRequestedFrom;

    @Enumerated(EnumType.STRING)
    private Responsibility suggestedResponsibility;

    private String suggestionRule;

    @Enumerated(EnumType.STRING)
    private ResolutionType resolutionType;

    private BigDecimal resolutionAmountValue;
    private String resolutionAmountCurrency;

    @Enumerated(EnumType.STRING)
    private DecidedBy decidedBy;

    @Enumerated(EnumType.STRING)
    private ReasonCode reasonCode;

    @Enumerated(EnumType.STRING)
    private Responsibility responsibility;

    private String rationale;
    private Instant resolvedAt;
    private Instant executedAt;

    @Enumerated(EnumType.STRING)
    private ResolutionType executedType;
    private BigDecimal refundedValue;
    private boolean countsTowardDisputeRate;
    private Instant openedAt;
    private String openedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "dispute_deadline", joinColumns = @JoinColumn(name = "dispute_id"))
    @MapKeyColumn(name = "kind")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "due_at")
    private Map<DeadlineKind, Instant> deadlines = new EnumMap<>(DeadlineKind.class);

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    @OrderBy("createdAt")
    private List<Proposal> proposals = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    @OrderBy("createdAt")
    private List<EvidenceItem> evidence = new ArrayList<>();

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @PrimaryKeyJoinColumn
    private ReturnShipment returnShipment;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @PrimaryKeyJoinColumn
    private ArbitrationWork arbitrationWork;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    @OrderBy("seq")
    private List<TimelineEntry> timeline = new ArrayList<>();

    private static final int MAX_DETAIL = 4000;

    protected Dispute() {
    }

    public Dispute(UUID id, OrderFacts order, String rulebookId, Instant now, String openedBy) {
        this.id = id;
        this.orderId = order.orderId();
        // the key, not the id as given: the unique constraint then holds one open case per order in any letter case
        this.openOrderId = Identifiers.orderKey(order.orderId());
        this.platform = order.platform();
        this.buyerId = order.buyerId();
        this.sellerId = order.sellerId();
        this.reason = order.reason();
        this.amountValue = order.amount().value();
        this.amountCurrency = order.amount().currency().getCurrencyCode();
        this.description = order.description();
        this.deliveredAt = order.deliveredAt();
        this.logisticsChannel = order.logisticsChannel();
        this.destinationCountry = order.destinationCountry();
        this.language = order.language();
        this.sellerContactedAt = order.sellerContactedAt();
        this.latestEstimatedDelivery = order.latestEstimatedDelivery();
        this.rulebookId = rulebookId;
        this.countsTowardDisputeRate = order.reason().countsTowardDisputeRate();
        this.refundedValue = BigDecimal.ZERO;
        this.openedAt = now;
        this.openedBy = openedBy;
        moveTo(Stage.SELLER_RESPONSE);
    }

    /** The facts of the order a dispute is opened on. */
    public record OrderFacts(
            String orderId,
            Platform platform,
            String buyerId,
            String sellerId,
            Reason reason,
            Money amount,
            String description,
            Instant deliveredAt,
            LogisticsChannel logisticsChannel,
            String destinationCountry,
            String language,
            Instant sellerContactedAt,
            Instant latestEstimatedDelivery) {
    }

    // ---- state changes -------------------------------------------------------------------

    /** What was bought, when the marketplace told us (root causes group by it). */
    public void describeProduct(OpenDispute.Product product) {
        this.productId = product.id();
        this.productTitle = product.title();
        this.productCategory = product.category();
    }

    public OpenDispute.Product product() {
        return new OpenDispute.Product(productId, productTitle, productCategory);
    }

    public void moveTo(Stage next) {
        this.stage = next;
        this.status = next.status();
        // the queue row appears with the SLA (recordDeadline), in the same transaction as this move
        if (next != Stage.ARBITRATION && next != Stage.APPEAL) {
            this.arbitrationWork = null;
        }
        if (!next.isOpen()) {
            this.openOrderId = null;
        }
    }

    public void record(Instant at, String actor, String type, String detail) {
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL - 1) + "…";
        }
        timeline.add(new TimelineEntry(id, timeline.size() + 1, at, actor, type, detail));
    }

    public void recordDeadline(DeadlineKind kind, Instant due) {
        deadlines.put(kind, due);
        if (kind == DeadlineKind.ARBITRATION_SLA && (stage == Stage.ARBITRATION || stage == Stage.APPEAL)) {
            if (arbitrationWork == null) {
                arbitrationWork = new ArbitrationWork(this, due);
            } else {
                arbitrationWork.due(due);
            }
        }
    }

    public Proposal addProposal(Party party, ResolutionType type, Money amount, String note, String by, Instant now) {
        proposals.stream()
                .filter(p -> p.party() == party && p.status() == ProposalStatus.OPEN)
                .forEach(Proposal::supersede);
        Proposal proposal = new Proposal(UUID.randomUUID(), party, type, amount, note, by, now);
        proposals.add(proposal);
        return proposal;
    }

    /** Everything still open besides the accepted one is superseded by the agreement. */
    public void acceptProposal(Proposal accepted, Party by) {
        accepted.accept(by);
        proposals.stream()
                .filter(p -> p != accepted && p.status() == ProposalStatus.OPEN)
                .forEach(Proposal::supersede);
    }

    /**
     * Agreed or decided terms, with why they were settled so; the case ends only with {@link #finish}
     * (a return may still run, and a timeout in it changes the reason).
     */
    public void settle(ResolutionType type, Money amount, DecidedBy by, Responsibility responsibility, String rationale,
            ReasonCode code) {
        this.resolutionType = type;
        this.resolutionAmountValue = amount == null ? null : amount.value();
        this.resolutionAmountCurrency = amount == null ? null : amount.currency().getCurrencyCode();
        this.decidedBy = by;
        this.responsibility = responsibility;
        this.rationale = rationale;
        this.reasonCode = code;
        this.resolvedAt = null;
    }

    public void finish(ReasonCode code, Instant now) {
        closeOpenProposals();
        this.reasonCode = code;
        this.resolvedAt = now;
        moveTo(Stage.RESOLVED);
    }

    public void cancel(Instant now) {
        // a buyer who gives up while still negotiating does not count against the seller
        if (stage.isNegotiating()) {
            countsTowardDisputeRate = false;
        }
        this.resolvedAt = now;
        // terms agreed for a return that the buyer then gave up are no resolution
        this.resolutionType = null;
        this.resolutionAmountValue = null;
        this.resolutionAmountCurrency = null;
        this.decidedBy = null;
        this.reasonCode = null;
        this.responsibility = null;
        this.rationale = null;
        closeOpenProposals();
        moveTo(Stage.CANCELLED);
    }

    /** An ended case answers no proposal any more. */
    private void closeOpenProposals() {
        proposals.stream().filter(p -> p.status() == ProposalStatus.OPEN).forEach(Proposal::supersede);
    }

    public void escalate(Party by, boolean fromReturn) {
        this.escalatedBy = by;
        this.escalatedFromReturn = fromReturn;
        this.evidenceRequestedFrom = null;
        moveTo(Stage.ARBITRATION);
    }

    public void suggest(Responsibility responsibility, String rule) {
        this.suggestedResponsibility = responsibility;
        this.suggestionRule = rule;
    }

    public void involveSeniors() {
        this.seniorInvolved = true;
        if (arbitrationWork != null) {
            arbitrationWork.seniorsInvolved();
        }
    }

    public void clearDeadline(DeadlineKind kind) {
        deadlines.remove(kind);
    }

    public void requestEvidenceFrom(Party party) {
        this.evidenceRequestedFrom = party;
        if (arbitrationWork != null) {
            arbitrationWork.awaitingEvidence(true);
        }
    }

    public void evidenceRequestClosed() {
        this.evidenceRequestedFrom = null;
        if (arbitrationWork != null) {
            arbitrationWork.awaitingEvidence(false);
        }
        deadlines.remove(DeadlineKind.EVIDENCE_REQUEST);
    }

    public void appeal() {
        this.appealed = true;
        this.seniorInvolved = true;
        moveTo(Stage.APPEAL);
    }

    /** Who works the case in the arbitration queue; null releases it. Refused outside arbitration. */
    public void assignArbitrationTo(String username) {
        if (arbitrationWork == null) {
            throw new IllegalStateException("dispute " + id + " is not in the arbitration queue");
        }
        arbitrationWork.assignTo(username);
    }

    public void startReturn(ReturnShipment shipment) {
        this.returnShipment = shipment;
        moveTo(Stage.RETURN_ADDRESS);
    }

    public void markExecuted(ResolutionType type, Instant now) {
        this.executedAt = now;
        this.executedType = type;
    }

    /** What was last carried out (a coupon, a replacement, a refund), so an upheld appeal does not repeat it. */
    public ResolutionType executedType() {
        return executedType;
    }

    public void recordRefund(Money paid) {
        this.refundedValue = refundedValue.add(paid.value());
    }

    public Money refunded() {
        return Money.stored(refundedValue, amountCurrency);
    }

    // ---- reading ---------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String orderId() {
        return orderId;
    }

    public Platform platform() {
        return platform;
    }

    public String buyerId() {
        return buyerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public Reason reason() {
        return reason;
    }

    public Money amount() {
        return Money.stored(amountValue, amountCurrency);
    }

    public String description() {
        return description;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public LogisticsChannel logisticsChannel() {
        return logisticsChannel;
    }

    public String destinationCountry() {
        return destinationCountry;
    }

    public String language() {
        return language;
    }

    public String rulebookId() {
        return rulebookId;
    }

    public Stage stage() {
        return stage;
    }

    public DisputeStatus status() {
        return status;
    }

    public Party escalatedBy() {
        return escalatedBy;
    }

    public boolean escalatedFromReturn() {
        return escalatedFromReturn;
    }

    public boolean seniorInvolved() {
        return seniorInvolved;
    }

    public boolean appealed() {
        return appealed;
    }

    public Party evidenceRequestedFrom() {
        return evidenceRequestedFrom;
    }

    public Responsibility suggestedResponsibility() {
        return suggestedResponsibility;
    }

    public String suggestionRule() {
        return suggestionRule;
    }

    public ResolutionType resolutionType() {
        return resolutionType;
    }

    public Money resolutionAmount() {
        return resolutionAmountValue == null
                ? null
                : Money.stored(resolutionAmountValue, resolutionAmountCurrency);
    }

    public DecidedBy decidedBy() {
        return decidedBy;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }

    public Responsibility responsibility() {
        return responsibility;
    }

    public String rationale() {
        return rationale;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public boolean countsTowardDisputeRate() {
        return countsTowardDisputeRate;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Map<DeadlineKind, Instant> deadlines() {
        return Collections.unmodifiableMap(deadlines);
    }

    public Optional<Instant> deadline(DeadlineKind kind) {
        return Optional.ofNullable(deadlines.get(kind));
    }

    public List<Proposal> proposals() {
        return Collections.unmodifiableList(proposals);
    }

    public Optional<Proposal> proposal(UUID proposalId) {
        return proposals.stream().filter(p -> p.id().equals(proposalId)).findFirst();
    }

    public Optional<Proposal> openProposalOf(Party party) {
        return proposals.stream()
                .filter(p -> p.party() == party && p.status() == ProposalStatus.OPEN)
                .findFirst();
    }

    public List<EvidenceItem> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    public void addEvidence(EvidenceItem item) {
        evidence.add(item);
    }

    /** The case's place in the arbitrators' queue, while it waits for a decision. */
    public Optional<ArbitrationWork> arbitrationWork() {
        return Optional.ofNullable(arbitrationWork);
    }

    public Optional<ReturnShipment> returnShipment() {
        return Optional.ofNullable(returnShipment);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }
}
