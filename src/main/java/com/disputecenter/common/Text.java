package com.disputecenter.common;

import com.disputecenter.common.DisputeCenterException.InvalidInput;

/**
 * Free text from outside. Any text may hold anything a person types, except U+0000: PostgreSQL
 * cannot store it, and no person types it. The web layer refuses it once for every request (JSON
 * strings, form and query parameters, path variables); adapters that read text themselves (the
 * carrier webhooks) ask here.
 */
public final class Text {

    public static final String NUL_RULE = "contains a NUL character (U+0000), which no text may hold";

    private Text() {
    }

    public static boolean hasNul(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    /** The refusal (400) of a field that holds U+0000; null: the request as a whole. */
    public static InvalidInput nul(String field) {
        return new InvalidInput(field, (field == null ? "The request" : field) + " " + NUL_RULE).coded("input.nul");
    }
}
