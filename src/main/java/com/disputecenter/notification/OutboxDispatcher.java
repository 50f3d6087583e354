package com.disputecenter.notification;

import com.disputecenter.notification.MessageSender.Envelope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each message is claimed, sent and marked in a transaction of its own,
 * its row locked with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both have it), so several nodes
 * polling at once never send one message twice and never wait for each other. A failed send is retried
 * with exponential backoff; after the last attempt the message is FAILED (and stays listed). A crash
 * between sending and the commit sends that message again: delivery is at least once.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MessageSender sender;
    private final Clock clock;

    OutboxDispatcher(JdbcClient jdbc, TransactionTemplate transactions, MessageSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender;
        this.clock = clock;
    }

    public record Dispatched(int sent, int retried, int failed) {
    }

    /** Sends every message due now, up to {@code limit}; what the scheduler (or a test) calls. */
    public Dispatched dispatchDue(int limit) {
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (int i = 0; i < limit; i++) {
            Optional<MessageStatus> outcome = transactions.execute(tx -> sendOne());
            if (outcome == null || outcome.isEmpty()) {
                break;
            }
            switch (outcome.get()) {
                case SENT -> sent++;
                case PENDING -> retried++;
                case FAILED -> failed++;
            }
        }
        return new Dispatched(sent, retried, failed);
    }

    private Optional<MessageStatus> sendOne() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Envelope> claimed = jdbc.sql("""
                select id, dispute_id, recipient, recipient_party, language, subject, body from outbound_message
                where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at, id
                fetch first 1 rows only
                for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, row) -> new Envelope(rs.getObject("id", UUID.class), rs.getObject("dispute_id", UUID.class),
                        rs.getString("recipient"), rs.getString("recipient_party"), rs.getString("language"),
                        rs.getString("subject"), rs.getString("body")))
                .optional();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Envelope message = claimed.get();
        int attempts = jdbc.sql("select attempts from outbound_message where id = ?").param(message.id())
                .query(Integer.class).single() + 1;
        try {
            sender.send(message);
            jdbc.sql("update outbound_message set status = 'SENT', attempts = ?, sent_at = ?, last_error = null where id = ?")
                    .params(attempts, Timestamp.from(now), message.id()).update();
            return Optional.of(MessageStatus.SENT);
        } catch (Exception e) {
            String error = String.valueOf(e.getMessage());
            error = error.length() > 1000 ? error.substring(0, 1000) : error;
            boolean giveUp = attempts >= MAX_ATTEMPTS;
            // 1, 2, 4, 8 minutes: a mail server that is down for a while is not hammered
            Instant next = now.plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10)));
            jdbc.sql("update outbound_message set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(giveUp ? "FAILED" : "PENDING", attempts, Timestamp.from(next), error, message.id()).update();
            log.warn("Message {} to {} not sent (attempt {} of {}): {}", message.id(), message.recipient(), attempts,
                    MAX_ATTEMPTS, error);
            return Optional.of(giveUp ? MessageStatus.FAILED : MessageStatus.PENDING);
        }
    }
}
