package com.disputecenter.arbitration.web;

import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.Responsibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The task forms' fields: the same names and constraints as the API's requests
 * ({@link ArbitrationController}), so a page and the API refuse the same input with the same message.
 * The amount is typed as text in the order's currency.
 */
final class DecisionForms {

    private DecisionForms() {
    }

    record Decision(@NotNull ResolutionType resolution, String amount, @NotNull Responsibility responsibility,
            @NotBlank @Size(max = 4000) String rationale) {

        static Decision empty() {
            return new Decision(null, null, null, null);
        }
    }

    record EvidenceRequest(@NotNull Party party, @NotBlank @Size(max = 2000) String note) {

        static EvidenceRequest empty() {
            return new EvidenceRequest(null, null);
        }
    }
}
