package com.disputecenter.risk.web;

import com.disputecenter.common.Caller;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.Platform;
import com.disputecenter.risk.OrderRiskQuery;
import com.disputecenter.risk.RiskAssessment;
import com.disputecenter.risk.RiskAssessmentService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RiskController {

    private final RiskAssessmentService risk;

    RiskController(RiskAssessmentService risk) {
        this.risk = risk;
    }

    record RiskRequest(
            @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_RULE) String orderId,
            @NotNull Platform platform,
            @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_RULE) String buyerId,
            @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_RULE) String sellerId,
            @Pattern(regexp = "[A-Z]{2}") String destinationCountry,
            LogisticsChannel logisticsChannel,
            @NotNull @Valid Money orderValue,
            @DecimalMin("0") @DecimalMax("100") BigDecimal categoryDisputeRate,
            @Min(0) @Max(100_000) Integer buyerDisputes,
            Instant protectionEndsAt) {

        OrderRiskQuery query() {
            return new OrderRiskQuery(orderId, platform, buyerId, sellerId, destinationCountry, logisticsChannel,
                    orderValue, categoryDisputeRate, buyerDisputes, protectionEndsAt);
        }
    }

    /** Scores an order before any dispute; changes nothing, so a POST only because the facts travel as JSON. */
    @PostMapping(path = "/api/orders/risk-assessment", consumes = MediaType.APPLICATION_JSON_VALUE)
    RiskAssessment assess(Caller caller, @RequestBody @Valid RiskRequest request) {
        return risk.assess(caller, request.query());
    }
}
