package com.disputecenter.dispute.web;

import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.OpenDispute;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.evidence.web.EvidenceRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

/**
 * The buyer's "open a dispute" page. A form class (not a record) so a refused form comes back
 * with everything typed in; dates are calendar days, read as UTC midnight.
 */
class OpenDisputeForm {

    @NotBlank
    @Pattern(regexp = Identifiers.ID)
    private String orderId;
    @NotNull
    private Platform platform;
    @NotBlank
    @Pattern(regexp = Identifiers.ID)
    private String sellerId;
    @NotNull
    private Reason reason;
    @NotNull
    @DecimalMin(value = "0.01")
    private BigDecimal amount;
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}")
    private String currency = "USD";
    @NotNull
    private ResolutionType requestedResolution;
    @DecimalMin(value = "0.01")
    private BigDecimal requestedAmount;
    @Size(max = 4000)
    private String description;
    private LocalDate deliveredAt;
    private LogisticsChannel logisticsChannel;
    @Pattern(regexp = "([A-Z]{2})?")
    private String destinationCountry;
    private LocalDate sellerContactedAt;
    private LocalDate latestEstimatedDelivery;
    @Valid
    private List<EvidenceRow> evidence = EvidenceRow.blank(2);

    OpenDispute command(String language) {
        Currency code = Currency.getInstance(currency);
        return new OpenDispute(orderId.strip(), platform, null, sellerId.strip(), reason, new Money(amount, code),
                requestedResolution, requestedAmount == null ? null : new Money(requestedAmount, code),
                description, instant(deliveredAt), logisticsChannel,
                destinationCountry == null || destinationCountry.isBlank() ? null : destinationCountry,
                language, instant(sellerContactedAt), instant(latestEstimatedDelivery));
    }

    boolean knownCurrency() {
        try {
            Currency.getInstance(currency);
            return true;
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return false;
        }
    }

    private static Instant instant(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String getOrderId() {
        return orderId;
    }

    /** Spaces typed around it are no part of the id; anything else not in {@link Identifiers#ID} is refused. */
    public void setOrderId(String orderId) {
        this.orderId = orderId == null ? null : orderId.strip();
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String getSellerId() {
        return sellerId;
    }

    public void setSellerId(String sellerId) {
        this.sellerId = sellerId == null ? null : sellerId.strip();
    }

    public Reason getReason() {
        return reason;
    }

    public void setReason(Reason reason) {
        this.reason = reason;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public ResolutionType getRequestedResolution() {
        return requestedResolution;
    }

    public void setRequestedResolution(ResolutionType requestedResolution) {
        this.requestedResolution = requestedResolution;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(LocalDate deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public LogisticsChannel getLogisticsChannel() {
        return logisticsChannel;
    }

    public void setLogisticsChannel(LogisticsChannel logisticsChannel) {
        this.logisticsChannel = logisticsChannel;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public void setDestinationCountry(String destinationCountry) {
        this.destinationCountry = destinationCountry;
    }

    public LocalDate getSellerContactedAt() {
        return sellerContactedAt;
    }

    public void setSellerContactedAt(LocalDate sellerContactedAt) {
        this.sellerContactedAt = sellerContactedAt;
    }

    public LocalDate getLatestEstimatedDelivery() {
        return latestEstimatedDelivery;
    }

    public void setLatestEstimatedDelivery(LocalDate latestEstimatedDelivery) {
        this.latestEstimatedDelivery = latestEstimatedDelivery;
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<EvidenceRow> evidence) {
        this.evidence = evidence;
    }
}
