package com.disputecenter.dispute;

/** What a caller may do with a case right now (the API's allowedActions). */
public enum Action {
    PROPOSE,
    ACCEPT_PROPOSAL,
    REJECT_PROPOSAL,
    ADD_EVIDENCE,
    ESCALATE,
    CANCEL,
    GIVE_RETURN_ADDRESS,
    SHIP_RETURN,
    CONFIRM_RETURN_RECEIPT,
    WITHDRAW_ARBITRATION,
    REQUEST_EVIDENCE,
    DECIDE,
    APPEAL
}
