package com.disputecenter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox sender on the real schema (H2, migrated by Flyway), with a sender that fails on demand. */
class OutboxDispatcherTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final List<String> delivered = new ArrayList<>();
    private int failuresLeft;
    private DriverManagerDataSource dataSource;
    private JdbcClient jdbc;
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void schema() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        // the messages here belong to no dispute row; the foreign key is not what is under test
        jdbc.sql("set referential_integrity false").update();
        MessageSender sender = message -> {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("mail server unavailable");
            }
            delivered.add(message.subject());
        };
        dispatcher = new OutboxDispatcher(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                sender, clock);
    }

    private UUID queued(String subject) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outbound_message (id, dispute_id, recipient, recipient_party, language, template, subject, body,
                    status, attempts, next_attempt_at, created_at)
                values (?, ?, 'S-1001', 'SELLER', 'zh', 'DISPUTE_OPENED', ?, 'body', 'PENDING', 0, ?, ?)""")
                .params(id, UUID.randomUUID(), subject, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private String status(UUID id) {
        return jdbc.sql("select status from outbound_message where id = ?").param(id).query(String.class).single();
    }

    private int attempts(UUID id) {
        return jdbc.sql("select attempts from outbound_message where id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void aDeliveredMessageIsMarkedSentAndNotSentAgain() {
        UUID id = queued("opened");

        assertThat(dispatcher.dispatchDue(10)).isEqualTo(new OutboxDispatcher.Dispatched(1, 0, 0));
        assertThat(dispatcher.dispatchDue(10)).isEqualTo(new OutboxDispatcher.Dispatched(0, 0, 0));

        assertThat(status(id)).isEqualTo("SENT");
        assertThat(attempts(id)).isEqualTo(1);
        assertThat(delivered).containsExactly("opened");
    }

    @Test
    void aFailedSendIsRetriedLaterWithGrowingPausesThenFailsForGood() {
        UUID id = queued("reminder");
        failuresLeft = 100;

        assertThat(dispatcher.dispatchDue(10).retried()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(dispatcher.dispatchDue(10)).as("not due again yet").isEqualTo(new OutboxDispatcher.Dispatched(0, 0, 0));

        clock.move(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue(10).retried()).as("second attempt after a minute").isEqualTo(1);
        clock.move(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue(10).retried()).as("the next pause is two minutes").isZero();
        clock.move(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue(10).retried()).isEqualTo(1);
        clock.move(Duration.ofMinutes(4));
        dispatcher.dispatchDue(10);
        clock.move(Duration.ofMinutes(8));
        assertThat(dispatcher.dispatchDue(10).failed()).as("the fifth attempt is the last").isEqualTo(1);

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(attempts(id)).isEqualTo(OutboxDispatcher.MAX_ATTEMPTS);
        clock.move(Duration.ofDays(1));
        assertThat(dispatcher.dispatchDue(10)).isEqualTo(new OutboxDispatcher.Dispatched(0, 0, 0));
        assertThat(delivered).isEmpty();
    }

    @Test
    void aMessageThatFailedOnceIsSentOnTheRetry() {
        UUID id = queued("decision");
        failuresLeft = 1;

        dispatcher.dispatchDue(10);
        clock.move(Duration.ofMinutes(1));
        dispatcher.dispatchDue(10);

        assertThat(status(id)).isEqualTo("SENT");
        assertThat(attempts(id)).isEqualTo(2);
        assertThat(delivered).containsExactly("decision");
    }

    @Test
    void aMessageAnotherNodeIsSendingIsSkippedNotWaitedFor() throws Exception {
        UUID held = queued("held by another node");
        UUID free = queued("free");
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            try (var claim = otherNode.prepareStatement("select id from outbound_message where id = ? for update")) {
                claim.setObject(1, held);
                claim.executeQuery().close();
            }

            assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);

            assertThat(delivered).containsExactly("free");
            assertThat(status(free)).isEqualTo("SENT");
            otherNode.rollback();
        }
        assertThat(status(held)).isEqualTo("PENDING");
    }

    /** A clock a test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
