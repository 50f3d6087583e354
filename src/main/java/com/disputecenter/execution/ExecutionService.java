package com.disputecenter.execution;

import com.disputecenter.common.Money;
import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.Dispute;
import com.disputecenter.dispute.ResolutionType;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out a final resolution through the ports. Runs in async jobs: a failure is retried by
 * the engine and, once retries are spent, becomes an incident; the idempotency key makes sure a
 * retry after a half-finished attempt never pays twice.
 */
@Service
public class ExecutionService {

    private final Cases cases;
    private final PaymentPort payments;
    private final CouponPort coupons;
    private final ShippingPort shipping;

    ExecutionService(Cases cases, PaymentPort payments, CouponPort coupons, ShippingPort shipping) {
        this.cases = cases;
        this.payments = payments;
        this.coupons = coupons;
        this.shipping = shipping;
    }

    /** Pays what the resolution grants less what earlier decisions already paid (an appeal pays the difference). */
    @Transactional
    public void refundBuyer(UUID id) {
        Dispute dispute = cases.lock(id);
        Money granted = dispute.resolutionAmount();
        Money owed = new Money(granted.value().subtract(dispute.refunded().value()), granted.currency());
        if (!owed.aboveZero()) {
            done(dispute, "REFUND_NOT_NEEDED", "The buyer already received " + dispute.refunded()
                    + "; nothing more is owed");
            return;
        }
        payments.refund(key(dispute, "REFUND"), dispute.id(), dispute.buyerId(), owed);
        dispute.recordRefund(owed);
        done(dispute, "REFUNDED", "Refunded " + owed + " to the buyer");
    }

    @Transactional
    public void issueCoupon(UUID id) {
        Dispute dispute = cases.lock(id);
        if (dispute.executedType() == ResolutionType.COUPON) {
            done(dispute, "COUPON_ALREADY_ISSUED", "The buyer already has the coupon; it is not issued again");
            return;
        }
        coupons.issueCoupon(key(dispute, "COUPON"), dispute.id(), dispute.buyerId(), dispute.resolutionAmount());
        done(dispute, "COUPON_ISSUED", "Issued a coupon of " + dispute.resolutionAmount() + " to the buyer");
    }

    @Transactional
    public void shipReplacement(UUID id) {
        Dispute dispute = cases.lock(id);
        if (dispute.executedType() == ResolutionType.REPLACEMENT) {
            done(dispute, "REPLACEMENT_ALREADY_SENT", "A replacement was already sent; it is not sent again");
            return;
        }
        shipping.shipReplacement(key(dispute, "REPLACEMENT"), dispute.id(), dispute.orderId());
        done(dispute, "REPLACEMENT_SHIPPED", "Sent a replacement for order " + dispute.orderId());
    }

    /** One key per case and decision: an appeal's new decision is a new action, a retry is not. */
    static String key(Dispute dispute, String kind) {
        return dispute.id() + ":" + kind + ":" + (dispute.appealed() ? "appeal" : "first");
    }

    private void done(Dispute dispute, String type, String story) {
        Instant now = cases.now();
        dispute.markExecuted(dispute.resolutionType(), now);
        dispute.record(now, "platform", type, story);
    }
}
