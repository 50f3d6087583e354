package com.disputecenter.execution;

import com.disputecenter.common.Money;
import java.util.UUID;

/** Issues a coupon to a buyer. The same idempotency key twice must issue once. */
public interface CouponPort {

    void issueCoupon(String idempotencyKey, UUID disputeId, String buyerId, Money value);
}
