package com.disputecenter.carrier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FEDEX's native push, as its fixture shows it, read as canonical scans; and its signature check. */
class FedexWebhookTest {

    private final FedexWebhook fedex = new FedexWebhook();

    @Test
    void scanEventsComeOldestFirstWithTheirOffsetsApplied() {
        List<Scan> scans = fedex.read(Fixtures.json("fedex-delivered.json"));

        assertThat(Fixtures.statuses(scans)).containsExactly(null, CarrierStatus.IN_TRANSIT, CarrierStatus.IN_TRANSIT,
                CarrierStatus.DELIVERED);
        assertThat(scans.get(3).occurredAt()).isEqualTo(Instant.parse("2026-11-23T02:41:00Z"));
        assertThat(scans.get(3).trackingNumber()).isEqualTo("794612345678");
        assertThat(scans.get(3).carrier()).isEqualTo("FEDEX");
    }

    @Test
    void aShipmentExceptionNamingALossIsLost() {
        assertThat(Fixtures.statuses(fedex.read(Fixtures.json("fedex-lost.json")))).containsExactly(CarrierStatus.LOST);
    }

    @Test
    void theBase64HmacOfTheBodyWithTheSecurityTokenIsAuthentic() {
        String body = Fixtures.text("fedex-delivered.json");
        String signature = Fixtures.fedexSignature("token", body);

        assertThat(fedex.authentic(Fixtures.header("fdx-signature", signature), body.getBytes(StandardCharsets.UTF_8), "token")).isTrue();
        assertThat(fedex.authentic(Fixtures.header("fdx-signature", signature), (body + " ").getBytes(StandardCharsets.UTF_8), "token"))
                .as("one byte more").isFalse();
    }
}
