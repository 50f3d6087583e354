package com.disputecenter.dispute;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A case's place in the arbitrators' work queue, part of the {@link Dispute} aggregate: it exists
 * exactly while the case waits for an arbitration or appeal decision, and only the aggregate
 * creates, changes and removes it, so the queue can never drift from the case.
 */
@Entity
@Table(name = "arbitration_queue")
public class ArbitrationWork {

    @Id
    private UUID disputeId;

    private String orderId;

    @Enumerated(EnumType.STRING)
    private Platform platform;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private BigDecimal amountValue;
    private String amountCurrency;
    private Instant slaDueAt;
    private boolean appeal;
    private boolean seniorInvolved;
    private boolean awaitingEvidence;
    private String assignee;
    private Instant openedAt;

    protected ArbitrationWork() {
    }

    ArbitrationWork(Dispute dispute, Instant slaDueAt) {
        this.disputeId = dispute.id();
        this.orderId = dispute.orderId();
        this.platform = dispute.platform();
        this.reason = dispute.reason();
        this.amountValue = dispute.amount().value();
        this.amountCurrency = dispute.amount().currency().getCurrencyCode();
        this.openedAt = dispute.openedAt();
        this.appeal = dispute.stage() == Stage.APPEAL;
        this.seniorInvolved = appeal;
        this.awaitingEvidence = dispute.evidenceRequestedFrom() != null;
        this.slaDueAt = slaDueAt;
    }

    void due(Instant due) {
        this.slaDueAt = due;
    }

    void seniorsInvolved() {
        this.seniorInvolved = true;
    }

    void awaitingEvidence(boolean awaiting) {
        this.awaitingEvidence = awaiting;
    }

    void assignTo(String username) {
        this.assignee = username;
    }

    public UUID disputeId() {
        return disputeId;
    }

    public Instant slaDueAt() {
        return slaDueAt;
    }

    public boolean appeal() {
        return appeal;
    }

    public boolean seniorInvolved() {
        return seniorInvolved;
    }

    public boolean awaitingEvidence() {
        return awaitingEvidence;
    }

    /** Who claimed the case, or null while nobody has. */
    public String assignee() {
        return assignee;
    }
}
