package com.disputecenter.execution;

import com.disputecenter.common.Money;
import java.util.UUID;

/** Pays money back to a buyer. The same idempotency key twice must pay once. */
public interface PaymentPort {

    void refund(String idempotencyKey, UUID disputeId, String buyerId, Money amount);
}
