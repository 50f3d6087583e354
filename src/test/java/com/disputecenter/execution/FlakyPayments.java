package com.disputecenter.execution;

import com.disputecenter.common.Money;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A payment service that is down for a while: fails the next N refunds, then pays through the ledger. */
@TestConfiguration
public class FlakyPayments {

    public static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

    @Bean
    @Primary
    PaymentPort flakyPaymentPort(LedgerAdapter ledger) {
        return (String key, UUID disputeId, String buyerId, Money amount) -> {
            if (FAILURES_LEFT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("payment service unavailable");
            }
            ledger.refund(key, disputeId, buyerId, amount);
        };
    }
}
