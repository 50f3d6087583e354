package com.disputecenter.dispute.process;

import static com.disputecenter.dispute.process.ProcessConstants.VAR_DISPUTE_ID;

import com.disputecenter.dispute.DeadlineKind;
import com.disputecenter.dispute.DeadlineService;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The {@code sellerReminders} bean of the model's reminder events:
 * {@code camunda:delegateExpression="${sellerReminders.of('SELLER_RESPONSE')}"} on the message end event
 * a non-interrupting timer leads to, 24 h before that deadline. The model names the deadline, as its
 * timers do; the domain decides whether a reminder is still due.
 */
@Component("sellerReminders")
public class SellerReminders {

    private final DeadlineService deadlines;

    SellerReminders(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    public JavaDelegate of(String kind) {
        DeadlineKind deadline = DeadlineKind.valueOf(kind);
        return execution -> deadlines.remindSeller(UUID.fromString((String) execution.getVariable(VAR_DISPUTE_ID)), deadline);
    }
}
