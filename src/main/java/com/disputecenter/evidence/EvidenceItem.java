package com.disputecenter.evidence;

import com.disputecenter.dispute.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A file a party submitted, described; its bytes are in {@link EvidenceContent}. Never changed. */
@Entity
@Immutable
@Table(name = "evidence")
public class EvidenceItem {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Party party;

    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;

    private String fileName;
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;
    private String description;
    private Boolean packagingDamaged;
    private String uploadedBy;
    private Instant createdAt;

    protected EvidenceItem() {
    }

    public EvidenceItem(UUID id, Party party, EvidenceKind kind, String fileName, String contentType, long size,
            String sha256, String description, Boolean packagingDamaged, String uploadedBy, Instant createdAt) {
        this.id = id;
        this.party = party;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.description = description;
        this.packagingDamaged = packagingDamaged;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public Party party() {
        return party;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String description() {
        return description;
    }

    public Boolean packagingDamaged() {
        return packagingDamaged;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
