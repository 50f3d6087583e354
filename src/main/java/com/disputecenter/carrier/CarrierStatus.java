package com.disputecenter.carrier;

public enum CarrierStatus {
    IN_TRANSIT,
    DELIVERED,
    RETURNED_TO_SENDER,
    LOST,
    EXCEPTION;

    /** A parcel that reached one of these does not move on; a late scan cannot undo it. */
    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED_TO_SENDER || this == LOST;
    }
}
