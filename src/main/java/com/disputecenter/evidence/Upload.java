package com.disputecenter.evidence;

/** A file as a party sent it; nothing about it is trusted until {@link EvidenceService} checked it. */
public record Upload(String fileName, byte[] bytes, EvidenceKind kind, String description, Boolean packagingDamaged) {
}
