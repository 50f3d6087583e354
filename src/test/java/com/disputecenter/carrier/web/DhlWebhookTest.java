package com.disputecenter.carrier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** DHL's native push, as its fixture shows it, read as canonical scans; and its signature check. */
class DhlWebhookTest {

    private final DhlWebhook dhl = new DhlWebhook();

    @Test
    void eventsComeOldestFirstWithTheLabelRecordedButUntracked() {
        List<Scan> scans = dhl.read(Fixtures.json("dhl-delivered.json"));

        assertThat(Fixtures.statuses(scans)).containsExactly(null, CarrierStatus.IN_TRANSIT, CarrierStatus.DELIVERED);
        Scan delivered = scans.get(2);
        assertThat(delivered.carrier()).isEqualTo("DHL");
        assertThat(delivered.trackingNumber()).isEqualTo("JVGL06290843000123456");
        assertThat(delivered.occurredAt()).isEqualTo(Instant.parse("2026-11-23T01:41:00Z"));
        assertThat(delivered.nativeStatus()).startsWith("delivered DELIVERED");
        assertThat(scans.get(0).nativeStatus()).startsWith("pre-transit");
    }

    @Test
    void aFailureThatGoesBackIsReturnedToSender() {
        assertThat(Fixtures.statuses(dhl.read(Fixtures.json("dhl-returned.json")))).containsExactly(CarrierStatus.RETURNED_TO_SENDER);
    }

    @Test
    void theSameScanAlwaysGetsTheSameEventIdSoAReplayIsRecognised() {
        assertThat(dhl.read(Fixtures.json("dhl-delivered.json")).get(2).eventId())
                .isEqualTo(dhl.read(Fixtures.json("dhl-delivered.json")).get(2).eventId())
                .isEqualTo("DHL:JVGL06290843000123456:2026-11-23T01:41:00Z:delivered");
    }

    @Test
    void theBodySignedWithTheSubscriptionSecretIsAuthentic() {
        byte[] body = Fixtures.text("dhl-delivered.json").getBytes(StandardCharsets.UTF_8);
        String signature = Fixtures.dhlSignature("s3cret", Fixtures.text("dhl-delivered.json"));

        assertThat(dhl.authentic(Fixtures.header("DHL-Signature", signature), body, "s3cret")).isTrue();
        assertThat(dhl.authentic(Fixtures.header("DHL-Signature", signature), body, "other")).isFalse();
        assertThat(dhl.authentic(new HttpHeaders(), body, "s3cret")).isFalse();
        assertThat(dhl.authentic(Fixtures.header("DHL-Signature", signature), "{}".getBytes(), "s3cret")).isFalse();
    }

    @Test
    void aPushWithoutShipmentsIsMalformed() throws Exception {
        assertThatThrownBy(() -> dhl.read(new ObjectMapper().readTree("{\"shipments\": []}")))
                .isInstanceOf(CarrierWebhook.MalformedPayload.class).hasMessageContaining("shipments");
        assertThatThrownBy(() -> dhl.read(new ObjectMapper().readTree(
                "{\"shipments\": [{\"id\": \"X1\", \"events\": [{\"timestamp\": \"yesterday\", \"statusCode\": \"transit\"}]}]}")))
                .isInstanceOf(CarrierWebhook.MalformedPayload.class).hasMessageContaining("unreadable time");
    }
}
