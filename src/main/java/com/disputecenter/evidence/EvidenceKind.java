package com.disputecenter.evidence;

public enum EvidenceKind {
    PRODUCT_PHOTO,
    OUTER_PACKAGING_PHOTO,
    LABEL_COMPARISON,
    TRACKING_PROOF,
    DELIVERY_PROOF,
    VIDEO,
    COMMUNICATION_LOG,
    OTHER
}
