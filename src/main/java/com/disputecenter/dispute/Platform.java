package com.disputecenter.dispute;

public enum Platform {
    ALIEXPRESS, TMALL_GLOBAL, AMAZON, EBAY
}
