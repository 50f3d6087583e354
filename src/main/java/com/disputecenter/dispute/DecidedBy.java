package com.disputecenter.dispute;

public enum DecidedBy {
    AGREEMENT, ARBITRATION, TIMEOUT
}
