package com.disputecenter.risk;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Role;
import com.disputecenter.common.Times;
import com.disputecenter.risk.RiskAssessment.ProtectionExtension;
import com.disputecenter.risk.RiskAssessment.RiskReason;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Early warning: scores an order before any dispute with the analysts' DMN, and says why. */
@Service
public class RiskAssessmentService {

    /** How far back a buyer's disputes count as their history (our default; no seed fixes one). */
    public static final Duration BUYER_HISTORY = Duration.ofDays(90);

    private static final int MAX_SCORE = 100;

    private final RiskRules rules;
    private final JdbcClient jdbc;
    private final Clock clock;

    RiskAssessmentService(RiskRules rules, JdbcClient jdbc, Clock clock) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RiskAssessment assess(Caller caller, OrderRiskQuery order) {
        checkOwnOrder(caller, order);
        if (order.platform() == null) {
            throw new InvalidInput("platform", "platform is required");
        }
        if (order.orderValue() == null) {
            throw new InvalidInput("orderValue", "orderValue is required");
        }
        // 1e309 or 1e-5 would score as a low risk: the same money rules as everywhere
        order.orderValue().checked("orderValue");
        Identifiers.id("orderId", order.orderId());
        Identifiers.id("buyerId", order.buyerId());
        Identifiers.id("sellerId", order.sellerId());
        Times.inRange("protectionEndsAt", order.protectionEndsAt());
        if (order.buyerDisputes() == null && (order.buyerId() == null || order.buyerId().isBlank())) {
            throw new InvalidInput("buyerId", "buyerId is required unless buyerDisputes is given");
        }
        Instant now = clock.instant();
        Integer buyerDisputes = order.buyerDisputes() != null ? order.buyerDisputes() : buyerDisputes(order.buyerId(), now);
        Integer daysLeft = order.protectionEndsAt() == null ? null
                : (int) Math.floorDiv(Duration.between(now, order.protectionEndsAt()).toHours(), 24);
        List<RiskRules.Factor> factors = rules.factors(new RiskRules.Facts(buyerDisputes, order.destinationCountry(),
                order.logisticsChannel() == null ? null : order.logisticsChannel().name(), order.categoryDisputeRate(),
                order.orderValue().value(), order.platform().name(), daysLeft));
        int score = Math.min(MAX_SCORE, factors.stream().mapToInt(RiskRules.Factor::points).sum());
        ProtectionExtension extension = factors.stream()
                .map(RiskRules.Factor::extendProtectionDays)
                .filter(days -> days != null && days > 0)
                .max(Integer::compare)
                .map(days -> new ProtectionExtension(days, order.protectionEndsAt(),
                        order.protectionEndsAt().plus(Duration.ofDays(days))))
                .orElse(null);
        return new RiskAssessment(order.orderId(), score, rules.level(score),
                factors.stream().map(f -> new RiskReason(f.points(), f.reason())).toList(), buyerDisputes, extension);
    }

    /** A seller assesses only orders of its own account; the marketplace and analysts any order. */
    private static void checkOwnOrder(Caller caller, OrderRiskQuery order) {
        if (caller.has(Role.INTEGRATION) || caller.has(Role.ANALYST) || caller.has(Role.ADMIN)) {
            return;
        }
        if (!caller.has(Role.SELLER)) {
            throw new Forbidden("Only sellers, the marketplace and analysts assess an order's risk");
        }
        if (order.sellerId() != null && !order.sellerId().equals(caller.sellerId())) {
            throw new Forbidden("A seller assesses only the orders of its own account");
        }
    }

    private int buyerDisputes(String buyerId, Instant now) {
        return jdbc.sql("select count(*) from dispute where buyer_id = ? and opened_at >= ?")
                .params(buyerId, Timestamp.from(now.minus(BUYER_HISTORY)))
                .query(Integer.class)
                .single();
    }
}
