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

    /** How long before a seller's deadline its reminder goes out. */
    public static final Duration REMINDER_AHEAD = Duration.ofHours(24);

    private final Cases cases;
    private final PartyNotifier notifier;

    DeadlineService(Cases cases, PartyNotifier notifier) {
        this.cases = cases;
        this.notifier = notifier;
    }

    @Transactional
    public Instant start(UUID disputeId, DeadlineKind kind) {
        Dispute dispute = cases.lock(disputeId);
        Instant due = dueOf(dispute, kind, cases.now());
        dispute.recordDeadline(kind, due);
        return due;
    }

    /**
     * When the reminder of a countdown that starts now falls due: 24 h before its end. When less than
     * 24 h remain, at the end itself, where the reminder finds the deadline passed and sends nothing
     * (a timer needs a date; it is cancelled with its task anyway when the deadline's own timer fires).
     */
    @Transactional
    public Instant reminderOf(UUID disputeId, DeadlineKind kind) {
        Dispute dispute = cases.lock(disputeId);
        Instant now = cases.now();
        // computed, not read: the deadline's own timer on the same task may not have started yet
        Instant due = dueOf(dispute, kind, now);
        Instant reminder = due.minus(REMINDER_AHEAD);
        return reminder.isAfter(now) ? reminder : due;
    }

    /**
     * Reminds the seller of a deadline still running: the response window, the return address window,
     * the receipt countdown, an evidence request addressed to the seller. Once per deadline.
     *
     * @return whether a reminder was queued
     */
    @Transactional
    public boolean remindSeller(UUID disputeId, DeadlineKind kind) {
        Dispute dispute = cases.lock(disputeId);
        Instant now = cases.now();
        Instant due = dispute.deadline(kind).orElse(null);
        if (due == null || !now.isBefore(due)) {
            return false;
        }
        if (kind == DeadlineKind.EVIDENCE_REQUEST && dispute.evidenceRequestedFrom() != Party.SELLER) {
            return false;
        }
        return notifier.remind(dispute, Party.SELLER, kind, due);
    }

    /** Whether the case's rulebook starts the seller's receipt countdown when the carrier delivers the return. */
    public boolean receiptCountdownFromDelivery(UUID disputeId) {
        return cases.rulebook(cases.lock(disputeId)).returnReceiptFromDelivery();
    }

    private Instant dueOf(Dispute dispute, DeadlineKind kind, Instant now) {
        Rulebook rules = cases.rulebook(dispute);
        boolean business = rules.windowsInBusinessDays();
        return switch (kind) {
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
