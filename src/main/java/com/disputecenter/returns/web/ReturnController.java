package com.disputecenter.returns.web;

import com.disputecenter.common.Caller;
import com.disputecenter.common.Identifiers;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.returns.ReturnCondition;
import com.disputecenter.returns.ReturnService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/disputes/{id}/return")
class ReturnController {

    private final ReturnService returns;

    ReturnController(ReturnService returns) {
        this.returns = returns;
    }

    record AddressRequest(@Size(max = 1000) String address,
            // empty is no label, as before; anything else is a tracking number
            @Pattern(regexp = "(" + Identifiers.REFERENCE + ")?", message = Identifiers.REFERENCE_RULE) String returnTrackingNumber,
            @Size(max = 40) String carrier) {
    }

    record ShipmentRequest(@NotBlank @Size(max = 40) String carrier,
            @NotBlank @Pattern(regexp = Identifiers.REFERENCE, message = Identifiers.REFERENCE_RULE) String trackingNumber) {
    }

    record ReceiptRequest(ReturnCondition condition, @Size(max = 2000) String note) {
    }

    @PostMapping("/address")
    DisputeView address(Caller caller, @PathVariable UUID id, @RequestBody @Valid AddressRequest request) {
        return returns.giveAddress(caller, id, request.address(), request.carrier(), request.returnTrackingNumber());
    }

    @PostMapping("/shipment")
    DisputeView shipment(Caller caller, @PathVariable UUID id, @RequestBody @Valid ShipmentRequest request) {
        return returns.ship(caller, id, request.carrier(), request.trackingNumber());
    }

    @PostMapping("/receipt")
    DisputeView receipt(Caller caller, @PathVariable UUID id, @RequestBody(required = false) @Valid ReceiptRequest request) {
        return returns.confirmReceipt(caller, id, request == null ? null : request.condition(),
                request == null ? null : request.note());
    }
}
