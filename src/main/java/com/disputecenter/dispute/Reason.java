package com.disputecenter.dispute;

import java.util.EnumSet;
import java.util.Set;

/** Why the buyer opened the dispute: one flat code each. */
public enum Reason {
    NOT_RECEIVED_IN_TRANSIT,
    NOT_RECEIVED_NO_TRACKING,
    NOT_RECEIVED_LOST,
    NOT_RECEIVED_RETURNED_TO_SENDER,
    NOT_RECEIVED_WRONG_ADDRESS,
    NOT_AS_DESCRIBED_MISMATCH,
    NOT_AS_DESCRIBED_SHORT_QUANTITY,
    NOT_AS_DESCRIBED_DAMAGED,
    NOT_AS_DESCRIBED_NOT_WORKING,
    NOT_AS_DESCRIBED_WRONG_ITEM,
    NOT_AS_DESCRIBED_SIZE,
    CUSTOMS_DUTIES,
    PERSONAL_REASONS,
    EASY_RETURN,
    SHIPPING_METHOD_NOT_AS_DESCRIBED;

    /** Reasons the marketplaces leave out of a seller's dispute rate (AliExpress' rule). */
    private static final Set<Reason> EXCLUDED_FROM_DISPUTE_RATE =
            EnumSet.of(PERSONAL_REASONS, EASY_RETURN, SHIPPING_METHOD_NOT_AS_DESCRIBED);

    public boolean isNotAsDescribed() {
        return name().startsWith("NOT_AS_DESCRIBED_");
    }

    public boolean countsTowardDisputeRate() {
        return !EXCLUDED_FROM_DISPUTE_RATE.contains(this);
    }
}
