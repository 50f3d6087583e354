package com.disputecenter.common;

import com.disputecenter.common.DisputeCenterException.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of every identifier that comes in from outside: order, seller and buyer ids, tracking
 * numbers and carrier event ids. Plain ASCII only, so nothing that looks alike but differs (a
 * trailing space, U+00A0, U+200B, a Unicode hyphen, full-width letters) can pass for another
 * order. The REST requests, the page forms and the services all check against these patterns.
 *
 * <p>Order ids are opaque to us, but two ids that differ only in letter case name one order: the
 * marketplaces' ids are numbers with separators, and treating "ae-1" as a new order would let a
 * buyer dispute a settled order twice. They are kept as given and compared by {@link #orderKey}.
 */
public final class Identifiers {

    /** Order, seller and buyer ids: a letter or digit, then up to 63 of letters, digits and {@code . _ : -}. */
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    /** Tracking numbers and carrier event ids: 1 to 64 of letters, digits and {@code . _ : -}. */
    public static final String REFERENCE = "[A-Za-z0-9._:-]{1,64}";

    /** The message of a refused id, the same on the API and in the services. */
    public static final String ID_RULE =
            "must start with a letter or digit and have at most 64 of letters, digits and . _ : -";

    public static final String REFERENCE_RULE = "must have 1 to 64 of letters, digits and . _ : -";

    private static final Pattern ID_PATTERN = Pattern.compile(ID);
    private static final Pattern REFERENCE_PATTERN = Pattern.compile(REFERENCE);

    private Identifiers() {
    }

    public static boolean isId(String value) {
        return value != null && ID_PATTERN.matcher(value).matches();
    }

    public static boolean isReference(String value) {
        return value != null && REFERENCE_PATTERN.matcher(value).matches();
    }

    /** The id itself, or a refusal of the field (400); null stays null (whether it is required is the caller's rule). */
    public static String id(String field, String value) {
        if (value != null && !isId(value)) {
            throw new InvalidInput(field, field + " " + ID_RULE).coded("input.id");
        }
        return value;
    }

    public static String reference(String field, String value) {
        if (value != null && !isReference(value)) {
            throw new InvalidInput(field, field + " " + REFERENCE_RULE).coded("input.reference");
        }
        return value;
    }

    /** What two order ids are compared by: "AE-1" and "ae-1" are one order. */
    public static String orderKey(String orderId) {
        return orderId == null ? null : orderId.toUpperCase(Locale.ROOT);
    }
}
