package com.disputecenter.benchmark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a client thread that its case reached the end (the refund, or the bare model's last step)
 * once that transaction has committed, so a closed loop waits for the job executor without polling.
 */
public final class CompletionSignal {

    private final ConcurrentMap<String, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();

    CompletableFuture<Long> expect(String key) {
        return waiting.computeIfAbsent(key, k -> new CompletableFuture<>());
    }

    void forget(String key) {
        waiting.remove(key);
    }

    /** Called from the bare model's last service task (an expression) and from the refund port. */
    public boolean reachedAfterCommit(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reached(key);
                }
            });
        } else {
            reached(key);
        }
        return true;
    }

    private void reached(String key) {
        expect(key).complete(System.nanoTime());
    }
}
