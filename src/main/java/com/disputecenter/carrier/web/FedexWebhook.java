package com.disputecenter.carrier.web;

import static com.disputecenter.carrier.web.Payloads.*;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * FedEx Advanced Integrated Visibility (shipment visibility webhook): the push mirrors the Track API
 * ({@code output.completeTrackResults[].trackResults[].scanEvents[]} with {@code date},
 * {@code eventType}, {@code eventDescription}, {@code exceptionDescription}). FedEx signs the raw body
 * with the security token given at set-up: Base64(HMAC-SHA256) in {@code fdx-signature}.
 */
@Component
class FedexWebhook implements CarrierWebhook {

    static final String SIGNATURE_HEADER = "fdx-signature";

    @Override
    public String name() {
        return "fedex";
    }

    @Override
    public String carrier() {
        return "FEDEX";
    }

    @Override
    public boolean authentic(HttpHeaders headers, byte[] body, String secret) {
        String given = headers.getFirst(SIGNATURE_HEADER);
        return secret != null && !secret.isBlank()
                && Signatures.same(Signatures.hmacSha256Base64(secret, body), given, secret);
    }

    @Override
    public List<Scan> read(JsonNode payload) {
        List<Scan> scans = new ArrayList<>();
        JsonNode output = payload.path("output");
        for (JsonNode complete : array(output, "completeTrackResults", "The FedEx push")) {
            for (JsonNode result : array(complete, "trackResults", "A FedEx track result")) {
                String trackingNumber = required(result.path("trackingNumberInfo"), "trackingNumber", "A FedEx track result");
                trackingNumber(trackingNumber, "A FedEx track result");
                for (JsonNode event : array(result, "scanEvents", "FedEx package " + trackingNumber)) {
                    String where = "A FedEx scan of " + trackingNumber;
                    Instant at = isoInstant(required(event, "date", where), ZoneOffset.UTC, where);
                    String type = required(event, "eventType", where);
                    String words = (optional(event, "eventDescription") + " " + optional(event, "exceptionDescription")).trim();
                    scans.add(new Scan(eventId(carrier(), trackingNumber, at, type), carrier(), trackingNumber,
                            status(type, words), at, nativeStatus(type, words)));
                }
            }
        }
        return oldestFirst(scans);
    }

    /** eventType: PU picked up, AR/DP/IT/AF/OD on the way, DL delivered, RS return to shipper, DE/SE/CD exceptions. */
    static CarrierStatus status(String eventType, String words) {
        return switch (eventType.toUpperCase(java.util.Locale.ROOT)) {
            case "PU", "AR", "DP", "IT", "AF", "OD", "AA", "AD", "FD", "CC" -> CarrierStatus.IN_TRANSIT;
            case "DL" -> CarrierStatus.DELIVERED;
            case "RS" -> CarrierStatus.RETURNED_TO_SENDER;
            case "DE", "SE", "CD" -> mentions(words, "LOST", "UNABLE TO LOCATE") ? CarrierStatus.LOST : CarrierStatus.EXCEPTION;
            // OC (label created) and anything new: recorded only
            default -> null;
        };
    }
}
