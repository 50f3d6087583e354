package com.disputecenter.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, UUID> {

    List<OutboundMessage> findByDisputeIdOrderByCreatedAtAscIdAsc(UUID disputeId);

    boolean existsByDedupKey(String dedupKey);
}
