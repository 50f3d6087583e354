package com.disputecenter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.disputecenter.carrier.CarrierEventService;
import com.disputecenter.carrier.CarrierEventService.Scan;
import com.disputecenter.carrier.CarrierStatus;
import com.disputecenter.carrier.web.Fixtures;
import com.disputecenter.common.Caller;
import com.disputecenter.common.Role;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Carriers report statuses we do not track (a label created, pre-transit, a code new to us); such a scan
 * is stored with a null status and the carrier's own words, and the case page shows it as not tracked
 * (it answered 500 to everyone once such a scan was stored).
 */
class UntrackedCarrierScansIT extends CarrierTest {

    private static final Caller BOB = new Caller("bob", Set.of(Role.BUYER), null);

    @Autowired
    CarrierEventService carrierEvents;

    @Autowired
    UserDetailsService users;

    /** One carrier's sample push for a new parcel, and the words of its scan of a status we do not track. */
    record Push(String carrier, String webhook, String trackingPrefix, String words) {

        Answer send(CarrierTest test, String trackingNumber) throws Exception {
            return switch (webhook) {
                case "ups" -> test.push("ups", Fixtures.text("ups-label-created.json")
                        .replace("1Z999AA10123456784", trackingNumber), Map.of("credential", UPS_CREDENTIAL));
                case "dhl" -> {
                    String body = Fixtures.text("dhl-delivered.json").replace("JVGL06290843000123456", trackingNumber);
                    yield test.push("dhl", body, Map.of("DHL-Signature", Fixtures.dhlSignature(DHL_SECRET, body)));
                }
                case "fedex" -> {
                    String body = Fixtures.text("fedex-delivered.json").replace("794612345678", trackingNumber);
                    yield test.push("fedex", body, Map.of("fdx-signature", Fixtures.fedexSignature(FEDEX_TOKEN, body)));
                }
                case "ems" -> test.push("ems", Fixtures.emsWithTrackingNumber("ems-unknown-code.json", trackingNumber,
                        EMS_KEY), Map.of());
                default -> throw new IllegalArgumentException(webhook);
            };
        }

        @Override
        public String toString() {
            return carrier + ": " + words;
        }
    }

    static Stream<Arguments> pushesWithAScanWeDoNotTrack() {
        return Stream.of(
                new Push("UPS", "ups", "1Z", "M/MP Shipper created a label, UPS has not received the package yet."),
                new Push("DHL", "dhl", "JVGL", "pre-transit LABEL CREATED The instruction data for this shipment"
                        + " have been provided by the sender"),
                new Push("FEDEX", "fedex", "7946", "OC Shipment information sent to FedEx"),
                new Push("EMS", "ems", "EA", "999 其他 留言")).map(Arguments::of);
    }

    /** A return agreed before the fixtures' scans, shipped with the push's carrier, and the push received. */
    private String pushedOnto(Push push, String trackingNumber) throws Exception {
        String id = shippedReturn(push.carrier(), trackingNumber);
        returnAgreedAt(id, FIXTURES_RETURN_AGREED);
        Answer received = push.send(this, trackingNumber).expect(200);
        assertThat(texts(received.at("/unmapped"))).anySatisfy(u -> assertThat(u).endsWith(push.words()));
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pushesWithAScanWeDoNotTrack")
    void aScanWeDoNotTrackIsReadBackWithoutAStatusAndWithTheCarriersWords(Push push) throws Exception {
        String trackingNumber = newTracking(push.trackingPrefix());
        String id = pushedOnto(push, trackingNumber);

        List<Scan> scans = carrierEvents.forDispute(BOB, UUID.fromString(id));

        assertThat(scans).isNotEmpty().allSatisfy(scan -> {
            assertThat(scan.carrier()).isEqualTo(push.carrier());
            assertThat(scan.trackingNumber()).isEqualTo(trackingNumber);
        });
        assertThat(scans).filteredOn(scan -> scan.status() == null).singleElement()
                .satisfies(untracked -> assertThat(untracked.nativeStatus()).isEqualTo(push.words()));
        // what we do track still reads back as it was, oldest first
        assertThat(scans).extracting(Scan::occurredAt).isSorted();
        if (push.webhook().equals("dhl")) {
            assertThat(scans).extracting(Scan::status)
                    .containsExactly(null, CarrierStatus.IN_TRANSIT, CarrierStatus.DELIVERED);
        }
    }

    private String casePage(String user, String id, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/disputes/" + id)
                        .with(user(users.loadUserByUsername(user))).cookie(new Cookie("dc-locale", language)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("GET /disputes/%s as %s", id, user).isEqualTo(200);
        return response.getContentAsString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pushesWithAScanWeDoNotTrack")
    void theCasePageOpensForThePartiesAndTheArbitratorAfterAScanWeDoNotTrack(Push push) throws Exception {
        String id = pushedOnto(push, newTracking(push.trackingPrefix()));
        String words = push.words();

        assertThat(casePage("bob", id, "en")).contains("id=\"carrier-events\"", ">Not tracked</strong>",
                "(the carrier said: “" + words + "”)");
        assertThat(casePage("sam", id, "zh")).contains("id=\"carrier-events\"", ">未跟踪的状态</strong>",
                "（承运商原文：“" + words + "”）");
        assertThat(casePage("ada", id, "en")).contains("id=\"carrier-events\"", ">Not tracked</strong>");
    }
}
