package com.disputecenter.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of a case's story; written once, never changed. */
@Entity
@Immutable
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    private UUID id;

    @Column(name = "dispute_id", insertable = false, updatable = false)
    private UUID disputeId;

    private int seq;
    private Instant at;
    private String actor;
    private String type;
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(UUID disputeId, int seq, Instant at, String actor, String type, String detail) {
        this.id = UUID.randomUUID();
        this.disputeId = disputeId;
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }
}
