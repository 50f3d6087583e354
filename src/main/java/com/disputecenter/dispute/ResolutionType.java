package com.disputecenter.dispute;

/** What a proposal offers, and what a resolution grants. */
public enum ResolutionType {
    FULL_REFUND,
    PARTIAL_REFUND,
    RETURN_AND_REFUND,
    REPLACEMENT,
    COUPON,
    NO_REFUND;

    /** Types whose amount is money paid to the buyer (or a coupon's face value). */
    public boolean carriesAmount() {
        return this == FULL_REFUND || this == PARTIAL_REFUND || this == RETURN_AND_REFUND || this == COUPON;
    }

    /** Types for which the amount must be given: there is no natural default. */
    public boolean requiresAmount() {
        return this == PARTIAL_REFUND || this == COUPON;
    }
}
