package com.disputecenter.carrier.web;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.web.CarrierWebhook.MalformedPayload;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reading helpers shared by the carrier adapters. */
final class Payloads {

    private static final int MAX_EVENT_ID = 100;
    private static final int MAX_NATIVE = 120;

    private Payloads() {
    }

    static String required(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new MalformedPayload(where + " has no " + field);
        }
        return value.asText().trim();
    }

    static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText().trim() : "";
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
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zoneWithoutOffset).toInstant();
            } catch (DateTimeParseException e) {
                throw new MalformedPayload(where + " has an unreadable time: " + text);
            }
        }
    }

    static Instant pattern(String text, DateTimeFormatter pattern, ZoneId zone, String where) {
        try {
            return LocalDateTime.parse(text, pattern).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedPayload(where + " has an unreadable time: " + text);
        }
    }

    /** The carrier gives no event id: one is derived from what identifies the scan, so a replay has the same. */
    static String eventId(String carrier, String trackingNumber, Instant at, String code) {
        String id = carrier + ":" + trackingNumber + ":" + at + ":" + code;
        return id.length() <= MAX_EVENT_ID ? id : id.substring(0, MAX_EVENT_ID);
    }

    static String nativeStatus(String code, String words) {
        String text = words == null || words.isBlank() ? code : code + " " + words;
        return text.length() <= MAX_NATIVE ? text : text.substring(0, MAX_NATIVE);
    }

    static void trackingNumber(String trackingNumber, String where) {
        if (trackingNumber.length() > 64) {
            throw new MalformedPayload(where + " has a tracking number longer than 64 characters");
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
