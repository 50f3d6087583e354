package com.disputecenter.carrier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.common.Identifiers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the webhooks refuse or derive, whichever carrier: the identifier, time and text rules of every input. */
class WebhookInputTest {

    private static final Map<String, CarrierWebhook> WEBHOOKS = Map.of("dhl", new DhlWebhook(), "ups", new UpsWebhook(),
            "fedex", new FedexWebhook(), "ems", new EmsWebhook(Fixtures.JSON));

    @ParameterizedTest
    @ValueSource(strings = {"dhl-delivered.json", "dhl-returned.json", "ems-delivered.json", "ems-lost.json",
            "ems-unknown-code.json", "fedex-delivered.json", "fedex-lost.json", "ups-delivered.json", "ups-in-transit.json",
            "ups-label-created.json", "ups-returned.json"})
    void everyFixturesScansCarryEventIdsAndTrackingNumbersOfTheIdentifierRules(String fixture) {
        List<Scan> scans = WEBHOOKS.get(fixture.substring(0, fixture.indexOf('-'))).read(Fixtures.json(fixture));
        assertThat(scans).isNotEmpty().allSatisfy(scan -> {
            assertThat(Identifiers.isReference(scan.eventId())).as(scan.eventId()).isTrue();
            assertThat(Identifiers.isReference(scan.trackingNumber())).as(scan.trackingNumber()).isTrue();
        });
    }

    @Test
    void aLongTrackingNumberStillGivesEveryScanItsOwnShortEventId() {
        String tracking = "9".repeat(64);
        Instant at = Instant.parse("2026-11-23T02:41:00Z");
        String delivered = Payloads.eventId("FEDEX", tracking, at, "DL");
        String later = Payloads.eventId("FEDEX", tracking, at.plusSeconds(1), "DL");
        String other = Payloads.eventId("FEDEX", tracking, at, "OD");

        assertThat(List.of(delivered, later, other)).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(Identifiers.isReference(id)).as(id).isTrue())
                .allSatisfy(id -> assertThat(id).startsWith("FEDEX:"));
        assertThat(Payloads.eventId("FEDEX", tracking, at, "DL")).as("the same scan, the same id").isEqualTo(delivered);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("dhl", "{\"shipments\": [{\"id\": \"JVGL1\", \"events\": [{\"timestamp\": \"+99999-01-01T00:00:00Z\","
                        + " \"statusCode\": \"delivered\"}]}]}"),
                Arguments.of("fedex", "{\"output\": {\"completeTrackResults\": [{\"trackResults\": [{\"trackingNumberInfo\":"
                        + " {\"trackingNumber\": \"7946\"}, \"scanEvents\": [{\"date\": \"1969-12-31T00:00:00Z\", \"eventType\": \"DL\"}]}]}]}}"),
                Arguments.of("ems", "{\"msgBody\": \"{\\\"traces\\\": [{\\\"traceNo\\\": \\\"EA1CN\\\", \\\"opTime\\\":"
                        + " \\\"1969-12-31 23:00:00\\\", \\\"opCode\\\": \\\"704\\\"}]}\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void aScanTimeOutOfRangeIsAMalformedPush(String carrier, String push) throws IOException {
        JsonNode payload = Fixtures.JSON.readTree(push);
        assertThatThrownBy(() -> WEBHOOKS.get(carrier).read(payload))
                .isInstanceOf(CarrierWebhook.MalformedPayload.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void aNulInTheCarriersWordsIsAMalformedPush() throws IOException {
        JsonNode payload = Fixtures.JSON.readTree("{\"trackingNumber\": \"1Z999\", \"gmtActivityDate\": \"20261123\","
                + " \"gmtActivityTime\": \"024100\", \"activityStatus\": {\"type\": \"D\", \"description\": \"DELI\\u0000VERED\"}}");
        assertThatThrownBy(() -> WEBHOOKS.get("ups").read(payload))
                .isInstanceOf(CarrierWebhook.MalformedPayload.class)
                .hasMessageContaining("U+0000");
        // at the end of a value, where trimming would have dropped it unseen
        JsonNode trailing = Fixtures.JSON.readTree("{\"trackingNumber\": \"1Z999\\u0000\", \"gmtActivityDate\": \"20261123\","
                + " \"gmtActivityTime\": \"024100\", \"activityStatus\": {\"type\": \"D\"}}");
        assertThatThrownBy(() -> WEBHOOKS.get("ups").read(trailing))
                .isInstanceOf(CarrierWebhook.MalformedPayload.class)
                .hasMessageContaining("U+0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Z999 AA1", "1Z999\\u200B", "1Z\\u00A0999", "1Z999/1"})
    void aTrackingNumberOutsideTheIdentifierRulesIsAMalformedPush(String tracking) throws IOException {
        JsonNode payload = Fixtures.JSON.readTree("{\"trackingNumber\": \"" + tracking + "\", \"gmtActivityDate\":"
                + " \"20261123\", \"gmtActivityTime\": \"024100\", \"activityStatus\": {\"type\": \"D\"}}");
        assertThatThrownBy(() -> WEBHOOKS.get("ups").read(payload))
                .isInstanceOf(CarrierWebhook.MalformedPayload.class)
                .hasMessageContaining("tracking number");
    }
}
