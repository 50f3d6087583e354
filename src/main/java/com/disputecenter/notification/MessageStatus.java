package com.disputecenter.notification;

/** PENDING until a sender delivered it (SENT), or gave up after the last retry (FAILED). */
public enum MessageStatus {
    PENDING, SENT, FAILED
}
