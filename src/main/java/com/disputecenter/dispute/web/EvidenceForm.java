package com.disputecenter.dispute.web;

import com.disputecenter.evidence.web.EvidenceRow;
import jakarta.validation.Valid;
import java.util.List;

/** The evidence page: several files, each with its kind. */
class EvidenceForm {

    @Valid
    private List<EvidenceRow> evidence = EvidenceRow.blank(3);

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<EvidenceRow> evidence) {
        this.evidence = evidence;
    }
}
