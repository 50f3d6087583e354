package com.disputecenter.dispute;

public enum DisputeStatus {
    AWAITING_SELLER_RESPONSE, NEGOTIATION, RETURN_IN_PROGRESS, ARBITRATION, RESOLVED, CANCELLED
}
