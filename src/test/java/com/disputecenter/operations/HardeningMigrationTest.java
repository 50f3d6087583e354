package com.disputecenter.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V8 on a database that already holds cases: what it derives for them, and how it rewrites old messages. */
class HardeningMigrationTest {

    private static final Instant OPENED = Instant.parse("2026-10-01T08:00:00Z");

    private final JdbcDataSource database = new JdbcDataSource();
    private final JdbcClient jdbc;

    HardeningMigrationTest() {
        database.setURL("jdbc:h2:mem:v8-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(database);
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load().migrate();
    }

    private UUID caseBeforeV8() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into dispute (id, version, order_id, platform, buyer_id, seller_id, reason, amount_value,
                    amount_currency, rulebook_id, stage, status, escalated_from_return, senior_involved, appealed,
                    refunded_value, counts_toward_dispute_rate, opened_at, opened_by)
                values (?, 0, 'AE-1', 'ALIEXPRESS', 'bob', 'S-1001', 'NOT_AS_DESCRIBED_SIZE', 59.90, 'USD', 'rules:1',
                    'RETURN_RECEIPT', 'RETURN_IN_PROGRESS', false, false, false, 0, true, ?, 'bob')""")
                .params(id, Timestamp.from(OPENED)).update();
        jdbc.sql("insert into return_shipment (dispute_id, prepaid, carrier, tracking_number, status) values (?, false, 'UPS', '1Z1', 'IN_TRANSIT')")
                .param(id).update();
        return id;
    }

    private UUID messageBeforeV8(UUID disputeId, String subject, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outbound_message (id, dispute_id, recipient, recipient_party, language, template, subject,
                    body, status, attempts, next_attempt_at, created_at)
                values (?, ?, 'S-1001', 'SELLER', 'en', 'DISPUTE_OPENED', ?, ?, 'PENDING', 0, ?, ?)""")
                .params(id, disputeId, subject, body, Timestamp.from(OPENED), Timestamp.from(OPENED)).update();
        return id;
    }

    @Test
    void aReturnFromBeforeItCountsAsRegisteredWhenItsCaseWasOpened() {
        migrateTo("7");
        UUID id = caseBeforeV8();

        migrateTo("8");

        assertThat(jdbc.sql("select registered_at from return_shipment where dispute_id = ?").param(id)
                .query(Timestamp.class).single().toInstant()).isEqualTo(OPENED);
    }

    @Test
    void messagesWrittenHtmlEscapedBecomeThePlainTextTheyStoodFor() {
        migrateTo("7");
        UUID dispute = caseBeforeV8();
        // as MessageTemplates escaped values before: & < > " ' ; a buyer who typed "&lt;" had it escaped too
        UUID message = messageBeforeV8(dispute, "Order R&amp;D-1: a buyer opened a dispute",
                "The buyer writes: \"&lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt; &quot;box&quot; &amp;lt;3\"");

        migrateTo("8");

        Map<String, Object> row = jdbc.sql("select subject, body from outbound_message where id = ?").param(message)
                .query().singleRow();
        assertThat(row.get("subject")).isEqualTo("Order R&D-1: a buyer opened a dispute");
        assertThat(row.get("body")).isEqualTo("The buyer writes: \"<b>Tom & Jerry's</b> \"box\" &lt;3\"");
    }
}
