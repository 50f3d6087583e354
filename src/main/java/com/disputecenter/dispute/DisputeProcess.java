package com.disputecenter.dispute;

import java.util.UUID;

/**
 * The port through which use cases move a case's process instance along. Each call joins the
 * caller's transaction, so a domain change and its process step commit or fail together.
 * A call that finds the process no longer waiting for it throws
 * {@link com.disputecenter.common.DisputeCenterException.Conflict}.
 */
public interface DisputeProcess {

    void start(UUID disputeId);

    void sellerResponded(UUID disputeId);

    void agreementReached(UUID disputeId, ResolutionType type);

    /** A party accepted the platform's proposal during arbitration: it ends the arbitration as an agreement would, but may open the appeal window as a decision does. */
    void platformProposalAccepted(UUID disputeId, ResolutionType type, boolean appealable);

    void escalated(UUID disputeId);

    void cancelled(UUID disputeId);

    void returnAddressGiven(UUID disputeId);

    void returnShipped(UUID disputeId);

    void returnReceived(UUID disputeId);

    /** The carrier delivered the return; moves the process on only where it waits for that (else nothing). */
    void returnDelivered(UUID disputeId);

    void evidenceRequested(UUID disputeId);

    void requestedEvidenceSubmitted(UUID disputeId);

    /** Completes the open decision task (the arbitrator's, or the senior's on appeal). */
    void decided(UUID disputeId, ResolutionType type, boolean appealable);

    void arbitrationWithdrawn(UUID disputeId);

    void appealFiled(UUID disputeId);

    /** Sets (or, with null, clears) the assignee of the open decision task; a 409 kind of refusal if none is open. */
    void decisionAssigned(UUID disputeId, String assignee);

    /** Lets senior arbitrators pick up the open decision task as well. */
    void involveSeniorArbitrators(UUID disputeId);
}
