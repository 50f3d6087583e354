package com.disputecenter.dispute;

/**
 * Where exactly a case stands; finer than {@link DisputeStatus}, which is what the API shows.
 * Each stage belongs to one status.
 */
public enum Stage {
    SELLER_RESPONSE(DisputeStatus.AWAITING_SELLER_RESPONSE),
    NEGOTIATION(DisputeStatus.NEGOTIATION),
    RETURN_ADDRESS(DisputeStatus.RETURN_IN_PROGRESS),
    RETURN_SHIPMENT(DisputeStatus.RETURN_IN_PROGRESS),
    RETURN_RECEIPT(DisputeStatus.RETURN_IN_PROGRESS),
    ARBITRATION(DisputeStatus.ARBITRATION),
    APPEAL(DisputeStatus.ARBITRATION),
    RESOLVED(DisputeStatus.RESOLVED),
    CANCELLED(DisputeStatus.CANCELLED);

    private final DisputeStatus status;

    Stage(DisputeStatus status) {
        this.status = status;
    }

    public DisputeStatus status() {
        return status;
    }

    public boolean isOpen() {
        return this != RESOLVED && this != CANCELLED;
    }

    public boolean isNegotiating() {
        return this == SELLER_RESPONSE || this == NEGOTIATION;
    }

    public boolean isReturn() {
        return status == DisputeStatus.RETURN_IN_PROGRESS;
    }
}
