package com.disputecenter.sellers;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Role;
import com.disputecenter.common.Times;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller's dispute rate: disputes that count over orders. Reasons the marketplaces exclude, and
 * disputes the buyer cancelled while negotiating, do not count (decided when each case changes).
 */
@Service
public class DisputeRateService {

    private final JdbcClient jdbc;

    DisputeRateService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param orders null when the marketplace reported no order volume for the period; then rate is null too */
    public record DisputeRate(String sellerId, Instant from, Instant to, Long orders, long disputes, long counted,
            long excluded, BigDecimal rate) {
    }

    /** The rate as every figure of Dispute Center shows it: counted over orders, 4 decimals; null without orders. */
    public static BigDecimal rateOf(long counted, Long orders) {
        return orders == null || orders == 0 ? null
                : BigDecimal.valueOf(counted).divide(BigDecimal.valueOf(orders), 4, RoundingMode.HALF_UP);
    }

    /** The first order day a period covers. */
    public static java.time.LocalDate firstDay(Instant from) {
        return from.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Order counts are per day: a period ending within a day takes that day's orders too. */
    public static java.time.LocalDate lastDayExclusive(Instant to) {
        java.time.LocalDate day = to.atZone(ZoneOffset.UTC).toLocalDate();
        return to.equals(day.atStartOfDay(ZoneOffset.UTC).toInstant()) ? day : day.plusDays(1);
    }

    @Transactional(readOnly = true)
    public DisputeRate rate(Caller caller, String sellerId, Instant from, Instant to) {
        Identifiers.id("sellerId", sellerId);
        boolean own = caller.has(Role.SELLER) && sellerId.equals(caller.sellerId());
        if (!own && !caller.has(Role.ANALYST) && !caller.has(Role.ADMIN)) {
            throw new Forbidden("Only the seller itself and analysts see a seller's dispute rate");
        }
        Times.inRange("from", from);
        Times.inRange("to", to);
        if (!from.isBefore(to)) {
            throw new InvalidInput("from", "from must be before to");
        }
        record Counts(long disputes, long counted) {
        }
        Counts counts = jdbc.sql("""
                select count(*) as disputes,
                       coalesce(sum(case when counts_toward_dispute_rate then 1 else 0 end), 0) as counted
                from dispute where seller_id = ? and opened_at >= ? and opened_at < ?""")
                .params(sellerId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Counts(rs.getLong("disputes"), rs.getLong("counted")))
                .single();
        Long orders = jdbc.sql("""
                select sum(orders) from seller_order_volume where seller_id = ? and order_day >= ? and order_day < ?""")
                .params(sellerId, Date.valueOf(firstDay(from)), Date.valueOf(lastDayExclusive(to)))
                .query(Long.class)
                .optional()
                .orElse(null);
        BigDecimal rate = rateOf(counts.counted(), orders);
        return new DisputeRate(sellerId, from, to, orders, counts.disputes(), counts.counted(),
                counts.disputes() - counts.counted(), rate);
    }
}
