package com.disputecenter.carrier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** UPS's native push, as its fixture shows it, read as canonical scans; and its signature check. */
class UpsWebhookTest {

    private final UpsWebhook ups = new UpsWebhook();

    @Test
    void activityTypesMapToCanonicalStatusesAtTheirGmtTime() {
        Scan transit = ups.read(Fixtures.json("ups-in-transit.json")).get(0);
        assertThat(transit.status()).isEqualTo(CarrierStatus.IN_TRANSIT);
        assertThat(transit.occurredAt()).isEqualTo(Instant.parse("2026-11-21T18:05:00Z"));
        assertThat(transit.nativeStatus()).isEqualTo("I/AR Arrived at Facility");

        assertThat(ups.read(Fixtures.json("ups-delivered.json")).get(0).status()).isEqualTo(CarrierStatus.DELIVERED);
        assertThat(ups.read(Fixtures.json("ups-returned.json")).get(0).status()).isEqualTo(CarrierStatus.RETURNED_TO_SENDER);
    }

    @Test
    void aLabelWithoutAParcelIsRecordedButUntracked() {
        Scan label = ups.read(Fixtures.json("ups-label-created.json")).get(0);
        assertThat(label.status()).isNull();
        assertThat(label.nativeStatus()).startsWith("M/MP");
    }

    @Test
    void anExceptionNamingALossIsLost() {
        assertThat(UpsWebhook.status("X", "PACKAGE LOST, UNABLE TO LOCATE")).isEqualTo(CarrierStatus.LOST);
        assertThat(UpsWebhook.status("X", "Weather delay")).isEqualTo(CarrierStatus.EXCEPTION);
    }

    @Test
    void theCredentialHeaderMustEqualTheSubscriptionCredential() {
        assertThat(ups.authentic(Fixtures.header("credential", "cred-1"), new byte[0], "cred-1")).isTrue();
        assertThat(ups.authentic(Fixtures.header("credential", "cred-2"), new byte[0], "cred-1")).isFalse();
        assertThat(ups.authentic(new HttpHeaders(), new byte[0], "cred-1")).isFalse();
        assertThat(ups.authentic(Fixtures.header("credential", ""), new byte[0], "")).as("a blank secret never matches").isFalse();
    }

    @Test
    void anAlertWithoutItsTimeIsMalformed() throws Exception {
        assertThatThrownBy(() -> ups.read(new ObjectMapper().readTree(
                "{\"trackingNumber\": \"1Z1\", \"activityStatus\": {\"type\": \"D\"}}")))
                .isInstanceOf(CarrierWebhook.MalformedPayload.class).hasMessageContaining("gmtActivityDate");
    }
}
