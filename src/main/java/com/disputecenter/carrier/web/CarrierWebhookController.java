package com.disputecenter.carrier.web;

import com.disputecenter.carrier.CarrierEventService;
import com.disputecenter.carrier.CarrierEventService.Outcome;
import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/carriers/{dhl|ups|fedex|ems}/webhook}: a carrier's own push, in its own shape,
 * proved by its signature (or sent by the marketplace integration with HTTP Basic). Every scan is
 * turned into the canonical carrier event and recorded as {@code POST /api/carrier-events} would.
 */
@RestController
class CarrierWebhookController {

    private final CarrierEventService carrierEvents;
    private final Map<String, CarrierWebhook> webhooks;
    private final CarrierWebhookProperties secrets;
    private final ObjectMapper json;

    CarrierWebhookController(CarrierEventService carrierEvents, List<CarrierWebhook> webhooks,
            CarrierWebhookProperties secrets, ObjectMapper json) {
        this.carrierEvents = carrierEvents;
        this.webhooks = webhooks.stream().collect(Collectors.toMap(CarrierWebhook::name, Function.identity()));
        this.secrets = secrets;
        this.json = json;
    }

    /** What became of each scan of the push; ignored ones are recorded but change nothing. */
    record WebhookReceipt(String carrier, List<Outcome> recorded, List<String> unmapped) {
    }

    @PostMapping(path = "/api/carriers/{name}/webhook", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(@PathVariable String name, @RequestHeader HttpHeaders headers, @RequestBody byte[] body,
            Authentication authentication) {
        CarrierWebhook webhook = webhooks.get(name);
        if (webhook == null) {
            throw new DisputeCenterException.NotFound("No webhook for carrier " + name + "; known: " + webhooks.keySet());
        }
        boolean loggedIn = authentication != null && authentication.isAuthenticated();
        boolean integration = loggedIn && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.INTEGRATION).equals(a.getAuthority()));
        if (!integration && !webhook.authentic(headers, body, secrets.secretOf(name))) {
            HttpStatus status = loggedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, loggedIn
                    ? "Only the marketplace integration or " + webhook.carrier() + " itself may push " + name + " scans"
                    : "The " + webhook.carrier() + " signature is missing or does not match");
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        JsonNode payload;
        try {
            payload = json.readTree(body);
        } catch (IOException e) {
            throw new CarrierWebhook.MalformedPayload("The body is not JSON");
        }
        if (payload == null || !payload.isObject()) {
            throw new CarrierWebhook.MalformedPayload("The body is not a JSON object");
        }
        // every scan is read and checked before any is recorded: a malformed or implausible push changes nothing
        List<Scan> scans = webhook.read(payload);
        var caller = new Caller("carrier:" + name, Set.of(Role.INTEGRATION), null);
        carrierEvents.checkPush(caller, scans);
        List<Outcome> recorded = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (Scan scan : scans) {
            recorded.add(carrierEvents.record(caller, scan));
            if (scan.status() == null) {
                unmapped.add(scan.eventId() + " " + scan.nativeStatus());
            }
        }
        return ResponseEntity.ok(new WebhookReceipt(webhook.carrier(), recorded, unmapped));
    }
}
