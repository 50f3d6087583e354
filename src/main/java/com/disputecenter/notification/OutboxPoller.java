package com.disputecenter.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Polls the outbox on every node ({@code dispute-center.messages.poll-interval}, default 10 s; off with enabled=false). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "dispute-center.messages.dispatch-enabled", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

    private static final int BATCH = 50;

    private final OutboxDispatcher dispatcher;

    OutboxPoller(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${dispute-center.messages.poll-interval:PT10S}", initialDelayString = "PT10S")
    void poll() {
        dispatcher.dispatchDue(BATCH);
    }
}
