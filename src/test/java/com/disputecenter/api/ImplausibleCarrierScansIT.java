package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.carrier.web.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A carrier scan dated more than a day ahead, or before the return it would belong to was agreed, is no
 * scan of that parcel: 422 problem+json and nothing stored, on POST /api/carrier-events and on the carrier
 * webhooks alike, where one such scan refuses the whole push.
 */
class ImplausibleCarrierScansIT extends CarrierTest {

    private static final DateTimeFormatter UPS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UPS_TIME = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    private static Map<String, Object> scan(String trackingNumber, String status, Instant at) {
        return Map.of("eventId", "EV-" + UUID.randomUUID(), "carrier", "CAINIAO", "trackingNumber", trackingNumber,
                "status", status, "occurredAt", at.toString());
    }

    private static void refusedAsImplausible(Answer answer) {
        answer.expect(422);
        assertThat(answer.raw()).contains("\"status\":422");
        assertThat(answer.text("/detail")).contains("is dated");
    }

    /** Nothing of the refused scans is in the case: its parcel, its story and the stored scans are as before. */
    private void nothingStored(String id, String trackingNumber) throws Exception {
        Answer view = dispute("bob", id);
        assertThat(view.text("/returnShipment/status")).isEqualTo("IN_TRANSIT");
        assertThat(types(view.at("/timeline"))).noneMatch(type -> type.startsWith("CARRIER_"));
        assertThat(storedScansOf(trackingNumber)).isZero();
    }

    @Test
    void aScanDatedMoreThanADayAheadIsRefusedAndNothingIsStored() throws Exception {
        String trackingNumber = newTracking("LP");
        String id = shippedReturn("CAINIAO", trackingNumber);
        Instant now = Instant.now();

        Answer refused = postJson("market", "/api/carrier-events",
                scan(trackingNumber, "DELIVERED", now.plus(Duration.ofHours(25))));

        refusedAsImplausible(refused);
        assertThat(refused.text("/detail")).contains("more than 1 day ahead");
        nothingStored(id, trackingNumber);
        // a carrier's clock a few hours ahead is no reason to refuse its scan
        postJson("market", "/api/carrier-events", scan(trackingNumber, "DELIVERED", now.plus(Duration.ofHours(20))))
                .expect(200);
        assertThat(dispute("bob", id).text("/returnShipment/status")).isEqualTo("DELIVERED");
    }

    @Test
    void aScanDatedBeforeTheReturnWasAgreedIsRefusedAndNothingIsStored() throws Exception {
        String trackingNumber = newTracking("LP");
        String id = shippedReturn("CAINIAO", trackingNumber);
        Instant registered = returnRegisteredAt(id);

        Answer refused = postJson("market", "/api/carrier-events",
                scan(trackingNumber, "DELIVERED", registered.minus(Duration.ofMinutes(1))));

        refusedAsImplausible(refused);
        assertThat(refused.text("/detail")).contains("before the return of CAINIAO " + trackingNumber + " was registered");
        nothingStored(id, trackingNumber);
        postJson("market", "/api/carrier-events", scan(trackingNumber, "IN_TRANSIT", registered.plusSeconds(1)))
                .expect(200);
    }

    @Test
    void aScanOfAParcelNoReturnHasIsRefusedOnlyWhenDatedAhead() throws Exception {
        String trackingNumber = newTracking("LP");
        Instant now = Instant.now();

        postJson("market", "/api/carrier-events", scan(trackingNumber, "DELIVERED", now.plus(Duration.ofDays(3))))
                .expect(422);
        postJson("market", "/api/carrier-events", scan(trackingNumber, "DELIVERED", now.minus(Duration.ofDays(400))))
                .expect(200);
        assertThat(storedScansOf(trackingNumber)).isOne();
    }

    @Test
    void oneScanDatedBeforeTheReturnRefusesTheWholeDhlPush() throws Exception {
        String trackingNumber = newTracking("JVGL");
        String id = shippedReturn("DHL", trackingNumber);
        returnAgreedAt(id, FIXTURES_RETURN_AGREED);
        String delivered = Fixtures.text("dhl-delivered.json").replace("JVGL06290843000123456", trackingNumber);
        // the label created a week before the return was agreed: another parcel's, or a forged date
        String backDated = delivered.replace("2026-11-20T10:15:00+01:00", "2026-11-12T10:15:00+01:00");

        Answer refused = push("dhl", backDated, Map.of("DHL-Signature", Fixtures.dhlSignature(DHL_SECRET, backDated)));

        refusedAsImplausible(refused);
        assertThat(refused.text("/detail")).startsWith("1 of the 3 scans are implausible, nothing was recorded: ")
                .contains("DHL:" + trackingNumber + ":2026-11-12T09:15:00Z:pre-transit");
        nothingStored(id, trackingNumber);
        // the same push with its real dates is taken whole
        Answer taken = push("dhl", delivered, Map.of("DHL-Signature", Fixtures.dhlSignature(DHL_SECRET, delivered)))
                .expect(200);
        assertThat(taken.at("/recorded")).hasSize(3);
        assertThat(dispute("bob", id).text("/returnShipment/status")).isEqualTo("DELIVERED");
    }

    @Test
    void aUpsAlertDatedDaysAheadIsRefusedAndNothingIsStored() throws Exception {
        String trackingNumber = newTracking("1Z");
        String id = shippedReturn("UPS", trackingNumber);
        Instant ahead = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        String alert = Fixtures.text("ups-delivered.json").replace("1Z999AA10123456784", trackingNumber)
                .replace("\"gmtActivityDate\": \"20261123\"", "\"gmtActivityDate\": \"" + UPS_DATE.format(ahead) + "\"")
                .replace("\"gmtActivityTime\": \"024100\"", "\"gmtActivityTime\": \"" + UPS_TIME.format(ahead) + "\"");
        assertThat(alert).contains(UPS_DATE.format(ahead));

        Answer refused = push("ups", alert, Map.of("credential", UPS_CREDENTIAL));

        refusedAsImplausible(refused);
        assertThat(refused.text("/detail")).startsWith("The scan UPS:" + trackingNumber + ":" + ahead);
        nothingStored(id, trackingNumber);
    }
}
