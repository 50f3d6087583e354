package com.disputecenter.carrier.web;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.web.CarrierWebhook.MalformedPayload;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Text;
import com.disputecenter.common.Times;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** Reading helpers shared by the carrier adapters. */
final class Payloads {

    private static final int MAX_EVENT_ID = 64;
    /** What a derived event id may hold ({@link Identifiers#REFERENCE}); anything else in a native code becomes "_". */
    private static final Pattern NOT_IN_EVENT_ID = Pattern.compile("[^A-Za-z0-9._:-]");
    private static final int MAX_NATIVE = 120;

    private Payloads() {
    }

    static String required(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return text(value.asText(), where, field).trim();
    }

    static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? text(value.asText(), "The push", field).trim() : "";
    }

    /** A tree is read past the JSON module's checks: U+0000 is refused here (before trim() would drop it at the ends). */
    private static String text(String text, String where, String field) {
        if (Text.hasNul(text)) {
            throw new MalformedPayload(where + ": " + field + " " + Text.NUL_RULE);
        }
        return text;
    }

    static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isArray() || value.isEmpty()) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value;
    }

    /** ISO-8601 with an offset; without one the carrier's documented zone is assumed. */
    static Instant isoInstant(String text, ZoneId zoneWithoutOffset, String where) {
        try {
            return inRange(OffsetDateTime.parse(text).toInstant(), where);
        } catch (DateTimeParseException noOffset) {
            try {
                return inRange(LocalDateTime.parse(text).atZone(zoneWithoutOffset).toInstant(), where);
            } catch (DateTimeParseException e) {
                throw new MalformedPayload(where + " has an unreadable time: " + text);
            }
        }
    }

    static Instant pattern(String text, DateTimeFormatter pattern, ZoneId zone, String where) {
        try {
            return inRange(LocalDateTime.parse(text, pattern).atZone(zone).toInstant(), where);
        } catch (DateTimeParseException e) {
            throw new MalformedPayload(where + " has an unreadable time: " + text);
        }
    }

    /** The year 99999 reads as a time, but no scan of ours happened then: 400, like an unreadable one. */
    private static Instant inRange(Instant at, String where) {
        if (!Times.inRange(at)) {
            throw new MalformedPayload(where + " has a time that is out of range: times " + Times.RULE);
        }
        return at;
    }

    /**
     * The carrier gives no event id: one is derived from what identifies the scan, so a replay has the same.
     * Readable where it fits an event id (UPS's "D/KB" becomes "D_KB"); longer ones are the carrier and a
     * digest of that text, so two scans never share an id the way cut-off ones could.
     */
    static String eventId(String carrier, String trackingNumber, Instant at, String code) {
        String id = carrier + ":" + trackingNumber + ":" + at + ":" + NOT_IN_EVENT_ID.matcher(code).replaceAll("_");
        return id.length() <= MAX_EVENT_ID ? id : carrier + ":" + digest(id);
    }

    private static String digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 20);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String nativeStatus(String code, String words) {
        String text = words == null || words.isBlank() ? code : code + " " + words;
        return text.length() <= MAX_NATIVE ? text : text.substring(0, MAX_NATIVE);
    }

    static void trackingNumber(String trackingNumber, String where) {
        if (trackingNumber.length() > 64) {
            throw new MalformedPayload(where + " has a tracking number longer than 64 characters");
        }
        if (!Identifiers.isReference(trackingNumber)) {
            throw new MalformedPayload(where + " has a tracking number that " + Identifiers.REFERENCE_RULE);
        }
    }

    static List<Scan> oldestFirst(List<Scan> scans) {
        List<Scan> sorted = new ArrayList<>(scans);
        sorted.sort(Comparator.comparing(Scan::occurredAt));
        return sorted;
    }

    static boolean mentions(String text, String... words) {
        String upper = text == null ? "" : text.toUpperCase(java.util.Locale.ROOT);
        for (String word : words) {
            if (upper.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
