package com.disputecenter.dispute;

public enum Party {
    BUYER, SELLER, PLATFORM
}
