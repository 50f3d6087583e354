package com.disputecenter.dispute.process;

import com.disputecenter.dispute.DeadlineKind;
import com.disputecenter.dispute.DeadlineService;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code deadlines} bean the model's timers call: {@code ${deadlines.due(disputeId, 'SELLER_RESPONSE')}}.
 * The engine evaluates a timer's date once, when the timer starts.
 */
@Component("deadlines")
public class DeadlineExpressions {

    private final DeadlineService deadlines;

    DeadlineExpressions(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    public Date due(String disputeId, String kind) {
        return Date.from(deadlines.start(UUID.fromString(disputeId), DeadlineKind.valueOf(kind)));
    }

    /** {@code ${deadlines.reminder(disputeId, 'SELLER_RESPONSE')}}: 24 h before that deadline. */
    public Date reminder(String disputeId, String kind) {
        return Date.from(deadlines.reminderOf(UUID.fromString(disputeId), DeadlineKind.valueOf(kind)));
    }

    /** {@code ${deadlines.receiptCountdownFromDelivery(disputeId)}}: the rulebook counts the receipt countdown from delivery. */
    public boolean receiptCountdownFromDelivery(String disputeId) {
        return deadlines.receiptCountdownFromDelivery(UUID.fromString(disputeId));
    }
}
