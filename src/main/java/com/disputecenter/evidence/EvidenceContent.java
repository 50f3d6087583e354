package com.disputecenter.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** The bytes of one evidence file, kept in the database so every node of a cluster sees them. */
@Entity
@Immutable
@Table(name = "evidence_content")
class EvidenceContent implements Persistable<UUID> {

    @Id
    private UUID evidenceId;

    @Column(name = "content", columnDefinition = "bytea")
    private byte[] content;

    protected EvidenceContent() {
    }

    EvidenceContent(UUID evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }

    @Override
    public UUID getId() {
        return evidenceId;
    }

    /** Written once, never updated: always an insert, so a duplicate id fails instead of merging. */
    @Override
    public boolean isNew() {
        return true;
    }
}
