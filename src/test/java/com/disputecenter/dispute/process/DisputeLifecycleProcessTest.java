package com.disputecenter.dispute.process;

import static com.disputecenter.dispute.process.ProcessConstants.GROUP_ARBITRATOR;
import static com.disputecenter.dispute.process.ProcessConstants.GROUP_SENIOR_ARBITRATOR;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_AGREEMENT_REACHED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_APPEAL_FILED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_ARBITRATION_WITHDRAWN;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_DISPUTE_CANCELLED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_DISPUTE_ESCALATED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_EVIDENCE_REQUESTED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_REQUESTED_EVIDENCE_SUBMITTED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_RETURN_ADDRESS_GIVEN;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_RETURN_DELIVERED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_RETURN_RECEIVED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_RETURN_SHIPPED;
import static com.disputecenter.dispute.process.ProcessConstants.MSG_SELLER_RESPONDED;
import static com.disputecenter.dispute.process.ProcessConstants.PROCESS_KEY;
import static com.disputecenter.dispute.process.ProcessConstants.TASK_DECIDE_APPEAL;
import static com.disputecenter.dispute.process.ProcessConstants.TASK_DECIDE_DISPUTE;
import static com.disputecenter.dispute.process.ProcessConstants.VAR_APPEALABLE;
import static com.disputecenter.dispute.process.ProcessConstants.VAR_DISPUTE_ID;
import static com.disputecenter.dispute.process.ProcessConstants.VAR_RESOLUTION_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of bpmn/dispute-lifecycle.bpmn on an in-memory engine (src/test/resources/camunda.cfg.xml).
 * The delegates and the {@code deadlines} bean are mocks; timers and async jobs are executed by hand, never awaited.
 * The class fails unless the tests together cover every flow node and every sequence flow of the model.
 */
@Deployment(resources = "bpmn/dispute-lifecycle.bpmn")
public class DisputeLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String DISPUTE_ID = "D-1";

    // resolution types (the resolutionType variable)
    private static final String FULL_REFUND = "FULL_REFUND";
    private static final String PARTIAL_REFUND = "PARTIAL_REFUND";
    private static final String RETURN_AND_REFUND = "RETURN_AND_REFUND";
    private static final String REPLACEMENT = "REPLACEMENT";
    private static final String COUPON = "COUPON";
    private static final String NO_REFUND = "NO_REFUND";

    // deadline kinds (the second argument of deadlines.due)
    private static final String SELLER_RESPONSE = "SELLER_RESPONSE";
    private static final String NEGOTIATION = "NEGOTIATION";
    private static final String ARBITRATION_SLA = "ARBITRATION_SLA";
    private static final String EVIDENCE_REQUEST = "EVIDENCE_REQUEST";
    private static final String RETURN_ADDRESS = "RETURN_ADDRESS";
    private static final String RETURN_SHIPMENT = "RETURN_SHIPMENT";
    private static final String RETURN_RECEIPT = "RETURN_RECEIPT";
    private static final String APPEAL = "APPEAL";

    private final List<String> delegateCalls = new ArrayList<>();
    private final Deadlines deadlines = new Deadlines();
    private final SellerReminders reminders = new SellerReminders();

    @BeforeEach
    void registerMocks() {
        init(extension.getProcessEngine());
        Mocks.register("deadlines", deadlines);
        registerDelegate("refundForSellerSilence", FULL_REFUND);
        registerDelegate("escalateAfterNegotiationWindow", null);
        registerDelegate("suggestResponsibility", null);
        registerDelegate("involveSeniorArbitrators", null);
        registerDelegate("recordMissingEvidence", null);
        registerDelegate("refundWithoutReturn", FULL_REFUND);
        registerDelegate("closeWithoutRefund", NO_REFUND);
        registerDelegate("refundUnacknowledgedReturn", null);
        registerDelegate("refundBuyer", null);
        registerDelegate("issueCoupon", null);
        registerDelegate("shipReplacement", null);
        registerDelegate("finaliseDecision", null);
        Mocks.register("sellerReminders", reminders);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    // ---------------------------------------------------------------- seller response

    @Test
    void sellerSilenceRefundsBuyerInFull() {
        ProcessInstance dispute = openDispute();

        fireTimer(dispute, "Timer_SellerResponseWindow", SELLER_RESPONSE);

        assertThat(dispute).isWaitingAt("Task_RefundBuyer").variables().containsEntry(VAR_RESOLUTION_TYPE, FULL_REFUND);
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded()
                .hasPassed("Task_RefundForSellerSilence", "Task_RefundBuyer", "End_DisputeClosed")
                .hasNotPassed("Task_Negotiate", "Sub_Arbitration");
        assertThat(delegateCalls).containsExactly("refundForSellerSilence", "refundBuyer");
        assertThat(deadlines.requestedKinds).containsExactly(SELLER_RESPONSE);
    }

    @Test
    void sellerAcceptingTheBuyersProposalRefundsTheBuyer() {
        ProcessInstance dispute = openDispute();

        agree(FULL_REFUND);

        assertThat(dispute).hasPassed("Event_AgreedOnSellerResponse").isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed").hasNotPassed("Task_Negotiate", "Sub_Return");
        assertThat(delegateCalls).containsExactly("refundBuyer");
    }

    // ---------------------------------------------------------------- negotiation

    @Test
    void agreedCouponInNegotiationIssuesTheCoupon() {
        ProcessInstance dispute = negotiating();

        agree(COUPON);

        assertThat(dispute).hasPassed("Event_AgreedInNegotiation").isWaitingAt("Task_IssueCoupon");
        carryOut(dispute, "Task_IssueCoupon");
        assertThat(dispute).isEnded().hasPassed("End_ResolutionCarriedOut", "End_DisputeClosed");
        assertThat(delegateCalls).containsExactly("issueCoupon");
    }

    @Test
    void agreedReplacementInNegotiationShipsTheReplacement() {
        ProcessInstance dispute = negotiating();

        agree(REPLACEMENT);

        assertThat(dispute).isWaitingAt("Task_ShipReplacement");
        carryOut(dispute, "Task_ShipReplacement");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
        assertThat(delegateCalls).containsExactly("shipReplacement");
    }

    @Test
    void agreedNoRefundInNegotiationClosesTheDisputeWithoutPayment() {
        ProcessInstance dispute = negotiating();

        agree(NO_REFUND);

        assertThat(dispute).isEnded()
                .hasPassed("End_ResolutionCarriedOut", "End_DisputeClosed")
                .hasNotPassed("Task_RefundBuyer", "Task_IssueCoupon", "Task_ShipReplacement");
        assertThat(delegateCalls).isEmpty();
    }

    @Test
    void agreedPartialRefundInNegotiationRefundsTheBuyer() {
        ProcessInstance dispute = negotiating();

        agree(PARTIAL_REFUND);

        assertThat(dispute).isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed").hasNotPassed("Sub_Return");
        assertThat(delegateCalls).containsExactly("refundBuyer");
    }

    @Test
    void negotiationEscalatedByAPartyStartsArbitration() {
        ProcessInstance dispute = negotiating();

        correlate(MSG_DISPUTE_ESCALATED);

        assertThat(dispute).isWaitingAt(TASK_DECIDE_DISPUTE).hasNotPassed("Task_EscalateAutomatically");
        assertThat(task(TASK_DECIDE_DISPUTE, dispute)).hasCandidateGroup(GROUP_ARBITRATOR);
        assertThat(delegateCalls).containsExactly("suggestResponsibility");

        decide(dispute, FULL_REFUND, false);
        assertThat(dispute).hasPassed("End_DisputeDecided").isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
    }

    @Test
    void escalationAfterNegotiationWindowStartsArbitration() {
        ProcessInstance dispute = negotiating();

        fireTimer(dispute, "Timer_NegotiationWindow", NEGOTIATION);

        assertThat(dispute).hasPassed("Task_EscalateAutomatically").isWaitingAt(TASK_DECIDE_DISPUTE);
        assertThat(delegateCalls).containsExactly("escalateAfterNegotiationWindow", "suggestResponsibility");

        decide(dispute, PARTIAL_REFUND, false);
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
    }

    // ---------------------------------------------------------------- arbitration

    @Test
    void arbitrationSlaPassingInvolvesSeniorArbitratorsWhileTheDecisionStaysOpen() {
        ProcessInstance dispute = inArbitration();
        Task decision = task(TASK_DECIDE_DISPUTE, dispute);

        fireTimer(dispute, "Timer_ArbitrationSla", ARBITRATION_SLA);

        assertThat(dispute).hasPassed("Task_InvolveSeniorArbitrators", "End_SeniorArbitratorsInvolved")
                .isWaitingAt(TASK_DECIDE_DISPUTE);
        assertThat(task(TASK_DECIDE_DISPUTE, dispute).getId()).isEqualTo(decision.getId());
        assertThat(delegateCalls).containsExactly("suggestResponsibility", "involveSeniorArbitrators");

        decide(dispute, NO_REFUND, false);
        assertThat(dispute).isEnded().hasPassed("End_DisputeDecided", "End_DisputeClosed");
    }

    @Test
    void requestedEvidenceSubmittedLetsTheArbitratorDecide() {
        ProcessInstance dispute = inArbitration();

        correlate(MSG_EVIDENCE_REQUESTED);
        assertThat(dispute).isWaitingAt(TASK_DECIDE_DISPUTE, "Task_AwaitRequestedEvidence");
        assertDeadline(dispute, "Timer_EvidenceRequestDeadline", EVIDENCE_REQUEST);

        correlate(MSG_REQUESTED_EVIDENCE_SUBMITTED);
        assertThat(dispute).hasPassed("End_EvidenceProvided").isWaitingAt(TASK_DECIDE_DISPUTE)
                .isNotWaitingAt("Task_AwaitRequestedEvidence");

        decide(dispute, FULL_REFUND, false);
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
    }

    @Test
    void evidenceDeadlinePassingNotesTheMissingEvidence() {
        ProcessInstance dispute = inArbitration();
        correlate(MSG_EVIDENCE_REQUESTED);

        fireTimer(dispute, "Timer_EvidenceRequestDeadline", EVIDENCE_REQUEST);

        assertThat(dispute).hasPassed("Task_RecordMissingEvidence", "End_EvidenceNotProvided")
                .hasNotPassed("End_EvidenceProvided")
                .isWaitingAt(TASK_DECIDE_DISPUTE);
        assertThat(delegateCalls).containsExactly("suggestResponsibility", "recordMissingEvidence");

        decide(dispute, NO_REFUND, false);
        assertThat(dispute).isEnded();
    }

    @Test
    void decisionEndsAnOutstandingEvidenceRequest() {
        ProcessInstance dispute = inArbitration();
        correlate(MSG_EVIDENCE_REQUESTED);

        decide(dispute, NO_REFUND, false);

        assertThat(dispute).isEnded().hasPassed("End_DisputeDecided")
                .hasNotPassed("End_EvidenceProvided", "End_EvidenceNotProvided");
        assertThat(runtimeService().createEventSubscriptionQuery()
                .eventName(MSG_REQUESTED_EVIDENCE_SUBMITTED).count()).isZero();
    }

    @Test
    void acceptingAPlatformProposalDuringArbitrationEndsTheArbitration() {
        ProcessInstance dispute = inArbitration();

        agree(COUPON);

        assertThat(dispute).hasPassed("Event_AgreedInArbitration").hasNotPassed("End_DisputeDecided")
                .isWaitingAt("Task_IssueCoupon");
        assertThat(task(dispute)).isNull();
        carryOut(dispute, "Task_IssueCoupon");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
    }

    /** As CamundaDisputeProcess.platformProposalAccepted correlates it: the agreement's way out, the decision's appeal. */
    @Test
    void anAcceptedPlatformProposalOpensTheAppealWindowAsADecisionDoes() {
        ProcessInstance dispute = inArbitration();

        runtimeService().createMessageCorrelation(MSG_AGREEMENT_REACHED).processInstanceBusinessKey(DISPUTE_ID)
                .setVariable(VAR_RESOLUTION_TYPE, PARTIAL_REFUND)
                .setVariable(VAR_APPEALABLE, true)
                .correlate();

        assertThat(dispute).hasPassed("Event_AgreedInArbitration").hasNotPassed("End_DisputeDecided");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isWaitingAt("Task_AwaitAppeal");
        assertDeadline(dispute, "Timer_AppealWindow", APPEAL);
        correlate(MSG_APPEAL_FILED);
        assertThat(dispute).isWaitingAt(TASK_DECIDE_APPEAL);
    }

    @Test
    void withdrawnArbitrationProceedsToRefund() {
        ProcessInstance dispute = inArbitration();

        correlate(MSG_ARBITRATION_WITHDRAWN);

        assertThat(dispute).hasPassed("Event_ArbitrationWithdrawn").hasNotPassed("End_DisputeDecided")
                .isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
    }

    // ---------------------------------------------------------------- return of the goods

    @Test
    void sellerMissingTheAddressWindowRefundsWithoutReturn() {
        ProcessInstance dispute = returningGoods();

        fireTimer(dispute, "Timer_ReturnAddressWindow", RETURN_ADDRESS);

        assertThat(dispute).hasPassed("Task_RefundWithoutReturn", "End_RefundedWithoutReturn")
                .isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
        assertThat(delegateCalls).containsExactly("refundWithoutReturn", "refundBuyer");
    }

    @Test
    void buyerMissingTheShipWindowClosesWithoutRefund() {
        ProcessInstance dispute = returningGoods();
        correlate(MSG_RETURN_ADDRESS_GIVEN);
        assertThat(dispute).isWaitingAt("Task_BuyerShipsReturn");

        fireTimer(dispute, "Timer_ReturnShipmentWindow", RETURN_SHIPMENT);

        assertThat(dispute).isEnded()
                .hasPassed("Task_CloseWithoutRefund", "End_ClosedWithoutRefund", "End_DisputeClosed")
                .hasNotPassed("Task_RefundBuyer");
        assertThat(delegateCalls).containsExactly("closeWithoutRefund");
    }

    @Test
    void receiptCountdownOverRefundsTheUnacknowledgedReturn() {
        ProcessInstance dispute = returningGoods();
        correlate(MSG_RETURN_ADDRESS_GIVEN);
        correlate(MSG_RETURN_SHIPPED);
        assertThat(dispute).isWaitingAt("Task_SellerConfirmsReceipt");

        fireTimer(dispute, "Timer_ReturnReceiptCountdown", RETURN_RECEIPT);

        assertThat(dispute).hasPassed("Task_RefundUnacknowledgedReturn", "End_RefundedUnacknowledged")
                .isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
        assertThat(delegateCalls).containsExactly("refundUnacknowledgedReturn", "refundBuyer");
    }

    @Test
    void confirmedReceiptOfTheReturnRefundsTheBuyer() {
        ProcessInstance dispute = returningGoods();

        correlate(MSG_RETURN_ADDRESS_GIVEN);
        correlate(MSG_RETURN_SHIPPED);
        correlate(MSG_RETURN_RECEIVED);

        assertThat(dispute).hasPassed("End_ReturnReceived").isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
        assertThat(delegateCalls).containsExactly("refundBuyer");
        assertThat(deadlines.requestedKinds)
                .containsExactly(SELLER_RESPONSE, NEGOTIATION, RETURN_ADDRESS, RETURN_SHIPMENT, RETURN_RECEIPT);
    }

    @Test
    void arbitrationDecidingReturnAndRefundSendsTheGoodsBackAndADisputedReturnGoesBackToArbitration() {
        ProcessInstance dispute = inArbitration();

        decide(dispute, RETURN_AND_REFUND, false);
        assertThat(dispute).hasPassed("End_DisputeDecided").isWaitingAt("Task_SellerGivesReturnAddress");
        correlate(MSG_RETURN_ADDRESS_GIVEN);
        correlate(MSG_RETURN_SHIPPED);

        correlate(MSG_DISPUTE_ESCALATED);

        assertThat(dispute).hasPassed("Event_ReturnDisputed").isNotWaitingAt("Task_SellerConfirmsReceipt")
                .isWaitingAt(TASK_DECIDE_DISPUTE);
        decide(dispute, FULL_REFUND, false);
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed").hasNotPassed("End_ReturnReceived");
        assertThat(delegateCalls).containsExactly("suggestResponsibility", "suggestResponsibility", "refundBuyer");
    }

    @Test
    void agreementDuringTheReturnReplacesTheReturn() {
        ProcessInstance dispute = returningGoods();
        correlate(MSG_RETURN_ADDRESS_GIVEN);

        agree(PARTIAL_REFUND);

        assertThat(dispute).hasPassed("Event_AgreedDuringReturn").isNotWaitingAt("Task_BuyerShipsReturn")
                .isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed");
    }

    // ---------------------------------------------------------------- appeal

    @Test
    void appealFiledAgainstADecisionIsDecidedBySeniorArbitrators() {
        ProcessInstance dispute = inArbitration();
        decide(dispute, FULL_REFUND, true);
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isWaitingAt("Task_AwaitAppeal");

        correlate(MSG_APPEAL_FILED);

        assertThat(dispute).isWaitingAt(TASK_DECIDE_APPEAL);
        assertThat(task(TASK_DECIDE_APPEAL, dispute)).hasCandidateGroup(GROUP_SENIOR_ARBITRATOR);
        complete(task(TASK_DECIDE_APPEAL, dispute), withVariables(VAR_RESOLUTION_TYPE, NO_REFUND, VAR_APPEALABLE, false));
        assertThat(dispute).isEnded().hasPassed("End_DisputeClosed").hasNotPassed("End_DecisionFinal");
        assertThat(delegateCalls).containsExactly("suggestResponsibility", "refundBuyer");
    }

    @Test
    void appealWindowOverMakesTheDecisionFinal() {
        ProcessInstance dispute = inArbitration();
        decide(dispute, FULL_REFUND, true);
        carryOut(dispute, "Task_RefundBuyer");

        fireTimer(dispute, "Timer_AppealWindow", APPEAL);

        assertThat(dispute).isEnded().hasPassed("Task_FinaliseDecision", "End_DecisionFinal")
                .hasNotPassed(TASK_DECIDE_APPEAL, "End_DisputeClosed");
        assertThat(delegateCalls).endsWith("finaliseDecision");
    }

    // ---------------------------------------------------------------- buyer cancels

    @Test
    void buyerCancelsWhileTheSellerHasNotResponded() {
        ProcessInstance dispute = openDispute();

        cancel(dispute);

        assertThat(dispute).hasNotPassed("Task_RefundForSellerSilence");
        assertThat(jobQuery().processInstanceId(dispute.getId()).count()).isZero();
    }

    @Test
    void buyerCancelsDuringNegotiation() {
        ProcessInstance dispute = negotiating();

        cancel(dispute);

        assertThat(dispute).hasNotPassed("Sub_Arbitration");
    }

    @Test
    void buyerCancelsDuringArbitrationWhileEvidenceIsRequested() {
        ProcessInstance dispute = inArbitration();
        correlate(MSG_EVIDENCE_REQUESTED);

        cancel(dispute);

        assertThat(dispute).hasNotPassed("End_DisputeDecided", "End_EvidenceProvided");
        assertThat(task(dispute)).isNull();
    }

    @Test
    void buyerCancelsDuringTheReturn() {
        ProcessInstance dispute = returningGoods();
        correlate(MSG_RETURN_ADDRESS_GIVEN);

        cancel(dispute);

        assertThat(dispute).hasNotPassed("Sub_ExecuteResolution");
        assertThat(delegateCalls).isEmpty();
    }

    // ---------------------------------------------------------------- failures

    @Test
    void refundFailingThreeTimesBecomesAnIncident() {
        Mocks.register("refundBuyer", (JavaDelegate) execution -> {
            throw new IllegalStateException("payment provider unavailable");
        });
        ProcessInstance dispute = openDispute();
        fireTimer(dispute, "Timer_SellerResponseWindow", SELLER_RESPONSE);
        String refundJobId = job("Task_RefundBuyer", dispute).getId();

        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            assertThatThrownBy(() -> managementService().executeJob(refundJobId))
                    .hasMessageContaining("payment provider unavailable");
            Job refund = jobQuery().jobId(refundJobId).singleResult();
            assertThat(refund.getRetries()).isEqualTo(retriesLeft);
            assertThat(refund.getDuedate()).isAfter(Date.from(Instant.now().plus(4, ChronoUnit.MINUTES)));
        }

        Incident incident = runtimeService().createIncidentQuery().processInstanceId(dispute.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("Task_RefundBuyer");
        assertThat(dispute).isNotEnded().isWaitingAt("Task_RefundBuyer");
    }

    // ---------------------------------------------------------------- reminders and the delivery scan

    @Test
    void theSellerIsRemindedADayBeforeTheResponseWindowEndsAndTheWindowStillRuns() {
        ProcessInstance dispute = openDispute();

        fireReminder(dispute, "Timer_SellerResponseReminder", SELLER_RESPONSE);

        assertThat(dispute).hasPassed("End_SellerRemindedToRespond").isWaitingAt("Task_SellerResponds");
        assertThat(reminders.sent).containsExactly(SELLER_RESPONSE);
        fireTimer(dispute, "Timer_SellerResponseWindow", SELLER_RESPONSE);
        assertThat(dispute).hasPassed("Task_RefundForSellerSilence");
    }

    @Test
    void theSellerIsRemindedOfTheReturnAddressAndOfTheReceiptCountdown() {
        ProcessInstance dispute = returningGoods();

        fireReminder(dispute, "Timer_ReturnAddressReminder", RETURN_ADDRESS);
        assertThat(dispute).hasPassed("End_SellerRemindedOfReturnAddress").isWaitingAt("Task_SellerGivesReturnAddress");
        correlate(MSG_RETURN_ADDRESS_GIVEN);
        correlate(MSG_RETURN_SHIPPED);
        fireReminder(dispute, "Timer_ReturnReceiptReminder", RETURN_RECEIPT);

        assertThat(dispute).hasPassed("End_SellerRemindedOfReceipt").isWaitingAt("Task_SellerConfirmsReceipt");
        assertThat(reminders.sent).containsExactly(RETURN_ADDRESS, RETURN_RECEIPT);
    }

    @Test
    void aRemindedEvidenceRequestStillEndsAtItsDeadline() {
        ProcessInstance dispute = inArbitration();
        correlate(MSG_EVIDENCE_REQUESTED);

        fireReminder(dispute, "Timer_EvidenceRequestReminder", EVIDENCE_REQUEST);

        assertThat(dispute).hasPassed("End_SellerRemindedOfEvidence").isWaitingAt("Task_AwaitRequestedEvidence");
        fireTimer(dispute, "Timer_EvidenceRequestDeadline", EVIDENCE_REQUEST);
        assertThat(dispute).hasPassed("Task_RecordMissingEvidence");
        assertThat(reminders.sent).containsExactly(EVIDENCE_REQUEST);
    }

    @Test
    void whereTheRulebookSaysSoTheReceiptCountdownStartsWhenTheCarrierDelivers() {
        deadlines.receiptCountdownFromDelivery = true;
        ProcessInstance dispute = returningGoods();
        correlate(MSG_RETURN_ADDRESS_GIVEN);
        correlate(MSG_RETURN_SHIPPED);

        assertThat(dispute).isWaitingAt("Task_AwaitReturnDelivery");
        assertThat(deadlines.requestedKinds).doesNotContain(RETURN_RECEIPT);
        correlate(MSG_RETURN_DELIVERED);

        assertThat(dispute).isWaitingAt("Task_SellerConfirmsReceipt");
        assertDeadline(dispute, "Timer_ReturnReceiptCountdown", RETURN_RECEIPT);
        correlate(MSG_RETURN_RECEIVED);
        assertThat(dispute).hasPassed("End_ReturnReceived").isWaitingAt("Task_RefundBuyer");
    }

    @Test
    void aSellerMayConfirmTheReturnBeforeTheCarrierReportsItDelivered() {
        deadlines.receiptCountdownFromDelivery = true;
        ProcessInstance dispute = returningGoods();
        correlate(MSG_RETURN_ADDRESS_GIVEN);
        correlate(MSG_RETURN_SHIPPED);

        correlate(MSG_RETURN_RECEIVED);

        assertThat(dispute).hasPassed("Event_ReceivedBeforeDelivery", "End_ReturnReceivedBeforeDelivery")
                .hasNotPassed("Task_SellerConfirmsReceipt").isWaitingAt("Task_RefundBuyer");
        carryOut(dispute, "Task_RefundBuyer");
        assertThat(dispute).isEnded();
    }

    // ---------------------------------------------------------------- steps

    private ProcessInstance openDispute() {
        ProcessInstance dispute = runtimeService().startProcessInstanceByKey(PROCESS_KEY, DISPUTE_ID,
                Variables.createVariables()
                        .putValue(VAR_DISPUTE_ID, DISPUTE_ID)
                        .putValue(VAR_RESOLUTION_TYPE, null)
                        .putValue(VAR_APPEALABLE, false));
        assertThat(dispute).isStarted().isWaitingAt("Task_SellerResponds");
        assertDeadline(dispute, "Timer_SellerResponseWindow", SELLER_RESPONSE);
        return dispute;
    }

    /** The seller counter-proposed or rejected: buyer and seller negotiate. */
    private ProcessInstance negotiating() {
        ProcessInstance dispute = openDispute();
        correlate(MSG_SELLER_RESPONDED);
        assertThat(dispute).hasPassed("Task_SellerResponds").isWaitingAt("Task_Negotiate");
        assertDeadline(dispute, "Timer_NegotiationWindow", NEGOTIATION);
        return dispute;
    }

    /** A party escalated: an arbitrator has to decide. */
    private ProcessInstance inArbitration() {
        ProcessInstance dispute = negotiating();
        correlate(MSG_DISPUTE_ESCALATED);
        assertThat(dispute).hasPassed("Task_SuggestResponsibility").isWaitingAt(TASK_DECIDE_DISPUTE);
        assertDeadline(dispute, "Timer_ArbitrationSla", ARBITRATION_SLA);
        return dispute;
    }

    /** Buyer and seller agreed on a return and refund: the seller owes a return address. */
    private ProcessInstance returningGoods() {
        ProcessInstance dispute = negotiating();
        agree(RETURN_AND_REFUND);
        assertThat(dispute).hasPassed("Start_ReturnAgreed").isWaitingAt("Task_SellerGivesReturnAddress");
        assertDeadline(dispute, "Timer_ReturnAddressWindow", RETURN_ADDRESS);
        return dispute;
    }

    private void agree(String resolutionType) {
        correlate(MSG_AGREEMENT_REACHED, VAR_RESOLUTION_TYPE, resolutionType);
    }

    private void decide(ProcessInstance dispute, String resolutionType, boolean appealable) {
        complete(task(TASK_DECIDE_DISPUTE, dispute),
                withVariables(VAR_RESOLUTION_TYPE, resolutionType, VAR_APPEALABLE, appealable));
    }

    private void cancel(ProcessInstance dispute) {
        correlate(MSG_DISPUTE_CANCELLED);
        assertThat(dispute).isEnded().hasPassed("Start_BuyerCancelled", "End_DisputeCancelled")
                .hasNotPassed("End_DisputeClosed");
    }

    private void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(DISPUTE_ID).correlate();
    }

    private void correlate(String message, String variable, Object value) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(DISPUTE_ID)
                .setVariable(variable, value)
                .correlate();
    }

    /** Checks that the reminder timer is due a day before the deadline of its kind, then lets it fire. */
    private void fireReminder(ProcessInstance dispute, String timerId, String kind) {
        assertThat(job(timerId, dispute).getDuedate()).hasSameTimeAs(deadlines.reminderDateOf(kind));
        execute(job(timerId, dispute));
    }

    /** Checks that the timer asked the deadlines bean for the given kind, then lets it fire. */
    private void fireTimer(ProcessInstance dispute, String timerId, String kind) {
        assertDeadline(dispute, timerId, kind);
        execute(job(timerId, dispute));
    }

    private void assertDeadline(ProcessInstance dispute, String timerId, String kind) {
        assertThat(job(timerId, dispute).getDuedate()).hasSameTimeAs(deadlines.dueDateOf(kind));
        assertThat(deadlines.requestedKinds).contains(kind);
    }

    /** Runs the async continuation of a resolution task (refund, coupon, replacement). */
    private void carryOut(ProcessInstance dispute, String taskId) {
        assertThat(dispute).isWaitingAt(taskId);
        execute(job(taskId, dispute));
    }

    private void registerDelegate(String beanName, String setsResolutionType) {
        Mocks.register(beanName, (JavaDelegate) execution -> {
            delegateCalls.add(beanName);
            if (setsResolutionType != null) {
                execution.setVariable(VAR_RESOLUTION_TYPE, setsResolutionType);
            }
        });
    }

    /**
     * Stands in for the deadlines bean: every kind gets its own due date (an hour apart, tomorrow), so a
     * timer's due date shows which kind it asked for.
     */
    public static final class Deadlines {

        private static final List<String> KINDS = List.of(SELLER_RESPONSE, NEGOTIATION, ARBITRATION_SLA,
                EVIDENCE_REQUEST, RETURN_ADDRESS, RETURN_SHIPMENT, RETURN_RECEIPT, APPEAL);

        private final Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.DAYS);
        final List<String> requestedKinds = new ArrayList<>();

        public Date due(String disputeId, String kind) {
            if (!DISPUTE_ID.equals(disputeId)) {
                throw new IllegalArgumentException("unexpected dispute " + disputeId);
            }
            requestedKinds.add(kind);
            return dueDateOf(kind);
        }

        /** The reminder: a day before the deadline. */
        public Date reminder(String disputeId, String kind) {
            return reminderDateOf(kind);
        }

        Date reminderDateOf(String kind) {
            return Date.from(dueDateOf(kind).toInstant().minus(1, ChronoUnit.DAYS));
        }

        boolean receiptCountdownFromDelivery;

        public boolean receiptCountdownFromDelivery(String disputeId) {
            return receiptCountdownFromDelivery;
        }

        Date dueDateOf(String kind) {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown deadline kind " + kind);
            }
            return Date.from(tomorrow.plus(KINDS.indexOf(kind) + 1L, ChronoUnit.HOURS));
        }
    }

    /** Stands in for the sellerReminders bean: records which deadline each reminder event was for. */
    public static final class SellerReminders {

        final List<String> sent = new ArrayList<>();

        public JavaDelegate of(String kind) {
            return execution -> sent.add(kind);
        }
    }
}
