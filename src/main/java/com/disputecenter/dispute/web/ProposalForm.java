package com.disputecenter.dispute.web;

import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.evidence.web.EvidenceRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A counter-proposal with the evidence backing it (the response page); the currency is the case's. */
class ProposalForm {

    @NotNull
    private ResolutionType type;
    @DecimalMin(value = "0.01")
    private BigDecimal amount;
    @Size(max = 2000)
    private String note;
    @Valid
    private List<EvidenceRow> evidence = EvidenceRow.blank(2);

    public ResolutionType getType() {
        return type;
    }

    public void setType(ResolutionType type) {
        this.type = type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<EvidenceRow> evidence) {
        this.evidence = evidence;
    }
}
