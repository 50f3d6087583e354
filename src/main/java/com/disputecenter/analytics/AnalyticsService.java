package com.disputecenter.analytics;

import com.disputecenter.analytics.DisputeFigures.Responsibilities;
import com.disputecenter.analytics.RootCauses.ProductCount;
import com.disputecenter.analytics.RootCauses.ReasonCount;
import com.disputecenter.analytics.RootCauses.Recommendation;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Money;
import com.disputecenter.common.Role;
import com.disputecenter.common.Times;
import com.disputecenter.dispute.Reason;
import com.disputecenter.sellers.DisputeRateService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispute analytics, computed by SQL over the domain tables at the moment of asking: every figure
 * is one grouped pass over the disputes opened in the period (indexes in V6, timings in
 * docs/analytics.md). Analysts and admins see every seller; a seller sees only its own disputes.
 */
@Service
public class AnalyticsService {

    /** The longest period one request may cover, so nobody scans years of cases by accident. */
    public static final Duration MAX_PERIOD = Duration.ofDays(731);

    static final int TOP = 5;

    private final JdbcClient jdbc;

    AnalyticsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<DisputeFigures> figures(Caller caller, Dimension dimension, Instant from, Instant to) {
        checkPeriod(from, to);
        String seller = sellerScope(caller);
        String column = "d." + dimension.column();
        String where = "d.opened_at >= :from and d.opened_at < :to" + (seller == null ? "" : " and d.seller_id = :seller");
        Map<String, Object> params = new HashMap<>();
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        params.put("seller", seller);

        Map<String, List<Money>> refunds = new HashMap<>();
        jdbc.sql("select " + column + " as k, d.amount_currency as currency, sum(d.refunded_value) as refunded"
                        + " from dispute d where " + where + " and d.refunded_value > 0"
                        + " group by " + column + ", d.amount_currency order by d.amount_currency")
                .params(params)
                .query((rs, n) -> refunds.computeIfAbsent(rs.getString("k"), k -> new ArrayList<>())
                        .add(Money.stored(rs.getBigDecimal("refunded"), rs.getString("currency"))))
                .list();
        Map<String, Long> orders = dimension == Dimension.SELLERS ? orders(seller, from, to) : Map.of();

        return jdbc.sql("""
                select %1$s as k,
                       count(*) as disputes,
                       sum(case when d.counts_toward_dispute_rate then 1 else 0 end) as counted,
                       sum(case when d.status = 'RESOLVED' then 1 else 0 end) as resolved,
                       sum(case when d.status = 'RESOLVED' and d.decided_by = 'AGREEMENT' then 1 else 0 end) as agreed,
                       avg(case when d.status = 'RESOLVED'
                                then extract(epoch from d.resolved_at) - extract(epoch from d.opened_at) end) as seconds,
                       sum(case when d.status = 'RESOLVED' and d.decided_by = 'TIMEOUT' then 1 else 0 end) as timeouts,
                       sum(case when d.status = 'CANCELLED' then 1 else 0 end) as cancelled,
                       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION' then 1 else 0 end) as arbitrated,
                       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION'
                                 and d.resolution_type = 'NO_REFUND' then 1 else 0 end) as for_seller,
                       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION'
                                 and d.responsibility = 'SELLER' then 1 else 0 end) as r_seller,
                       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION'
                                 and d.responsibility = 'BUYER' then 1 else 0 end) as r_buyer,
                       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION'
                                 and d.responsibility = 'LOGISTICS' then 1 else 0 end) as r_logistics,
                       sum(case when d.status = 'RESOLVED' and d.decided_by = 'ARBITRATION'
                                 and d.responsibility = 'PLATFORM' then 1 else 0 end) as r_platform,
                       count(sla.dispute_id) as sla_breaches
                from dispute d
                left join (select distinct dispute_id from timeline_entry where type = 'SLA_PASSED') sla
                       on sla.dispute_id = d.id
                where %2$s
                group by %1$s
                order by count(*) desc, %1$s""".formatted(column, where))
                .params(params)
                .query((rs, n) -> {
                    String key = rs.getString("k");
                    long counted = rs.getLong("counted");
                    long resolved = rs.getLong("resolved");
                    long agreed = rs.getLong("agreed");
                    BigDecimal seconds = rs.getBigDecimal("seconds");
                    Long sellerOrders = orders.get(key);
                    return new DisputeFigures(key, rs.getLong("disputes"), counted, sellerOrders,
                            DisputeRateService.rateOf(counted, sellerOrders), resolved, agreed,
                            share(agreed, resolved),
                            seconds == null ? null : seconds.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP),
                            refunds.getOrDefault(key, List.of()), rs.getLong("timeouts"), rs.getLong("cancelled"),
                            rs.getLong("arbitrated"), rs.getLong("for_seller"),
                            new Responsibilities(rs.getLong("r_seller"), rs.getLong("r_buyer"), rs.getLong("r_logistics"),
                                    rs.getLong("r_platform")),
                            rs.getLong("sla_breaches"));
                })
                .list();
    }

    /** Who decided the cases opened in the period, and how many of them had passed the arbitration SLA first. */
    @Transactional(readOnly = true)
    public List<ArbitratorFigures> arbitrators(Caller caller, Instant from, Instant to) {
        checkPeriod(from, to);
        if (!caller.has(Role.ANALYST) && !caller.has(Role.ADMIN)) {
            throw new Forbidden("Only analysts see the arbitrators' figures");
        }
        return jdbc.sql("""
                select decision.actor as arbitrator,
                       count(decision.actor) as decisions,
                       count(sla.dispute_id) as sla_breaches
                from dispute d
                left join (select distinct dispute_id from timeline_entry where type = 'SLA_PASSED') sla
                       on sla.dispute_id = d.id
                left join timeline_entry decision
                       on decision.dispute_id = d.id and decision.type in ('DECIDED', 'APPEAL_DECIDED')
                where d.opened_at >= :from and d.opened_at < :to
                  and (decision.actor is not null or (sla.dispute_id is not null and d.status = 'ARBITRATION'))
                group by decision.actor
                order by count(sla.dispute_id) desc, count(decision.actor) desc, decision.actor""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new ArbitratorFigures(
                        rs.getString("arbitrator") == null ? ArbitratorFigures.UNDECIDED : rs.getString("arbitrator"),
                        rs.getLong("decisions"),
                        rs.getLong("sla_breaches")))
                .list();
    }

    /** The reasons and products behind one seller's disputes, and the listing fixes for reasons that repeat. */
    @Transactional(readOnly = true)
    public RootCauses rootCauses(Caller caller, String sellerId, Instant from, Instant to) {
        checkPeriod(from, to);
        String scope = sellerScope(caller);
        if (scope != null && !scope.equals(sellerId)) {
            throw new Forbidden("A seller sees only its own root causes");
        }
        record Row(String productId, String title, String category, Reason reason, long disputes) {
        }
        List<Row> rows = jdbc.sql("""
                select product_id, max(product_title) as title, max(product_category) as category, reason,
                       count(*) as disputes
                from dispute
                where seller_id = ? and opened_at >= ? and opened_at < ?
                group by product_id, reason""")
                .params(sellerId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Row(rs.getString("product_id"), rs.getString("title"), rs.getString("category"),
                        Reason.valueOf(rs.getString("reason")), rs.getLong("disputes")))
                .list();
        long total = rows.stream().mapToLong(Row::disputes).sum();

        Map<Reason, Long> byReason = new LinkedHashMap<>();
        rows.forEach(r -> byReason.merge(r.reason(), r.disputes(), Long::sum));
        List<ReasonCount> topReasons = byReason.entrySet().stream()
                .sorted(Map.Entry.<Reason, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new ReasonCount(e.getKey(), e.getValue(), share(e.getValue(), total)))
                .toList();

        Map<String, List<Row>> byProduct = new LinkedHashMap<>();
        rows.stream().filter(r -> r.productId() != null)
                .forEach(r -> byProduct.computeIfAbsent(r.productId(), p -> new ArrayList<>()).add(r));
        List<ProductCount> topProducts = byProduct.values().stream()
                .map(reasons -> {
                    Row top = reasons.stream()
                            .max(Comparator.comparingLong(Row::disputes).thenComparing(Row::reason, Comparator.reverseOrder()))
                            .orElseThrow();
                    return new ProductCount(top.productId(), top.title(), top.category(),
                            reasons.stream().mapToLong(Row::disputes).sum(), top.reason());
                })
                .sorted(Comparator.comparingLong(ProductCount::disputes).reversed().thenComparing(ProductCount::productId))
                .limit(TOP)
                .toList();

        // a reason repeats for one product; disputes that name no product are taken together
        List<Recommendation> recommendations = rows.stream()
                .filter(r -> r.disputes() >= ListingFix.REPEATS_FROM && !ListingFix.forReason(r.reason()).isEmpty())
                .sorted(Comparator.comparingLong(Row::disputes).reversed().thenComparing(Row::reason))
                .map(r -> new Recommendation(r.reason(), r.productId(), r.title(), r.disputes(),
                        ListingFix.forReason(r.reason())))
                .toList();
        return new RootCauses(sellerId, from, to, total, topReasons, topProducts, recommendations);
    }

    /** Null: every seller; otherwise the one seller account the caller may see. */
    private static String sellerScope(Caller caller) {
        if (caller.has(Role.ANALYST) || caller.has(Role.ADMIN)) {
            return null;
        }
        if (caller.has(Role.SELLER) && caller.sellerId() != null) {
            return caller.sellerId();
        }
        throw new Forbidden("Only analysts and sellers see dispute analytics");
    }

    private Map<String, Long> orders(String seller, Instant from, Instant to) {
        Map<String, Long> orders = new HashMap<>();
        jdbc.sql("select seller_id, sum(orders) as orders from seller_order_volume"
                        + " where order_day >= :first and order_day < :last"
                        + (seller == null ? "" : " and seller_id = :seller") + " group by seller_id")
                .param("first", Date.valueOf(DisputeRateService.firstDay(from)))
                .param("last", Date.valueOf(DisputeRateService.lastDayExclusive(to)))
                .params(seller == null ? Map.of() : Map.of("seller", seller))
                .query((rs, n) -> orders.put(rs.getString("seller_id"), rs.getLong("orders")))
                .list();
        return orders;
    }

    private static void checkPeriod(Instant from, Instant to) {
        Times.inRange("from", from);
        Times.inRange("to", to);
        if (!from.isBefore(to)) {
            throw new InvalidInput("from", "from must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidInput("from", "a period covers at most two years");
        }
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
