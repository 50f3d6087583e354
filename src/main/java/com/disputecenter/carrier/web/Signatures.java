package com.disputecenter.carrier.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The digests carriers sign their pushes with, and a comparison that does not leak timing. */
final class Signatures {

    private Signatures() {
    }

    static byte[] hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmacSha256Hex(String secret, byte[] body) {
        return HexFormat.of().formatHex(hmacSha256(secret, body));
    }

    static String hmacSha256Base64(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(hmacSha256(secret, body));
    }

    /** China Post's digest: Base64(MD5(content + secret)). Weak, but it is what the carrier sends. */
    static String md5Base64(String content, String secret) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
                    .digest((content + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant time, so a forger cannot find the signature byte by byte; a blank secret never matches. */
    static boolean same(String expected, String given, String secret) {
        if (secret == null || secret.isBlank() || given == null || given.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.trim().getBytes(StandardCharsets.UTF_8));
    }
}
