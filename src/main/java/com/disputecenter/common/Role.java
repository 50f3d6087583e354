package com.disputecenter.common;

public enum Role {
    BUYER,
    SELLER,
    ARBITRATOR,
    SENIOR_ARBITRATOR,
    ANALYST,
    INTEGRATION,
    ADMIN
}
