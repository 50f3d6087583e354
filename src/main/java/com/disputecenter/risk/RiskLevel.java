package com.disputecenter.risk;

public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
