package com.disputecenter.returns;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReturnShipmentRepository extends JpaRepository<ReturnShipment, UUID> {

    @Query("""
            select count(r) > 0 from ReturnShipment r, com.disputecenter.dispute.Dispute d
            where d.id = r.disputeId and d.openOrderId is not null and r.disputeId <> :disputeId
              and upper(r.carrier) = upper(:carrier) and r.trackingNumber = :trackingNumber""")
    boolean trackingInUseElsewhere(@Param("carrier") String carrier, @Param("trackingNumber") String trackingNumber,
            @Param("disputeId") UUID disputeId);
}
