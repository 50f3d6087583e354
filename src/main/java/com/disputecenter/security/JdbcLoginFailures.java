package com.disputecenter.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link LoginFailures} in table {@code login_failure} (V9_1), so that every node sees every node's failures. */
@Component
class JdbcLoginFailures implements LoginFailures {

    private final JdbcClient jdbc;

    JdbcLoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String userHash, String address, Instant at) {
        jdbc.sql("insert into login_failure (user_hash, address, failed_at) values (?, ?, ?)")
                .params(userHash, address, Timestamp.from(at)).update();
    }

    @Override
    public Optional<Instant> firstOfLatestByUser(String userHash, Instant since, int count) {
        return firstOfLatest("user_hash", userHash, since, count);
    }

    @Override
    public Optional<Instant> firstOfLatestByAddress(String address, Instant since, int count) {
        return firstOfLatest("address", address, since, count);
    }

    private Optional<Instant> firstOfLatest(String column, String key, Instant since, int count) {
        // column is one of two constants above, never input
        return jdbc.sql("select failed_at from login_failure where " + column + " = ? and failed_at > ?"
                        + " order by failed_at desc limit 1 offset ?")
                .params(key, Timestamp.from(since), count - 1)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    @Override
    public void forgetUser(String userHash) {
        jdbc.sql("delete from login_failure where user_hash = ?").param(userHash).update();
    }

    @Override
    public void purgeBefore(Instant before) {
        jdbc.sql("delete from login_failure where failed_at < ?").param(Timestamp.from(before)).update();
    }
}
