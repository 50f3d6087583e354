package com.disputecenter.execution;

import com.disputecenter.common.Money;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The default payment, coupon and shipping adapter: it records each action in
 * {@code executed_action}, keyed by idempotency key, where a marketplace's payment service would
 * be called. Replace it with a real adapter per port; the key stays the contract.
 */
@Component
class LedgerAdapter implements PaymentPort, CouponPort, ShippingPort {

    private static final Logger log = LoggerFactory.getLogger(LedgerAdapter.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    LedgerAdapter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void refund(String key, UUID disputeId, String buyerId, Money amount) {
        record(key, disputeId, "REFUND", amount);
    }

    @Override
    public void issueCoupon(String key, UUID disputeId, String buyerId, Money value) {
        record(key, disputeId, "COUPON", value);
    }

    @Override
    public void shipReplacement(String key, UUID disputeId, String orderId) {
        record(key, disputeId, "REPLACEMENT", null);
    }

    private void record(String key, UUID disputeId, String kind, Money amount) {
        boolean done = jdbc.sql("select count(*) from executed_action where idempotency_key = ?")
                .param(key).query(Long.class).single() > 0;
        if (done) {
            log.info("{} {} already carried out; not repeated", kind, key);
            return;
        }
        jdbc.sql("""
                insert into executed_action (idempotency_key, dispute_id, kind, amount_value, amount_currency, executed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(key, disputeId, kind, amount == null ? null : amount.value(),
                        amount == null ? null : amount.currency().getCurrencyCode(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        log.info("{} {} carried out for dispute {}: {}", kind, key, disputeId, amount);
    }
}
