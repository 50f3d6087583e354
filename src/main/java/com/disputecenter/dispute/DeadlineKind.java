package com.disputecenter.dispute;

/** Every countdown of the lifecycle; each is one timer in the BPMN model. */
public enum DeadlineKind {
    SELLER_RESPONSE("sellerResponseDue"),
    NEGOTIATION("negotiationDue"),
    RETURN_ADDRESS("returnAddressDue"),
    RETURN_SHIPMENT("returnShipmentDue"),
    RETURN_RECEIPT("returnReceiptDue"),
    ARBITRATION_SLA("arbitrationDue"),
    EVIDENCE_REQUEST("evidenceDue"),
    APPEAL("appealDue");

    private final String jsonName;

    DeadlineKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
