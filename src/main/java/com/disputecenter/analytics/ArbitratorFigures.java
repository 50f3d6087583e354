package com.disputecenter.analytics;

/**
 * One arbitrator's decisions over the disputes opened in a period, and how many of those cases had
 * passed the arbitration SLA first. Cases still waiting past their SLA appear under {@link #UNDECIDED}.
 */
public record ArbitratorFigures(String arbitrator, long decisions, long slaBreaches) {

    public static final String UNDECIDED = "(undecided)";
}
