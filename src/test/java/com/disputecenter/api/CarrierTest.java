package com.disputecenter.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The carrier tests' return parcels and pushes (the carriers' sample pushes are in src/test/resources/carrier). */
abstract class CarrierTest extends ApiTest {

    // the demo secrets of application.yml
    protected static final String UPS_CREDENTIAL = "demo-ups-credential";
    protected static final String DHL_SECRET = "demo-dhl-secret";
    protected static final String FEDEX_TOKEN = "demo-fedex-token";
    protected static final String EMS_KEY = "demo-ems-key";

    /** The fixtures' scans are of 20 to 23 November 2026; the returns they track were agreed before. */
    protected static final Instant FIXTURES_RETURN_AGREED = Instant.parse("2026-11-19T00:00:00Z");

    @Autowired
    protected JdbcClient jdbc;

    /** An AliExpress return agreed, the address given and the parcel shipped with this carrier; the dispute id. */
    protected String shippedReturn(String carrier, String trackingNumber) throws Exception {
        String id = openAliExpress("NOT_AS_DESCRIBED_SIZE");
        String offer = postJson("sam", "/api/disputes/" + id + "/proposals", Map.of("type", "RETURN_AND_REFUND"))
                .expect(201).text("/id");
        postJson("bob", "/api/disputes/" + id + "/proposals/" + offer + "/accept", Map.of()).expect(200);
        postJson("sam", "/api/disputes/" + id + "/return/address", Map.of("address", "88 Jiangnan Ave, Hangzhou")).expect(200);
        postJson("bob", "/api/disputes/" + id + "/return/shipment",
                Map.of("carrier", carrier, "trackingNumber", trackingNumber)).expect(200);
        return id;
    }

    /**
     * The return of this case was agreed at that moment (a test cannot wait for the fixtures' dates): a
     * scan dated before it is refused, one dated after it is the return parcel's.
     */
    protected void returnAgreedAt(String id, Instant agreed) {
        jdbc.sql("update return_shipment set registered_at = ? where dispute_id = ?")
                .params(Timestamp.from(agreed), UUID.fromString(id))
                .update();
    }

    protected Instant returnRegisteredAt(String id) {
        return jdbc.sql("select registered_at from return_shipment where dispute_id = ?")
                .param(UUID.fromString(id))
                .query(Timestamp.class).single().toInstant();
    }

    protected long storedScansOf(String trackingNumber) {
        return jdbc.sql("select count(*) from carrier_event where tracking_number = ?")
                .param(trackingNumber).query(Long.class).single();
    }

    protected Answer push(String carrier, String body, Map<String, String> headers) throws Exception {
        var request = post("/api/carriers/" + carrier + "/webhook").contentType(MediaType.APPLICATION_JSON).content(body);
        headers.forEach(request::header);
        return call(null, request);
    }

    protected static String newTracking(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }
}
