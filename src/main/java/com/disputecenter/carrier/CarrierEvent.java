package com.disputecenter.carrier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** One scan of a parcel as a carrier reported it; stored once per eventId (status null: not one we track). */
@Entity
@Immutable
@Table(name = "carrier_event")
class CarrierEvent implements Persistable<String> {

    @Id
    private String eventId;

    private String carrier;
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    private CarrierStatus status;

    private Instant occurredAt;
    private Instant receivedAt;
    private UUID disputeId;
    private String nativeStatus;

    protected CarrierEvent() {
    }

    CarrierEvent(String eventId, String carrier, String trackingNumber, CarrierStatus status, Instant occurredAt,
            Instant receivedAt, UUID disputeId, String nativeStatus) {
        this.eventId = eventId;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.status = status;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.disputeId = disputeId;
        this.nativeStatus = nativeStatus;
    }

    UUID disputeId() {
        return disputeId;
    }

    @Override
    public String getId() {
        return eventId;
    }

    /** Written once, never updated: always an insert, so a duplicate id fails instead of merging. */
    @Override
    public boolean isNew() {
        return true;
    }
}
