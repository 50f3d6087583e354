package com.disputecenter.returns;

/** What the seller found in the returned parcel. */
public enum ReturnCondition {
    RECEIVED_OK,
    DAMAGED,
    EMPTY_OR_DIFFERENT,
    MISSING_ITEMS
}
