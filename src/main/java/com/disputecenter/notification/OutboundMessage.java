package com.disputecenter.notification;

import com.disputecenter.dispute.Notice;
import com.disputecenter.dispute.Party;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message in the outbox: written with the change it tells about, sent (and updated) by the dispatcher. */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage {

    @Id
    private UUID id;

    private UUID disputeId;
    private String recipient;

    @Enumerated(EnumType.STRING)
    private Party recipientParty;

    private String language;

    @Enumerated(EnumType.STRING)
    private Notice template;

    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private MessageStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    private String dedupKey;

    protected OutboundMessage() {
    }

    OutboundMessage(UUID disputeId, String recipient, Party recipientParty, String language, Notice template,
            String subject, String body, Instant now, String dedupKey) {
        this.id = UUID.randomUUID();
        this.disputeId = disputeId;
        this.recipient = recipient;
        this.recipientParty = recipientParty;
        this.language = language;
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.status = MessageStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.dedupKey = dedupKey;
    }

    public UUID id() {
        return id;
    }

    public UUID disputeId() {
        return disputeId;
    }

    public String recipient() {
        return recipient;
    }

    public Party recipientParty() {
        return recipientParty;
    }

    public String language() {
        return language;
    }

    public Notice template() {
        return template;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
