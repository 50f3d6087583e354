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
}
