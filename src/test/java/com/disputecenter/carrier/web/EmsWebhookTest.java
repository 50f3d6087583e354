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

/** EMS's native push, as its fixture shows it, read as canonical scans; and its signature check. */
class EmsWebhookTest {

    private final EmsWebhook ems = new EmsWebhook(new ObjectMapper());

    @Test
    void tracesInBeijingTimeMapByOperationCode() {
        List<Scan> scans = ems.read(Fixtures.json("ems-delivered.json"));

        assertThat(Fixtures.statuses(scans)).containsExactly(CarrierStatus.IN_TRANSIT, CarrierStatus.IN_TRANSIT, CarrierStatus.DELIVERED);
        assertThat(scans.get(2).occurredAt()).isEqualTo(Instant.parse("2026-11-23T01:41:00Z"));
        assertThat(scans.get(2).nativeStatus()).startsWith("704 妥投");
        assertThat(Fixtures.statuses(ems.read(Fixtures.json("ems-lost.json")))).containsExactly(CarrierStatus.LOST);
    }

    @Test
    void anUnknownOperationCodeIsRecordedButUntracked() {
        Scan scan = ems.read(Fixtures.json("ems-unknown-code.json")).get(0);
        assertThat(scan.status()).isNull();
        assertThat(scan.nativeStatus()).startsWith("999");
    }

    @Test
    void theDigestOfTheMessageBodyWithTheKeyIsAuthentic() {
        byte[] body = Fixtures.text("ems-delivered.json").getBytes(StandardCharsets.UTF_8);

        assertThat(ems.authentic(new HttpHeaders(), body, "demo-ems-key")).isTrue();
        assertThat(ems.authentic(new HttpHeaders(), body, "another-key")).isFalse();
        assertThat(ems.authentic(new HttpHeaders(), "not json".getBytes(), "demo-ems-key")).isFalse();
    }

    @Test
    void aMessageBodyThatIsNotJsonIsMalformed() throws Exception {
        assertThatThrownBy(() -> ems.read(new ObjectMapper().readTree("{\"msgBody\": \"<xml/>\"}")))
                .isInstanceOf(CarrierWebhook.MalformedPayload.class).hasMessageContaining("msgBody");
    }
}
