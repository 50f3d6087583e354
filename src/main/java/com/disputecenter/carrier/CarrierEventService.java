package com.disputecenter.carrier;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Conflict;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Role;
import com.disputecenter.common.Times;
import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.Dispute;
import com.disputecenter.returns.ReturnService;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carrier scans of return parcels, idempotent on the carrier's eventId. */
@Service
public class CarrierEventService {

    private final CarrierEventRepository events;
    private final JdbcClient jdbc;
    private final Cases cases;
    private final ReturnService returns;

    CarrierEventService(CarrierEventRepository events, JdbcClient jdbc, Cases cases, ReturnService returns) {
        this.events = events;
        this.jdbc = jdbc;
        this.cases = cases;
        this.returns = returns;
    }

    /**
     * @param status null when the carrier reported something we do not track: kept for the record, no effect
     * @param nativeStatus what the carrier itself said (its code and words), when it came through a webhook
     */
    public record Scan(String eventId, String carrier, String trackingNumber, CarrierStatus status, Instant occurredAt,
            String nativeStatus) {

        public Scan(String eventId, String carrier, String trackingNumber, CarrierStatus status, Instant occurredAt) {
            this(eventId, carrier, trackingNumber, status, occurredAt, null);
        }
    }

    /**
     * @param disputeId the case whose return parcel this is, null when no return has that tracking number
     * @param applied whether it changed the parcel's status (a late scan after a final status does not)
     * @param duplicate the eventId was seen before; nothing happened this time
     */
    public record Outcome(String eventId, UUID disputeId, boolean applied, boolean duplicate) {
    }

    @Transactional
    public Outcome record(Caller caller, Scan scan) {
        if (!caller.has(Role.INTEGRATION)) {
            throw new Forbidden("Only the marketplace integration posts carrier events");
        }
        Identifiers.reference("eventId", scan.eventId());
        Identifiers.reference("trackingNumber", scan.trackingNumber());
        if (scan.occurredAt() == null) {
            throw new InvalidInput("occurredAt", "occurredAt is required");
        }
        Times.inRange("occurredAt", scan.occurredAt());
        // a parcel number can come back in a later case: the open case, then the latest shipment, wins
        UUID disputeId = jdbc.sql("""
                select r.dispute_id from return_shipment r join dispute d on d.id = r.dispute_id
                where upper(r.carrier) = upper(?) and r.tracking_number = ?
                order by case when d.open_order_id is null then 1 else 0 end, r.shipped_at desc""")
                .params(scan.carrier(), scan.trackingNumber())
                .query(UUID.class)
                .list()
                .stream().findFirst().orElse(null);
        // the case's lock serialises replays of the same event: the second one sees the first
        Dispute dispute = disputeId == null ? null : cases.lock(disputeId);
        Optional<CarrierEvent> seen = events.findById(scan.eventId());
        if (seen.isPresent()) {
            return new Outcome(scan.eventId(), seen.get().disputeId(), false, true);
        }
        Instant now = cases.now();
        boolean applied = false;
        if (dispute != null && scan.status() == null) {
            dispute.record(now, "carrier", "CARRIER_UNMAPPED", scan.carrier() + " " + scan.trackingNumber() + ": "
                    + scan.nativeStatus() + " at " + scan.occurredAt() + " (not a status we track; recorded only)");
        } else if (dispute != null) {
            applied = dispute.returnShipment().map(s -> s.track(scan.status(), scan.occurredAt())).orElse(false);
            dispute.record(now, "carrier", "CARRIER_" + scan.status(), scan.carrier() + " " + scan.trackingNumber()
                    + ": " + scan.status() + " at " + scan.occurredAt() + (applied ? "" : " (after a final scan; ignored)"));
            if (applied) {
                returns.parcelScanned(dispute, scan.status(), now);
            }
        }
        try {
            events.saveAndFlush(new CarrierEvent(scan.eventId(), scan.carrier(), scan.trackingNumber(), scan.status(),
                    scan.occurredAt(), now, disputeId, scan.nativeStatus()));
        } catch (DataIntegrityViolationException refused) {
            // only a second insert of the same eventId is a replay; any other refusal is a bug, not a race
            if (!duplicateKey(refused)) {
                throw refused;
            }
            throw new Conflict("Event " + scan.eventId() + " is being recorded by another request");
        }
        return new Outcome(scan.eventId(), disputeId, applied, false);
    }

    /** SQLSTATE 23505, unique violation, on PostgreSQL and H2 alike. */
    private static boolean duplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The scans of a case's return parcel, oldest first, for whoever may see the case. */
    @Transactional(readOnly = true)
    public List<Scan> forDispute(Caller caller, UUID disputeId) {
        cases.readFor(caller, disputeId);
        return jdbc.sql("""
                select event_id, carrier, tracking_number, status, occurred_at from carrier_event
                where dispute_id = ? order by occurred_at, received_at""")
                .param(disputeId)
                .query((rs, row) -> new Scan(rs.getString("event_id"), rs.getString("carrier"),
                        rs.getString("tracking_number"), CarrierStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }
}
