package com.disputecenter.carrier.web;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;

/** The carriers' sample pushes in src/test/resources/carrier. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/carrier/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CarrierStatus> statuses(List<Scan> scans) {
        return scans.stream().map(Scan::status).toList();
    }

    static HttpHeaders header(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(name, value);
        return headers;
    }

    /** How the carriers sign: what a test sends in their headers. */
    public static String dhlSignature(String secret, String body) {
        return Signatures.hmacSha256Hex(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    public static String fedexSignature(String secret, String body) {
        return Signatures.hmacSha256Base64(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    /** An EMS push for another parcel, its digest made anew over the rewritten msgBody. */
    public static String emsWithTrackingNumber(String fixture, String trackingNumber, String key) {
        try {
            var envelope = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(text(fixture));
            String msgBody = envelope.get("msgBody").asText().replace("EA123456789CN", trackingNumber);
            envelope.put("msgBody", msgBody);
            envelope.put("dataDigest", Signatures.md5Base64(msgBody, key));
            return JSON.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
