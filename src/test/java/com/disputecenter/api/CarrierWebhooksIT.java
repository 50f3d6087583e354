package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.disputecenter.carrier.web.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** Carriers push their own tracking payloads; the return moves along as the canonical events say. */
class CarrierWebhooksIT extends CarrierTest {

    /** An AliExpress return agreed before the fixtures' scans, its parcel shipped with this carrier; the dispute id. */
    @Override
    protected String shippedReturn(String carrier, String trackingNumber) throws Exception {
        String id = super.shippedReturn(carrier, trackingNumber);
        returnAgreedAt(id, FIXTURES_RETURN_AGREED);
        return id;
    }

    private Answer ups(String fixture, String trackingNumber, String credential) throws Exception {
        return push("ups", Fixtures.text(fixture).replace("1Z999AA10123456784", trackingNumber), Map.of("credential", credential));
    }

    @Test
    void upsScansMoveTheReturnAndAReplayOrALateScanChangesNothing() throws Exception {
        String trackingNumber = newTracking("1Z");
        String id = shippedReturn("UPS", trackingNumber);

        Answer transit = ups("ups-in-transit.json", trackingNumber, UPS_CREDENTIAL).expect(200);
        assertThat(transit.text("/carrier")).isEqualTo("UPS");
        assertThat(transit.text("/recorded/0/disputeId")).isEqualTo(id);
        assertThat(transit.at("/recorded/0/applied").asBoolean()).isTrue();

        ups("ups-delivered.json", trackingNumber, UPS_CREDENTIAL).expect(200);
        Answer delivered = dispute("bob", id);
        assertThat(delivered.text("/returnShipment/status")).isEqualTo("DELIVERED");
        assertThat(delivered.text("/returnShipment/deliveredAt")).isEqualTo("2026-11-23T02:41:00Z");

        Answer replay = ups("ups-delivered.json", trackingNumber, UPS_CREDENTIAL).expect(200);
        assertThat(replay.at("/recorded/0/duplicate").asBoolean()).isTrue();
        // a late in-transit scan, under a new event id, never undoes the delivery
        String late = Fixtures.text("ups-in-transit.json").replace("1Z999AA10123456784", trackingNumber)
                .replace("\"190500\"", "\"191500\"").replace("\"180500\"", "\"181500\"");
        Answer lateScan = push("ups", late, Map.of("credential", UPS_CREDENTIAL)).expect(200);
        assertThat(lateScan.at("/recorded/0/applied").asBoolean()).isFalse();

        Answer after = dispute("bob", id);
        assertThat(after.text("/returnShipment/status")).isEqualTo("DELIVERED");
        assertThat(after.text("/status")).isEqualTo("RETURN_IN_PROGRESS");
        assertThat(types(after.at("/timeline")).stream().filter(t -> t.equals("CARRIER_DELIVERED")).count()).isEqualTo(1);
    }

    @Test
    void aParcelDhlSendsBackEscalatesTheCase() throws Exception {
        String trackingNumber = newTracking("JVGL");
        String id = shippedReturn("DHL", trackingNumber);
        String body = Fixtures.text("dhl-returned.json").replace("JVGL06290843000123456", trackingNumber);

        push("dhl", body, Map.of("DHL-Signature", Fixtures.dhlSignature(DHL_SECRET, body))).expect(200);

        Answer escalated = dispute("ada", id);
        assertThat(escalated.text("/status")).isEqualTo("ARBITRATION");
        assertThat(escalated.text("/returnShipment/status")).isEqualTo("RETURNED_TO_SENDER");
        assertThat(types(escalated.at("/timeline"))).contains("CARRIER_RETURNED_TO_SENDER", "RETURN_ESCALATED");
        JsonNode told = get("bob", "/api/disputes/" + id + "/messages").expect(200).body();
        assertThat(told.findValuesAsText("template")).contains("return-label", "return-escalated");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult()).isNotNull();
        assertThat(management.createJobQuery().activityId("Timer_ReturnReceiptCountdown").list().stream()
                .noneMatch(job -> runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                        .processInstanceBusinessKey(id).count() > 0)).as("the receipt countdown is over").isTrue();
    }

    @Test
    void onAmazonTheReceiptCountdownStartsWhenUpsDeliversTheReturn() throws Exception {
        String trackingNumber = newTracking("1Z");
        String id = agreedAmazonReturn();
        returnAgreedAt(id, FIXTURES_RETURN_AGREED);
        postJson("sam", "/api/disputes/" + id + "/return/address",
                Map.of("carrier", "UPS", "returnTrackingNumber", trackingNumber)).expect(200);
        Answer shipped = postJson("bob", "/api/disputes/" + id + "/return/shipment",
                Map.of("carrier", "UPS", "trackingNumber", trackingNumber)).expect(200);
        assertThat(shipped.at("/deadlines/returnReceiptDue").isMissingNode()).as("no countdown before delivery").isTrue();

        ups("ups-in-transit.json", trackingNumber, UPS_CREDENTIAL).expect(200);
        assertThat(dispute("sam", id).at("/deadlines/returnReceiptDue").isMissingNode()).isTrue();
        ups("ups-delivered.json", trackingNumber, UPS_CREDENTIAL).expect(200);

        Answer delivered = dispute("sam", id);
        assertThat(delivered.text("/returnShipment/status")).isEqualTo("DELIVERED");
        assertThat(delivered.at("/deadlines/returnReceiptDue").isMissingNode()).as("the countdown runs").isFalse();
        fireTimer(id, "Timer_ReturnReceiptCountdown");
        assertThat(dispute("bob", id).text("/resolution/reasonCode")).isEqualTo("RETURN_NOT_ACKNOWLEDGED");
    }

    @Test
    void aParcelFedexLosesEscalatesTheCaseOnce() throws Exception {
        String trackingNumber = newTracking("7946");
        String id = shippedReturn("FEDEX", trackingNumber);
        String body = Fixtures.text("fedex-lost.json").replace("794612345678", trackingNumber);
        Map<String, String> signed = Map.of("fdx-signature", Fixtures.fedexSignature(FEDEX_TOKEN, body));

        push("fedex", body, signed).expect(200);
        push("fedex", body, signed).expect(200);

        Answer lost = dispute("ada", id);
        assertThat(lost.text("/status")).isEqualTo("ARBITRATION");
        assertThat(types(lost.at("/timeline")).stream().filter(t -> t.equals("RETURN_ESCALATED")).count()).isEqualTo(1);
    }

    @Test
    void emsTracesOfAnUnknownCodeAreRecordedWithoutEffect() throws Exception {
        String trackingNumber = newTracking("EA");
        String id = shippedReturn("EMS", trackingNumber);

        Answer unknown = push("ems", Fixtures.emsWithTrackingNumber("ems-unknown-code.json", trackingNumber, EMS_KEY), Map.of())
                .expect(200);
        assertThat(unknown.at("/unmapped")).hasSize(1);
        assertThat(dispute("bob", id).text("/returnShipment/status")).isEqualTo("IN_TRANSIT");

        push("ems", Fixtures.emsWithTrackingNumber("ems-delivered.json", trackingNumber, EMS_KEY), Map.of()).expect(200);
        Answer delivered = dispute("bob", id);
        assertThat(delivered.text("/returnShipment/status")).isEqualTo("DELIVERED");
        assertThat(types(delivered.at("/timeline"))).contains("CARRIER_UNMAPPED", "CARRIER_DELIVERED");
    }

    @Test
    void aWrongSignatureIs401AndAMalformedPushIs400WithNothingRecorded() throws Exception {
        String trackingNumber = newTracking("1Z");
        String id = shippedReturn("UPS", trackingNumber);

        Answer forged = ups("ups-delivered.json", trackingNumber, "guessed").expect(401);
        assertThat(forged.raw()).contains("signature");
        push("ups", Fixtures.text("ups-delivered.json"), Map.of()).expect(401);
        String dhl = Fixtures.text("dhl-delivered.json");
        push("dhl", dhl, Map.of("DHL-Signature", Fixtures.dhlSignature("not-the-secret", dhl))).expect(401);

        Answer malformed = push("ups", "{\"trackingNumber\": \"" + trackingNumber + "\"}", Map.of("credential", UPS_CREDENTIAL))
                .expect(400);
        assertThat(malformed.text("/detail")).contains("gmtActivityDate");
        push("ups", "not json", Map.of("credential", UPS_CREDENTIAL)).expect(400);
        push("pony-express", "{}", Map.of()).expect(404);

        assertThat(dispute("bob", id).text("/returnShipment/status")).isEqualTo("IN_TRANSIT");
    }

    @Test
    void theMarketplaceMayRelayAPushWithItsBasicLoginButAPartyMayNot() throws Exception {
        String trackingNumber = newTracking("1Z");
        String id = shippedReturn("UPS", trackingNumber);
        String body = Fixtures.text("ups-delivered.json").replace("1Z999AA10123456784", trackingNumber);

        call("bob", post("/api/carriers/ups/webhook").contentType(MediaType.APPLICATION_JSON).content(body)).expect(403);
        call(null, post("/api/carriers/ups/webhook").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(SecurityMockMvcRequestPostProcessors.httpBasic("market", "wrong"))).expect(401);
        call("market", post("/api/carriers/ups/webhook").contentType(MediaType.APPLICATION_JSON).content(body)).expect(200);

        assertThat(dispute("bob", id).text("/returnShipment/status")).isEqualTo("DELIVERED");
    }

    /** A scan of the year 99999 was stored, or (beyond PostgreSQL's range) answered 409 "being recorded by another request". */
    @Test
    void aScanTimeOutOfRangeIsA400AndNothingIsRecorded() throws Exception {
        String trackingNumber = newTracking("1Z");
        String id = shippedReturn("UPS", trackingNumber);
        long scans = jdbc.sql("select count(*) from carrier_event").query(Long.class).single();

        for (String at : List.of("+99999-01-01T00:00:00Z", "+294277-01-01T00:00:00Z", "-4714-11-24T00:00:00Z",
                "1969-12-31T23:59:59Z")) {
            Answer refused = postJson("market", "/api/carrier-events", Map.of("eventId", "EV-" + UUID.randomUUID(),
                    "carrier", "UPS", "trackingNumber", trackingNumber, "status", "DELIVERED", "occurredAt", at)).expect(400);
            assertThat(refused.text("/detail")).as(at).contains("between 1970-01-01 and 9999-12-31");
        }
        postJson("market", "/api/carrier-events", Map.of("eventId", "EV-" + UUID.randomUUID(), "carrier", "UPS",
                "trackingNumber", trackingNumber, "status", "DELIVERED", "occurredAt", "+1000000000-01-01T00:00:00Z")).expect(400);
        String dhl = "{\"shipments\": [{\"id\": \"" + trackingNumber + "\", \"events\": [{\"timestamp\":"
                + " \"+99999-11-23T09:41:00+08:00\", \"statusCode\": \"delivered\"}]}]}";
        push("dhl", dhl, Map.of("DHL-Signature", Fixtures.dhlSignature(DHL_SECRET, dhl))).expect(400);

        assertThat(jdbc.sql("select count(*) from carrier_event").query(Long.class).single()).isEqualTo(scans);
        assertThat(dispute("bob", id).text("/returnShipment/status")).isEqualTo("IN_TRANSIT");
    }
}
