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
 * DHL Shipment Tracking - Unified - Push: each push carries {@code shipments[]} in the shape of the
 * Unified Tracking API ({@code id}, {@code status}, {@code events[]} with {@code timestamp},
 * {@code statusCode} pre-transit | transit | delivered | failure | unknown, {@code status},
 * {@code description}). The subscription's secret signs the raw body: HMAC-SHA256, hex, in
 * {@code DHL-Signature}.
 */
@Component
class DhlWebhook implements CarrierWebhook {

    static final String SIGNATURE_HEADER = "DHL-Signature";

    @Override
    public String name() {
        return "dhl";
    }

    @Override
    public String carrier() {
        return "DHL";
    }

    @Override
    public boolean authentic(HttpHeaders headers, byte[] body, String secret) {
        String given = headers.getFirst(SIGNATURE_HEADER);
        return secret != null && !secret.isBlank()
                && Signatures.same(Signatures.hmacSha256Hex(secret, body), given, secret);
    }

    @Override
    public List<Scan> read(JsonNode payload) {
        List<Scan> scans = new ArrayList<>();
        for (JsonNode shipment : array(payload, "shipments", "The DHL push")) {
            String trackingNumber = required(shipment, "id", "A DHL shipment");
            trackingNumber(trackingNumber, "A DHL shipment");
            JsonNode events = shipment.path("events");
            if (events.isArray() && !events.isEmpty()) {
                events.forEach(event -> scans.add(scan(trackingNumber, event)));
            } else if (shipment.path("status").isObject()) {
                scans.add(scan(trackingNumber, shipment.path("status")));
            } else {
                throw new MalformedPayload("DHL shipment " + trackingNumber + " has neither events nor a status");
            }
        }
        return oldestFirst(scans);
    }

    private Scan scan(String trackingNumber, JsonNode event) {
        String where = "A DHL event of " + trackingNumber;
        Instant at = isoInstant(required(event, "timestamp", where), ZoneOffset.UTC, where);
        String code = required(event, "statusCode", where);
        String words = (optional(event, "status") + " " + optional(event, "description")).trim();
        return new Scan(eventId(carrier(), trackingNumber, at, code), carrier(), trackingNumber, status(code, words), at,
                nativeStatus(code, words));
    }

    /** Unified statusCode; a failure names what went wrong only in its words. */
    static CarrierStatus status(String statusCode, String words) {
        return switch (statusCode.toLowerCase(java.util.Locale.ROOT)) {
            case "transit" -> CarrierStatus.IN_TRANSIT;
            case "delivered" -> CarrierStatus.DELIVERED;
            case "failure" -> mentions(words, "RETURN") ? CarrierStatus.RETURNED_TO_SENDER
                    : mentions(words, "LOST", "CANNOT BE LOCATED") ? CarrierStatus.LOST
                    : CarrierStatus.EXCEPTION;
            // pre-transit (a label, no parcel yet) and unknown change nothing on a return
            default -> null;
        };
    }
}
