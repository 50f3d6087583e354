package com.disputecenter.notification;

/**
 * Delivers one message (by log by default, by SMTP when {@code spring.mail.host} is set). Throwing
 * means "not delivered, try again later"; the outbox retries with backoff.
 */
public interface MessageSender {

    void send(Envelope message) throws Exception;

    /** @param recipient the buyer's user name or the seller account */
    record Envelope(java.util.UUID id, java.util.UUID disputeId, String recipient, String recipientParty, String language,
            String subject, String body) {
    }
}
