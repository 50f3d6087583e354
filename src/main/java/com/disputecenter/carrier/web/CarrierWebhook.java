package com.disputecenter.carrier.web;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * One carrier's push format: how it proves a request is its own, and how its scans read as our
 * canonical carrier events. Each implementation is an anti-corruption layer; nothing of a carrier's
 * shape leaves it.
 */
interface CarrierWebhook {

    /** The path segment, {@code /api/carriers/{name}/webhook}. */
    String name();

    /** The carrier as recorded on the events and matched against a return's carrier. */
    String carrier();

    /** Whether the raw body carries the carrier's signature (or shared credential) made with this secret. */
    boolean authentic(HttpHeaders headers, byte[] body, String secret);

    /**
     * The scans of one push, oldest first; a status we do not track comes back with a null status and the
     * carrier's own words. A payload that is not the carrier's shape throws {@link MalformedPayload}.
     */
    List<Scan> read(JsonNode payload);

    /** The payload is not what this carrier sends: 400. */
    final class MalformedPayload extends com.disputecenter.common.DisputeCenterException.InvalidInput {
        MalformedPayload(String message) {
            super("payload", message);
        }
    }
}
