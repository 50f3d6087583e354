package com.disputecenter.operations.logging;

/**
 * One log event, one line: CR, LF and every other control character in a logged text is written as an
 * escape ({@code \r}, {@code \n}, {@code \t}, {@code \u001b}), so a value a user chose (a seller id
 * with CRLF, an order id with an ANSI escape) can neither start a forged log line nor rewrite the
 * terminal. Unicode's line and paragraph separators and the bidirectional overrides (which can make a
 * line read as another) are escaped too. Everything else, backslashes included, is kept as it is.
 */
public final class LogText {

    private LogText() {
    }

    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> line.append("\\r");
                case '\n' -> line.append("\\n");
                case '\t' -> line.append("\\t");
                default -> {
                    if (escaped(c)) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (escaped(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean escaped(char c) {
        return Character.isISOControl(c) // C0, DEL, C1 (NEL U+0085 among them)
                || c == '\u2028' || c == '\u2029' // line and paragraph separator
                || c == '\u061c' || c == '\u200e' || c == '\u200f' // bidirectional marks
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'; // bidirectional overrides, isolates
    }
}
