package com.disputecenter.carrier.web;

import com.disputecenter.carrier.CarrierEventService;
import com.disputecenter.carrier.CarrierEventService.Outcome;
import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.disputecenter.common.Caller;
import com.disputecenter.common.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CarrierEventController {

    private final CarrierEventService carrierEvents;

    CarrierEventController(CarrierEventService carrierEvents) {
        this.carrierEvents = carrierEvents;
    }

    record CarrierEventRequest(
            @NotBlank @Pattern(regexp = Identifiers.REFERENCE, message = Identifiers.REFERENCE_RULE) String eventId,
            @NotBlank @Size(max = 40) String carrier,
            @NotBlank @Pattern(regexp = Identifiers.REFERENCE, message = Identifiers.REFERENCE_RULE) String trackingNumber,
            @NotNull CarrierStatus status, @NotNull Instant occurredAt) {
    }

    @PostMapping("/api/carrier-events")
    Outcome post(Caller caller, @RequestBody @Valid CarrierEventRequest request) {
        return carrierEvents.record(caller, new Scan(request.eventId(), request.carrier(), request.trackingNumber(),
                request.status(), request.occurredAt()));
    }
}
