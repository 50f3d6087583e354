package com.disputecenter.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V9 on a database that already holds cases: open cases keep the order's key, so "ae-1" and "AE-1" are one order. */
class OrderKeyMigrationTest {

    private final JdbcDataSource database = new JdbcDataSource();
    private final JdbcClient jdbc;

    OrderKeyMigrationTest() {
        database.setURL("jdbc:h2:mem:v9-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(database);
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load().migrate();
    }

    private UUID caseOn(String orderId, boolean open) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into dispute (id, version, order_id, open_order_id, platform, buyer_id, seller_id, reason,
                    amount_value, amount_currency, rulebook_id, stage, status, escalated_from_return, senior_involved,
                    appealed, refunded_value, counts_toward_dispute_rate, opened_at, opened_by)
                values (?, 0, ?, ?, 'ALIEXPRESS', 'bob', 'S-1001', 'NOT_RECEIVED_LOST', 59.90, 'USD', 'rules:1',
                    'NEGOTIATION', 'NEGOTIATION', false, false, false, 0, true, ?, 'bob')""")
                .params(id, orderId, open ? orderId : null, Timestamp.from(Instant.parse("2026-10-01T08:00:00Z")))
                .update();
        return id;
    }

    private String openOrderIdOf(UUID id) {
        return jdbc.sql("select open_order_id from dispute where id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    @Test
    void openCasesKeepTheirOrdersKeyAndTheConstraintThenHoldsOneOpenCasePerOrderInAnyCase() {
        migrateTo("8");
        UUID lower = caseOn("ae-100234", true);
        UUID closed = caseOn("Ae-100301", false);
        UUID upper = caseOn("AE-100377", true);

        migrateTo("9");

        assertThat(openOrderIdOf(lower)).isEqualTo("AE-100234");
        assertThat(openOrderIdOf(upper)).isEqualTo("AE-100377");
        assertThat(openOrderIdOf(closed)).isNull();
        assertThat(jdbc.sql("select order_id from dispute where id = ?").param(lower).query(String.class).single())
                .as("the id itself is kept as given").isEqualTo("ae-100234");
        // what the service now writes for a second open case on that order: the key, refused by the constraint
        assertThatThrownBy(() -> caseOn("AE-100234", true)).hasMessageContaining("UQ_DISPUTE_OPEN_ORDER");
    }
}
