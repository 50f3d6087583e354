package com.disputecenter.arbitration.web;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.common.Caller;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.Responsibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/disputes/{id}")
class ArbitrationController {

    private final ArbitrationService arbitration;

    ArbitrationController(ArbitrationService arbitration) {
        this.arbitration = arbitration;
    }

    record EvidenceRequest(@NotNull Party party, @NotBlank @Size(max = 2000) String note) {
    }

    record DecisionRequest(@NotNull ResolutionType resolution, @Valid Money amount, @NotNull Responsibility responsibility,
            @NotBlank @Size(max = 4000) String rationale) {
    }

    record NoteRequest(@Size(max = 2000) String note) {
    }

    record AppealRequest(@NotBlank @Size(max = 2000) String note) {
    }

    @PostMapping("/arbitration/evidence-request")
    DisputeView requestEvidence(Caller caller, @PathVariable UUID id, @RequestBody @Valid EvidenceRequest request) {
        return arbitration.requestEvidence(caller, id, request.party(), request.note());
    }

    @PostMapping("/arbitration/decision")
    DisputeView decide(Caller caller, @PathVariable UUID id, @RequestBody @Valid DecisionRequest request) {
        return arbitration.decide(caller, id, request.resolution(), request.amount(), request.responsibility(),
                request.rationale());
    }

    @PostMapping("/arbitration/withdraw")
    DisputeView withdraw(Caller caller, @PathVariable UUID id, @RequestBody(required = false) @Valid NoteRequest request) {
        return arbitration.withdraw(caller, id, request == null ? null : request.note());
    }

    @PostMapping("/appeal")
    DisputeView appeal(Caller caller, @PathVariable UUID id, @RequestBody @Valid AppealRequest request) {
        return arbitration.appeal(caller, id, request.note());
    }
}
