package com.disputecenter.carrier.web;

import static com.disputecenter.carrier.web.Payloads.*;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * China Post EMS trace push: an envelope ({@code sendID}, {@code msgKind}, {@code serialNo},
 * {@code dataDigest}, {@code msgBody}) whose {@code msgBody} is itself a JSON text with
 * {@code traces[]} ({@code traceNo}, {@code opTime} "yyyy-MM-dd HH:mm:ss" Beijing time, {@code opCode},
 * {@code opName}, {@code opDesc}). The digest signs the msgBody text: Base64(MD5(msgBody + secret)).
 */
@Component
class EmsWebhook implements CarrierWebhook {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter OP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ObjectMapper json;

    EmsWebhook(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "ems";
    }

    @Override
    public String carrier() {
        return "EMS";
    }

    @Override
    public boolean authentic(HttpHeaders headers, byte[] body, String secret) {
        if (secret == null || secret.isBlank()) {
            return false;
        }
        try {
            JsonNode envelope = json.readTree(body);
            String msgBody = envelope.path("msgBody").asText("");
            return Signatures.same(Signatures.md5Base64(msgBody, secret), envelope.path("dataDigest").asText(""), secret);
        } catch (java.io.IOException notJson) {
            return false;
        }
    }

    @Override
    public List<Scan> read(JsonNode payload) {
        String msgBody = required(payload, "msgBody", "The EMS push");
        JsonNode body;
        try {
            body = json.readTree(msgBody);
        } catch (JsonProcessingException e) {
            throw new MalformedPayload("The EMS msgBody is not JSON");
        }
        List<Scan> scans = new ArrayList<>();
        for (JsonNode trace : array(body, "traces", "The EMS msgBody")) {
            String trackingNumber = required(trace, "traceNo", "An EMS trace");
            trackingNumber(trackingNumber, "An EMS trace");
            String where = "The EMS trace of " + trackingNumber;
            Instant at = pattern(required(trace, "opTime", where), OP_TIME, BEIJING, where);
            String code = required(trace, "opCode", where);
            String words = (optional(trace, "opName") + " " + optional(trace, "opDesc")).trim();
            scans.add(new Scan(eventId(carrier(), trackingNumber, at, code), carrier(), trackingNumber, status(code), at,
                    nativeStatus(code, words)));
        }
        return oldestFirst(scans);
    }

    /**
     * opCode as modelled here (docs/carriers-and-messages.md): 203 accepted, 306 dispatched, 389 customs,
     * 702 out for delivery, 704 delivered (妥投), 705 delivery failed (未妥投), 711 returned (退回), 714 lost (丢失).
     */
    static CarrierStatus status(String opCode) {
        return switch (opCode) {
            case "203", "306", "389", "702" -> CarrierStatus.IN_TRANSIT;
            case "704" -> CarrierStatus.DELIVERED;
            case "705" -> CarrierStatus.EXCEPTION;
            case "711" -> CarrierStatus.RETURNED_TO_SENDER;
            case "714" -> CarrierStatus.LOST;
            default -> null;
        };
    }
}
