package com.disputecenter.risk;

import java.math.BigDecimal;
import java.util.List;

/** The analysts' early-warning tables (DMN {@code dispute-risk} and {@code dispute-risk-level}), newest version. */
public interface RiskRules {

    /** Every risk factor whose row matches these facts, in table order. */
    List<Factor> factors(Facts facts);

    /** The level a seller sees for a score of 0 to 100. */
    RiskLevel level(int score);

    /** The inputs of the factor table; null where unknown (a null matches no row that tests it). */
    record Facts(Integer buyerDisputes, String destinationCountry, String logisticsChannel,
            BigDecimal categoryDisputeRate, BigDecimal orderValue, String platform, Integer protectionDaysLeft) {
    }

    /** One matching row: its points, the reason a seller reads, and an extension of buyer protection if it suggests one. */
    record Factor(int points, String reason, Integer extendProtectionDays) {
    }
}
