package com.disputecenter.dispute;

public enum LogisticsChannel {
    PLATFORM, SELLER
}
