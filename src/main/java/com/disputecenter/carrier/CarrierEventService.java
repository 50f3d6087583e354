package com.disputecenter.carrier;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Conflict;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.DisputeCenterException.RuleViolation;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Role;
import com.disputecenter.common.Times;
import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.Dispute;
import com.disputecenter.returns.ReturnService;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A scan may be dated this far ahead of our clock (a carrier's clock or zone a little off), no further. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    /** At most this many refused scans are named in a refusal; the rest are counted. */
    private static final int NAMED_REFUSALS = 5;

    @Transactional
    public Outcome record(Caller caller, Scan scan) {
        requireIntegration(caller);
        checkShape(scan);
        Optional<ReturnParcel> parcel = returnParcelOf(scan);
        // the case's lock serialises replays of the same event: the second one sees the first
        Dispute dispute = parcel.map(p -> cases.lock(p.disputeId())).orElse(null);
        UUID disputeId = parcel.map(ReturnParcel::disputeId).orElse(null);
        Optional<CarrierEvent> seen = events.findById(scan.eventId());
        if (seen.isPresent()) {
            return new Outcome(scan.eventId(), seen.get().disputeId(), false, true);
        }
        Instant now = cases.now();
        refuseImplausible(List.of(scan), Map.of(scan, parcel), now);
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

    /** Identifiers and time as every input must have them (400), before any plausibility (422). */
    private static void checkShape(Scan scan) {
        Identifiers.reference("eventId", scan.eventId());
        Identifiers.reference("trackingNumber", scan.trackingNumber());
        if (scan.occurredAt() == null) {
            throw new InvalidInput("occurredAt", "occurredAt is required");
        }
        Times.inRange("occurredAt", scan.occurredAt());
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

    /**
     * Checks every scan of one carrier push before any is recorded: one implausible scan refuses the whole
     * push (422), so a push is taken whole or not at all, as a malformed one is. A scan seen before (a
     * replay) is not checked again: it was taken once and stays a harmless duplicate.
     */
    @Transactional(readOnly = true)
    public void checkPush(Caller caller, List<Scan> scans) {
        requireIntegration(caller);
        scans.forEach(CarrierEventService::checkShape);
        Map<Scan, Optional<ReturnParcel>> parcels = new HashMap<>();
        List<Scan> unseen = scans.stream().filter(scan -> !events.existsById(scan.eventId())).toList();
        unseen.forEach(scan -> parcels.put(scan, returnParcelOf(scan)));
        refuseImplausible(unseen, parcels, cases.now());
    }

    /**
     * A scan dated more than {@link #FUTURE_TOLERANCE} ahead, or before the return it would belong to was
     * agreed or decided (the parcel of a return cannot be scanned before the return exists: a label, a
     * pick-up, a delivery dated earlier is another parcel's, or a forged date), is refused.
     */
    private static void refuseImplausible(List<Scan> scans, Map<Scan, Optional<ReturnParcel>> parcels, Instant now) {
        Instant latest = now.plus(FUTURE_TOLERANCE);
        List<String> refused = new ArrayList<>();
        for (Scan scan : scans) {
            Instant registered = parcels.get(scan).map(ReturnParcel::registeredAt).orElse(null);
            if (scan.occurredAt().isAfter(latest)) {
                refused.add(scan.eventId() + " is dated " + scan.occurredAt() + ", more than "
                        + FUTURE_TOLERANCE.toDays() + " day ahead of " + now);
            } else if (registered != null && scan.occurredAt().isBefore(registered)) {
                refused.add(scan.eventId() + " is dated " + scan.occurredAt() + ", before the return of "
                        + scan.carrier() + " " + scan.trackingNumber() + " was registered at " + registered);
            }
        }
        if (!refused.isEmpty()) {
            String named = String.join("; ", refused.subList(0, Math.min(NAMED_REFUSALS, refused.size())))
                    + (refused.size() > NAMED_REFUSALS ? "; and " + (refused.size() - NAMED_REFUSALS) + " more" : "");
            throw new RuleViolation((scans.size() == 1 ? "The scan " : refused.size() + " of the " + scans.size()
                    + " scans are implausible, nothing was recorded: ") + named)
                    .coded("carrier.scan.implausible");
        }
    }

    /** The return parcel a scan is of: a parcel number can come back in a later case, so the open case, then the latest shipment, wins. */
    private Optional<ReturnParcel> returnParcelOf(Scan scan) {
        return jdbc.sql("""
                select r.dispute_id, r.registered_at from return_shipment r join dispute d on d.id = r.dispute_id
                where upper(r.carrier) = upper(?) and r.tracking_number = ?
                order by case when d.open_order_id is null then 1 else 0 end, r.shipped_at desc""")
                .params(scan.carrier(), scan.trackingNumber())
                .query((rs, row) -> new ReturnParcel(rs.getObject("dispute_id", UUID.class),
                        rs.getTimestamp("registered_at").toInstant()))
                .list()
                .stream().findFirst();
    }

    private record ReturnParcel(UUID disputeId, Instant registeredAt) {
    }

    private static void requireIntegration(Caller caller) {
        if (!caller.has(Role.INTEGRATION)) {
            throw new Forbidden("Only the marketplace integration posts carrier events");
        }
    }

    /**
     * The scans of a case's return parcel, oldest first, for whoever may see the case. A scan whose status
     * we do not track comes back with a null status and what the carrier said (V5 made the column nullable).
     */
    @Transactional(readOnly = true)
    public List<Scan> forDispute(Caller caller, UUID disputeId) {
        cases.readFor(caller, disputeId);
        return jdbc.sql("""
                select event_id, carrier, tracking_number, status, occurred_at, native_status from carrier_event
                where dispute_id = ? order by occurred_at, received_at""")
                .param(disputeId)
                .query((rs, row) -> {
                    String status = rs.getString("status");
                    return new Scan(rs.getString("event_id"), rs.getString("carrier"), rs.getString("tracking_number"),
                            status == null ? null : CarrierStatus.valueOf(status), rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("native_status"));
                })
                .list();
    }
}
