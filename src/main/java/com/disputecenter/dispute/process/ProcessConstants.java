package com.disputecenter.dispute.process;

/**
 * Names shared by the BPMN model (bpmn/dispute-lifecycle.bpmn) and the code. Analysts and
 * developers agree on these: renaming one here means renaming it in the model too.
 */
public final class ProcessConstants {

    public static final String PROCESS_KEY = "DisputeLifecycle";

    public static final String VAR_DISPUTE_ID = "disputeId";
    public static final String VAR_RESOLUTION_TYPE = "resolutionType";
    public static final String VAR_APPEALABLE = "appealable";

    public static final String MSG_SELLER_RESPONDED = "SellerResponded";
    public static final String MSG_AGREEMENT_REACHED = "AgreementReached";
    public static final String MSG_DISPUTE_ESCALATED = "DisputeEscalated";
    public static final String MSG_DISPUTE_CANCELLED = "DisputeCancelled";
    public static final String MSG_RETURN_ADDRESS_GIVEN = "ReturnAddressGiven";
    public static final String MSG_RETURN_SHIPPED = "ReturnShipped";
    public static final String MSG_RETURN_RECEIVED = "ReturnReceived";
    public static final String MSG_EVIDENCE_REQUESTED = "EvidenceRequested";
    public static final String MSG_REQUESTED_EVIDENCE_SUBMITTED = "RequestedEvidenceSubmitted";
    public static final String MSG_ARBITRATION_WITHDRAWN = "ArbitrationWithdrawn";
    public static final String MSG_APPEAL_FILED = "AppealFiled";
    public static final String MSG_RETURN_DELIVERED = "ReturnDelivered";

    public static final String TASK_DECIDE_DISPUTE = "Task_DecideDispute";
    public static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";

    public static final String GROUP_ARBITRATOR = "ARBITRATOR";
    public static final String GROUP_SENIOR_ARBITRATOR = "SENIOR_ARBITRATOR";

    public static final String DECISION_PLATFORM_RULES = "platform-rules";
    public static final String DECISION_RESPONSIBILITY = "responsibility";

    private ProcessConstants() {
    }
}
