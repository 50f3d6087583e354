package com.disputecenter.dispute;

import com.disputecenter.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Small, fixed views for web-slice tests, where a mocked service has to return something. */
public final class SampleViews {

    public static final Instant OPENED_AT = Instant.parse("2026-11-21T09:00:00Z");

    private SampleViews() {
    }

    public static DisputeView dispute(UUID id, DisputeStatus status) {
        Stage stage = switch (status) {
            case AWAITING_SELLER_RESPONSE -> Stage.SELLER_RESPONSE;
            case NEGOTIATION -> Stage.NEGOTIATION;
            case RETURN_IN_PROGRESS -> Stage.RETURN_ADDRESS;
            case ARBITRATION -> Stage.ARBITRATION;
            case RESOLVED -> Stage.RESOLVED;
            case CANCELLED -> Stage.CANCELLED;
        };
        return new DisputeView(id, "AE-100234", Platform.ALIEXPRESS, "bob", "S-1001",
                Reason.NOT_AS_DESCRIBED_DAMAGED, Money.of("59.90", "USD"), "Screen cracked", status, stage, OPENED_AT,
                Map.of(), List.of(), List.of(), null, null, null, null, Set.of(), true, List.of());
    }

    public static DisputeView.ProposalView proposal(UUID id, Party party, ResolutionType type, Money amount) {
        return new DisputeView.ProposalView(id, party, type, amount, null, ProposalStatus.OPEN, OPENED_AT);
    }
}
