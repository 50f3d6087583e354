package com.disputecenter.dispute;

public enum ProposalStatus {
    OPEN, ACCEPTED, REJECTED, SUPERSEDED
}
