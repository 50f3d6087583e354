package com.disputecenter.dispute;

/** Why a case ended the way it did; every resolution carries one. */
public enum ReasonCode {
    AGREED,
    NO_SELLER_RESPONSE,
    RETURN_NOT_ACKNOWLEDGED,
    BUYER_DID_NOT_SHIP_RETURN,
    SELLER_GAVE_NO_RETURN_ADDRESS,
    ARBITRATION_DECISION,
    /** A party accepted the platform's proposal during arbitration: the platform's resolution, for the other party too. */
    PLATFORM_PROPOSAL_ACCEPTED,
    ARBITRATION_WITHDRAWN,
    APPEAL_DECISION
}
