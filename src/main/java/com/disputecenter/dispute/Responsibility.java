package com.disputecenter.dispute;

public enum Responsibility {
    SELLER, BUYER, LOGISTICS, PLATFORM
}
