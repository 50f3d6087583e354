package com.disputecenter.evidence;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceContentRepository extends JpaRepository<EvidenceContent, UUID> {
}
