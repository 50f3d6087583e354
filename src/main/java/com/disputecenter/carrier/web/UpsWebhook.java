package com.disputecenter.carrier.web;

import static com.disputecenter.carrier.web.Payloads.*;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * UPS Track Alert: one activity per push ({@code trackingNumber}, {@code gmtActivityDate} yyyyMMdd,
 * {@code gmtActivityTime} HHmmss, {@code activityStatus} with {@code type}, {@code code},
 * {@code description}). UPS proves itself with the credential given at subscription, sent back
 * verbatim in the {@code credential} header (it does not sign the body).
 */
@Component
class UpsWebhook implements CarrierWebhook {

    static final String CREDENTIAL_HEADER = "credential";
    private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Override
    public String name() {
        return "ups";
    }

    @Override
    public String carrier() {
        return "UPS";
    }

    @Override
    public boolean authentic(HttpHeaders headers, byte[] body, String secret) {
        return Signatures.same(secret == null ? "" : secret, headers.getFirst(CREDENTIAL_HEADER), secret);
    }

    @Override
    public List<Scan> read(JsonNode payload) {
        String trackingNumber = required(payload, "trackingNumber", "The UPS alert");
        trackingNumber(trackingNumber, "The UPS alert");
        String where = "The UPS alert of " + trackingNumber;
        Instant at = pattern(required(payload, "gmtActivityDate", where) + required(payload, "gmtActivityTime", where),
                GMT, ZoneOffset.UTC, where);
        JsonNode activity = payload.path("activityStatus");
        if (!activity.isObject()) {
            throw new MalformedPayload(where + " has no activityStatus");
        }
        String type = required(activity, "type", where);
        String code = optional(activity, "code");
        String words = optional(activity, "description");
        String nativeCode = code.isEmpty() ? type : type + "/" + code;
        return List.of(new Scan(eventId(carrier(), trackingNumber, at, nativeCode), carrier(), trackingNumber,
                status(type, words), at, nativeStatus(nativeCode, words)));
    }

    /** activityStatus.type: D delivered, I in transit, P picked up, O out for delivery, X exception, RS returned to shipper. */
    static CarrierStatus status(String type, String words) {
        return switch (type.toUpperCase(java.util.Locale.ROOT)) {
            case "I", "P", "O" -> CarrierStatus.IN_TRANSIT;
            case "D" -> CarrierStatus.DELIVERED;
            case "RS" -> CarrierStatus.RETURNED_TO_SENDER;
            case "X" -> mentions(words, "LOST", "UNABLE TO LOCATE") ? CarrierStatus.LOST
                    : mentions(words, "RETURNED TO SHIPPER", "RETURNED TO SENDER") ? CarrierStatus.RETURNED_TO_SENDER
                    : CarrierStatus.EXCEPTION;
            // M / MV (label created or voided) and anything new: recorded only
            default -> null;
        };
    }
}
