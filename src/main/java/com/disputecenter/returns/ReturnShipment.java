package com.disputecenter.returns;

import com.disputecenter.carrier.CarrierStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The parcel going back from buyer to seller. */
@Entity
@Table(name = "return_shipment")
public class ReturnShipment {

    @Id
    private UUID disputeId;

    private String address;
    private boolean prepaid;
    private String carrier;
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    private CarrierStatus status;

    private Instant statusAt;
    private Instant shippedAt;
    private Instant deliveredAt;

    @Enumerated(EnumType.STRING)
    private ReturnCondition receiptCondition;

    private Instant receivedAt;

    /** When the return was agreed or decided: no scan of its parcel can be older. */
    private Instant registeredAt;

    protected ReturnShipment() {
    }

    public ReturnShipment(UUID disputeId, Instant registeredAt) {
        this.disputeId = disputeId;
        this.registeredAt = registeredAt;
    }

    void giveAddress(String address) {
        this.address = address;
        this.prepaid = false;
    }

    void givePrepaidLabel(String carrier, String trackingNumber) {
        this.prepaid = true;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
    }

    void ship(String carrier, String trackingNumber, Instant at) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shippedAt = at;
        this.status = CarrierStatus.IN_TRANSIT;
    }

    void confirmReceipt(ReturnCondition condition, Instant at) {
        this.receiptCondition = condition;
        this.receivedAt = at;
    }

    /**
     * Applies a carrier scan. Nothing undoes a final status (a late IN_TRANSIT after DELIVERED changes
     * nothing); a passing scan older than the current one arrived out of order and changes nothing either,
     * while a final one always ends the journey, whenever it arrives.
     */
    public boolean track(CarrierStatus next, Instant occurredAt) {
        if (status != null && status.isFinal()) {
            return false;
        }
        if (!next.isFinal() && statusAt != null && occurredAt.isBefore(statusAt)) {
            return false;
        }
        this.status = next;
        this.statusAt = occurredAt;
        if (next == CarrierStatus.DELIVERED) {
            this.deliveredAt = occurredAt;
        }
        return true;
    }

    public String address() {
        return address;
    }

    public boolean prepaid() {
        return prepaid;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public CarrierStatus status() {
        return status;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public ReturnCondition receiptCondition() {
        return receiptCondition;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean shipped() {
        return shippedAt != null;
    }
}
