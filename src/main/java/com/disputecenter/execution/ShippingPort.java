package com.disputecenter.execution;

import java.util.UUID;

/** Sends the goods again. The same idempotency key twice must ship once. */
public interface ShippingPort {

    void shipReplacement(String idempotencyKey, UUID disputeId, String orderId);
}
