package com.disputecenter.returns;

import com.disputecenter.carrier.CarrierStatus;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Conflict;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.DisputeCenterException.RuleViolation;
import com.disputecenter.common.Identifiers;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.DeadlineKind;
import com.disputecenter.dispute.DecidedBy;
import com.disputecenter.dispute.Dispute;
import com.disputecenter.dispute.DisputeProcess;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Notice;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.PartyNotifier;
import com.disputecenter.dispute.ReasonCode;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.Responsibility;
import com.disputecenter.dispute.Stage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goods going back: address, shipment, receipt, and what each missed window means. */
@Service
public class ReturnService {

    private final Cases cases;
    private final DisputeProcess process;
    private final ReturnShipmentRepository shipments;
    private final PartyNotifier notifier;

    ReturnService(Cases cases, DisputeProcess process, ReturnShipmentRepository shipments, PartyNotifier notifier) {
        this.notifier = notifier;
        this.cases = cases;
        this.process = process;
        this.shipments = shipments;
    }

    /** Either a return address, or (where the rulebook demands it) a prepaid return label. */
    @Transactional
    public DisputeView giveAddress(Caller caller, UUID id, String address, String carrier, String trackingNumber) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.GIVE_RETURN_ADDRESS);
        Identifiers.reference("returnTrackingNumber", present(trackingNumber) ? trackingNumber : null);
        boolean prepaid = present(trackingNumber) || present(carrier);
        if (prepaid && !(present(trackingNumber) && present(carrier))) {
            throw new InvalidInput(present(carrier) ? "returnTrackingNumber" : "carrier",
                    "A prepaid return label needs both the carrier and the tracking number");
        }
        if (!prepaid && !present(address)) {
            throw new InvalidInput("address", "Give a return address, or a prepaid label's carrier and tracking number");
        }
        if (!prepaid && cases.rulebook(dispute).prepaidReturnLabelRequired()) {
            throw new RuleViolation("The " + dispute.platform()
                    + " rulebook requires the seller to give a prepaid return label (returnTrackingNumber, carrier)");
        }
        ReturnShipment shipment = shipmentOf(dispute);
        Instant now = cases.now();
        if (prepaid) {
            shipment.givePrepaidLabel(carrier, trackingNumber);
            dispute.record(now, caller.username(), "RETURN_LABEL_GIVEN", "Prepaid return label " + carrier + " "
                    + trackingNumber);
        } else {
            shipment.giveAddress(address);
            dispute.record(now, caller.username(), "RETURN_ADDRESS_GIVEN", "Return to: " + address);
        }
        dispute.moveTo(Stage.RETURN_SHIPMENT);
        process.returnAddressGiven(dispute.id());
        notifier.tell(dispute, Party.BUYER, Notice.RETURN_LABEL, PartyNotifier.values("address",
                prepaid ? carrier + " " + trackingNumber : address, "due",
                dispute.deadline(DeadlineKind.RETURN_SHIPMENT).orElse(null)));
        return cases.view(dispute, caller);
    }

    @Transactional
    public DisputeView ship(Caller caller, UUID id, String carrier, String trackingNumber) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.SHIP_RETURN);
        if (!present(trackingNumber)) {
            throw new InvalidInput("trackingNumber", "trackingNumber is required");
        }
        Identifiers.reference("trackingNumber", trackingNumber);
        if (shipments.trackingInUseElsewhere(carrier, trackingNumber, id)) {
            throw new Conflict(carrier + " " + trackingNumber + " is the return parcel of another open case");
        }
        Instant now = cases.now();
        shipmentOf(dispute).ship(carrier, trackingNumber, now);
        dispute.moveTo(Stage.RETURN_RECEIPT);
        dispute.record(now, caller.username(), "RETURN_SHIPPED", "Buyer shipped the return: " + carrier + " "
                + trackingNumber);
        process.returnShipped(dispute.id());
        return cases.view(dispute, caller);
    }

    /** Anything but RECEIVED_OK hands the case to an arbitrator. */
    @Transactional
    public DisputeView confirmReceipt(Caller caller, UUID id, ReturnCondition condition, String note) {
        Dispute dispute = cases.lockFor(caller, id);
        cases.require(dispute, caller, Action.CONFIRM_RETURN_RECEIPT);
        ReturnCondition found = condition == null ? ReturnCondition.RECEIVED_OK : condition;
        Instant now = cases.now();
        shipmentOf(dispute).confirmReceipt(found, now);
        String noted = note == null || note.isBlank() ? "" : ": " + note;
        if (found == ReturnCondition.RECEIVED_OK) {
            dispute.record(now, caller.username(), "RETURN_RECEIVED", "Seller confirmed the return arrived" + noted);
            // the case ends for the reason the return was settled: an agreement or a decision
            dispute.finish(dispute.reasonCode(), now);
            process.returnReceived(dispute.id());
        } else {
            dispute.record(now, caller.username(), "RETURN_DISPUTED", "Seller reports the return " + found + noted);
            dispute.escalate(Party.SELLER, true);
            process.escalated(dispute.id());
        }
        return cases.view(dispute, caller);
    }

    /**
     * The carrier's word on the return parcel, already applied to it: a parcel lost or sent back to the
     * buyer hands the case to an arbitrator (nobody can confirm a receipt that will not come); a delivery
     * starts the seller's receipt countdown where the rulebook counts it from delivery.
     */
    public void parcelScanned(Dispute dispute, CarrierStatus status, Instant now) {
        if (dispute.stage() != Stage.RETURN_RECEIPT) {
            return;
        }
        switch (status) {
            case LOST, RETURNED_TO_SENDER -> {
                dispute.record(now, "carrier", "RETURN_ESCALATED", "The carrier reports the return parcel "
                        + status + ": the platform steps in");
                dispute.escalate(Party.PLATFORM, true);
                process.escalated(dispute.id());
                for (Party party : List.of(Party.BUYER, Party.SELLER)) {
                    notifier.tell(dispute, party, Notice.RETURN_ESCALATED, PartyNotifier.values("carrierStatus", status,
                            "trackingNumber", dispute.returnShipment().map(ReturnShipment::trackingNumber).orElse(null)));
                }
            }
            case DELIVERED -> process.returnDelivered(dispute.id());
            default -> {
                // in transit or an exception on the way: the countdown runs on
            }
        }
    }

    /** The seller gave no return address in time: the buyer is refunded and keeps the goods. */
    @Transactional
    public ResolutionType refundWithoutReturn(UUID id) {
        Dispute dispute = cases.lock(id);
        requireStage(dispute, Stage.RETURN_ADDRESS);
        Instant now = cases.now();
        ResolutionType refund = dispute.resolutionAmount().equals(dispute.amount())
                ? ResolutionType.FULL_REFUND : ResolutionType.PARTIAL_REFUND;
        String story = "Seller gave no return address in time: refund without return";
        dispute.settle(refund, dispute.resolutionAmount(), DecidedBy.TIMEOUT, Responsibility.SELLER, story,
                ReasonCode.SELLER_GAVE_NO_RETURN_ADDRESS);
        dispute.finish(ReasonCode.SELLER_GAVE_NO_RETURN_ADDRESS, now);
        dispute.record(now, "platform", "TIMED_OUT", story + " of " + dispute.resolutionAmount());
        notifier.tellBothDeadlinePassed(dispute, DeadlineKind.RETURN_ADDRESS);
        return refund;
    }

    /** The buyer did not ship the return in time: the case closes without refund. */
    @Transactional
    public ResolutionType closeWithoutRefund(UUID id) {
        Dispute dispute = cases.lock(id);
        requireStage(dispute, Stage.RETURN_SHIPMENT);
        Instant now = cases.now();
        dispute.settle(ResolutionType.NO_REFUND, null, DecidedBy.TIMEOUT, Responsibility.BUYER,
                "The buyer did not ship the return within the window", ReasonCode.BUYER_DID_NOT_SHIP_RETURN);
        dispute.finish(ReasonCode.BUYER_DID_NOT_SHIP_RETURN, now);
        dispute.record(now, "platform", "TIMED_OUT", "Buyer did not ship the return in time: closed without refund");
        notifier.tellBothDeadlinePassed(dispute, DeadlineKind.RETURN_SHIPMENT);
        return ResolutionType.NO_REFUND;
    }

    /** The seller neither confirmed nor disputed the return in time: the refund goes ahead. */
    @Transactional
    public ResolutionType refundUnacknowledgedReturn(UUID id) {
        ResolutionType refund = timeOut(id, Stage.RETURN_RECEIPT, ReasonCode.RETURN_NOT_ACKNOWLEDGED,
                Responsibility.SELLER, "Seller did not confirm the return in time: refund");
        notifier.tellBothDeadlinePassed(cases.lock(id), DeadlineKind.RETURN_RECEIPT);
        return refund;
    }

    private ResolutionType timeOut(UUID id, Stage expected, ReasonCode code, Responsibility responsibility,
            String story) {
        Dispute dispute = cases.lock(id);
        requireStage(dispute, expected);
        Instant now = cases.now();
        dispute.settle(dispute.resolutionType(), dispute.resolutionAmount(), DecidedBy.TIMEOUT, responsibility, story, code);
        dispute.finish(code, now);
        dispute.record(now, "platform", "TIMED_OUT", story + " of " + dispute.resolutionAmount());
        return dispute.resolutionType();
    }

    private static void requireStage(Dispute dispute, Stage expected) {
        if (dispute.stage() != expected) {
            throw new Conflict("Dispute " + dispute.id() + " is at " + dispute.stage() + ", not " + expected);
        }
    }

    private static ReturnShipment shipmentOf(Dispute dispute) {
        return dispute.returnShipment().orElseThrow(() -> new Conflict("No return was agreed in this case"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
