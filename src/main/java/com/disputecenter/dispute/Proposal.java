package com.disputecenter.dispute;

import com.disputecenter.common.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What one party offers to settle the case. */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Party party;

    @Enumerated(EnumType.STRING)
    private ResolutionType type;

    private BigDecimal amountValue;
    private String amountCurrency;
    private String note;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private String createdBy;
    private Instant createdAt;

    /** The party that accepted it; null while it is not accepted. */
    @Enumerated(EnumType.STRING)
    private Party acceptedBy;

    protected Proposal() {
    }

    Proposal(UUID id, Party party, ResolutionType type, Money amount, String note, String createdBy, Instant createdAt) {
        this.id = id;
        this.party = party;
        this.type = type;
        this.amountValue = amount == null ? null : amount.value();
        this.amountCurrency = amount == null ? null : amount.currency().getCurrencyCode();
        this.note = note;
        this.status = ProposalStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void supersede() {
        status = ProposalStatus.SUPERSEDED;
    }

    void accept(Party by) {
        status = ProposalStatus.ACCEPTED;
        acceptedBy = by;
    }

    public void reject() {
        status = ProposalStatus.REJECTED;
    }

    public UUID id() {
        return id;
    }

    public Party party() {
        return party;
    }

    public ResolutionType type() {
        return type;
    }

    public Money amount() {
        return amountValue == null ? null : Money.stored(amountValue, amountCurrency);
    }

    public String note() {
        return note;
    }

    public ProposalStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Party acceptedBy() {
        return acceptedBy;
    }
}
