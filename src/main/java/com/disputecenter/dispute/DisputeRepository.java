package com.disputecenter.dispute;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DisputeRepository extends JpaRepository<Dispute, UUID> {

    /**
     * Every use case that changes a case takes this row lock first: two callers acting on one
     * case at once are served one after the other, and the second sees what the first did.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dispute d where d.id = :id")
    Optional<Dispute> lock(@Param("id") UUID id);

    /** @param openOrderKey the order's {@link com.disputecenter.common.Identifiers#orderKey key}, as open cases keep it */
    boolean existsByPlatformAndOpenOrderId(Platform platform, String openOrderKey);

    /** Whether a dispute on this order (compared by its key: any letter case) was resolved. */
    @Query("""
            select count(d) > 0 from Dispute d
            where d.platform = :platform and upper(d.orderId) = :orderKey
              and d.status = com.disputecenter.dispute.DisputeStatus.RESOLVED
            """)
    boolean existsResolved(@Param("platform") Platform platform, @Param("orderKey") String orderKey);

    @Query("""
            select d from Dispute d
            where (:status is null or d.status = :status)
              and (:platform is null or d.platform = :platform)
              and (:sellerId is null or d.sellerId = :sellerId)
              and (:buyerId is null or d.buyerId = :buyerId)
            """)
    Page<Dispute> search(@Param("status") DisputeStatus status, @Param("platform") Platform platform,
            @Param("sellerId") String sellerId, @Param("buyerId") String buyerId, Pageable pageable);

    long count();
}
