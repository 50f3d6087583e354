package com.disputecenter.arbitration;

import com.disputecenter.common.Money;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of the arbitrators' task list, most urgent first.
 *
 * @param total matching cases, counted up to {@link ArbitrationQueue#COUNT_CAP}
 * @param totalCapped true when there are more than that ("10,000+")
 */
public record QueuePage(List<Row> rows, long total, boolean totalCapped, int page, int size) {

    /** What an arbitrator sees of a case in the list. */
    public record Row(UUID disputeId, String orderId, Platform platform, Reason reason, Money amount,
            Instant slaDueAt, boolean overdue, String assignee, boolean senior, boolean appeal, Status status,
            Instant openedAt) {
    }

    /** Where the work stands: a decision to take, evidence being waited for, or an appeal to decide. */
    public enum Status {
        TO_DECIDE, AWAITING_EVIDENCE, APPEAL
    }
}
