package com.disputecenter.dispute;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.rules.Rulebook;
import com.disputecenter.rules.Rulebooks;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What every use case does first: find the case, lock it, check the caller may see it. */
@Component
public class Cases {

    private final DisputeRepository disputes;
    private final Rulebooks rulebooks;
    private final Clock clock;

    Cases(DisputeRepository disputes, Rulebooks rulebooks, Clock clock) {
        this.disputes = disputes;
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    /** Locks the case for a change by this caller; one the caller may not see does not exist. */
    public Dispute lockFor(Caller caller, UUID id) {
        Dispute dispute = disputes.lock(id).orElseThrow(() -> notFound(id));
        if (!DisputePolicy.canSee(dispute, caller)) {
            throw notFound(id);
        }
        return dispute;
    }

    /** Locks the case for a step the process itself takes (a timer, a service task). */
    public Dispute lock(UUID id) {
        return disputes.lock(id).orElseThrow(() -> notFound(id));
    }

    public Dispute readFor(Caller caller, UUID id) {
        Dispute dispute = disputes.findById(id).orElseThrow(() -> notFound(id));
        if (!DisputePolicy.canSee(dispute, caller)) {
            throw notFound(id);
        }
        return dispute;
    }

    public Rulebook rulebook(Dispute dispute) {
        return rulebooks.pinned(dispute.rulebookId(), dispute.platform());
    }

    /** Checks the caller may take this action now; throws 403, 409 or 422 kinds of refusal. */
    public void require(Dispute dispute, Caller caller, Action action) {
        DisputePolicy.require(dispute, caller, action, rulebook(dispute), now());
    }

    public DisputeView view(Dispute dispute, Caller caller) {
        return DisputeView.of(dispute, caller, rulebook(dispute), now());
    }

    /** Microseconds: what both databases keep, so an answer shows the same instant a later read does. */
    public Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static DisputeCenterException.NotFound notFound(UUID id) {
        return new DisputeCenterException.NotFound("No dispute " + id);
    }
}
