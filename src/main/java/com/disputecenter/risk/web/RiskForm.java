package com.disputecenter.risk.web;

import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Money;
import com.disputecenter.common.Times;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.Platform;
import com.disputecenter.risk.OrderRiskQuery;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/** The "check an order's risk" form; a bean because Thymeleaf binds fields by getters and setters. */
public class RiskForm {

    @Pattern(regexp = "(" + Identifiers.ID + ")?")
    private String orderId;
    @NotNull
    private Platform platform = Platform.ALIEXPRESS;
    @Pattern(regexp = "(" + Identifiers.ID + ")?")
    private String buyerId;
    @Pattern(regexp = "[A-Z]{2}|")
    private String destinationCountry;
    private LogisticsChannel logisticsChannel = LogisticsChannel.PLATFORM;
    @NotNull
    @DecimalMin("0")
    private BigDecimal orderValue;
    @NotNull
    @Pattern(regexp = "[A-Z]{3}")
    private String currency = "USD";
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal categoryDisputeRate;
    @Min(0)
    @Max(100_000)
    private Integer buyerDisputes;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate protectionEnds;

    /** The protection ends with the last day the buyer is protected (UTC). */
    OrderRiskQuery query(String sellerId) {
        return new OrderRiskQuery(blank(orderId), platform, blank(buyerId), sellerId, blank(destinationCountry),
                logisticsChannel, new Money(orderValue, Currency.getInstance(currency)),
                categoryDisputeRate, buyerDisputes,
                protectionEnds == null ? null : protectionEnds.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A day whose end is an instant the desk takes ({@link Times}); LocalDate.MAX has no next day at all. */
    boolean protectionEndsInRange() {
        return protectionEnds == null || protectionEnds.getYear() >= Times.EARLIEST.atZone(ZoneOffset.UTC).getYear()
                && protectionEnds.isBefore(LocalDate.ofInstant(Times.LATEST, ZoneOffset.UTC));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getOrderId() { return orderId; }
    public void setOrderId(String orderId) { this.orderId = orderId == null ? null : orderId.strip(); }
    public Platform getPlatform() { return platform; }
    public void setPlatform(Platform platform) { this.platform = platform; }
    public String getBuyerId() { return buyerId; }
    public void setBuyerId(String buyerId) { this.buyerId = buyerId == null ? null : buyerId.strip(); }
    public String getDestinationCountry() { return destinationCountry; }
    public void setDestinationCountry(String destinationCountry) {
        this.destinationCountry = destinationCountry == null ? null : destinationCountry.strip().toUpperCase(Locale.ROOT);
    }
    public LogisticsChannel getLogisticsChannel() { return logisticsChannel; }
    public void setLogisticsChannel(LogisticsChannel logisticsChannel) { this.logisticsChannel = logisticsChannel; }
    public BigDecimal getOrderValue() { return orderValue; }
    public void setOrderValue(BigDecimal orderValue) { this.orderValue = orderValue; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public BigDecimal getCategoryDisputeRate() { return categoryDisputeRate; }
    public void setCategoryDisputeRate(BigDecimal categoryDisputeRate) { this.categoryDisputeRate = categoryDisputeRate; }
    public Integer getBuyerDisputes() { return buyerDisputes; }
    public void setBuyerDisputes(Integer buyerDisputes) { this.buyerDisputes = buyerDisputes; }
    public LocalDate getProtectionEnds() { return protectionEnds; }
    public void setProtectionEnds(LocalDate protectionEnds) { this.protectionEnds = protectionEnds; }
}
