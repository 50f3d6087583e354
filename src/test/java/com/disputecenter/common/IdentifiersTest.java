package com.disputecenter.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    /** The ids of the marketplaces, our demo data and the carrier fixtures. */
    @ParameterizedTest
    @ValueSource(strings = {"AE-100234", "AE-700001", "S-1001", "S-3003", "bob", "buyer-1a2b3c4d", "123-1234567-1234567",
            "12-12345-12345", "3824629157802046", "order_7:a.b", "A"})
    void realIdsAreIds(String id) {
        assertThat(Identifiers.isId(id)).isTrue();
        assertThat(Identifiers.id("orderId", id)).isEqualTo(id);
    }

    /** What looks like an order id (or hides in one) but would be a second order. */
    @ParameterizedTest
    @ValueSource(strings = {"AE-100234 ", " AE-100234", "AE-100234\u200B", "AE\u00A0100234", "AE\u2010100234",
            "ＡＥ-100234", "AE-10023４", "AE-100234\t", "AE-100234\r\nX: y", "AE-1\u0000", "AE/1", "AE 1", "-AE-1", ".AE",
            "", "<script>", "../../etc/passwd"})
    void lookAlikesSpacesAndControlCharactersAreNoIds(String id) {
        assertThat(Identifiers.isId(id)).isFalse();
        assertThatThrownBy(() -> Identifiers.id("orderId", id))
                .isInstanceOfSatisfying(DisputeCenterException.InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("orderId");
                    assertThat(refused.getCodes()).containsExactly("input.id");
                    assertThat(refused.getMessage()).startsWith("orderId must start with a letter or digit");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void anIdHasAtMost64Characters(int length) {
        assertThat(Identifiers.isId("A".repeat(length))).isEqualTo(length <= 64);
        assertThat(Identifiers.isReference("1".repeat(length))).isEqualTo(length <= 64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Z999AA10123456784", "JVGL06290843000123456", "EA123456789CN", "794612345678", "EV-1",
            "UPS:1Z999AA10123456784:2026-11-23T02:41:00Z:D_KB", "-leading-dash", "_"})
    void trackingNumbersAndEventIdsAreReferences(String reference) {
        assertThat(Identifiers.reference("trackingNumber", reference)).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Z999 AA1", "1Z999\u200B", "UPS:1Z…:D/KB", "", "EA123\u00A0CN", "EV-1\u0000"})
    void aReferenceWithAnythingElseIsRefused(String reference) {
        assertThatThrownBy(() -> Identifiers.reference("eventId", reference))
                .isInstanceOfSatisfying(DisputeCenterException.InvalidInput.class,
                        refused -> assertThat(refused.getCodes()).containsExactly("input.reference"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ae-100234", "Ae-100234", "aE-100234", "AE-100234"})
    void orderIdsInAnyLetterCaseShareTheirKey(String id) {
        assertThat(Identifiers.orderKey(id)).isEqualTo("AE-100234");
    }
}
