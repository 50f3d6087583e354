package com.disputecenter.carrier.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret each carrier proves its pushes with (DHL subscription secret, UPS credential, FedEx
 * security token, China Post key). A blank secret accepts no signature: that carrier's webhook then
 * takes only the marketplace integration's HTTP Basic.
 */
@ConfigurationProperties("dispute-center.carrier-webhooks")
record CarrierWebhookProperties(String dhlSecret, String upsCredential, String fedexSecurityToken, String emsKey) {

    String secretOf(String carrier) {
        return switch (carrier) {
            case "dhl" -> dhlSecret;
            case "ups" -> upsCredential;
            case "fedex" -> fedexSecurityToken;
            case "ems" -> emsKey;
            default -> null;
        };
    }
}
