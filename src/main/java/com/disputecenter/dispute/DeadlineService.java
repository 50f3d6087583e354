package com.disputecenter.dispute;

import com.disputecenter.rules.Rulebook;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a countdown: the process asks when a timer falls due, this answers from the case's
 * pinned rulebook and records the instant on the case, so the API shows the timer's own date.
 */
@Service
public class DeadlineService {

    private final Cases cases;

    DeadlineService(Cases cases) {
        this.cases = cases;
    }

    @Transactional
    public Instant start(UUID disputeId, DeadlineKind kind) {
        Dispute dispute = cases.lock(disputeId);
        Rulebook rules = cases.rulebook(dispute);
        Instant now = cases.now();
        boolean business = rules.windowsInBusinessDays();
        Instant due = switch (kind) {
            case SELLER_RESPONSE -> after(now, rules.sellerResponseWindow(), business);
            // the platform steps in a fixed time after opening, however long the seller took
            case NEGOTIATION -> after(dispute.openedAt(), rules.negotiationWindow(), business);
            case RETURN_ADDRESS -> after(now, rules.returnAddressWindow(), false);
            case RETURN_SHIPMENT -> after(now, rules.returnShipmentWindow(), false);
            case RETURN_RECEIPT -> after(now, rules.returnReceiptWindow(), false);
            case ARBITRATION_SLA -> after(now, rules.arbitrationSla(), false);
            case EVIDENCE_REQUEST -> after(now, rules.evidenceRequestWindow(), false);
            case APPEAL -> after(now, rules.appealWindow(), false);
        };
        dispute.recordDeadline(kind, due);
        return due;
    }

    /** Adds an ISO duration; in business days, whole days skip Saturdays and Sundays (UTC). */
    static Instant after(Instant start, String window, boolean businessDays) {
        if (window == null) {
            throw new IllegalStateException("the rulebook has no window for this deadline");
        }
        Duration duration = Rulebook.parse(window);
        if (!businessDays || duration.toHours() % 24 != 0) {
            return start.plus(duration);
        }
        ZonedDateTime at = start.atZone(ZoneOffset.UTC);
        long days = duration.toDays();
        while (days > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days--;
            }
        }
        return at.toInstant();
    }
}
