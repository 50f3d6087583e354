package com.disputecenter.operations.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogTextTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("CRLF and a forged line", "S-1\r\n2026-12-01 INFO admin logged in", "S-1\\r\\n2026-12-01 INFO admin logged in"),
                Arguments.of("a lone LF", "a\nb", "a\\nb"),
                Arguments.of("a lone CR that would overwrite the line", "ok\rFAILED", "ok\\rFAILED"),
                Arguments.of("a tab", "a\tb", "a\\tb"),
                Arguments.of("an ANSI escape that recolours the terminal", "\u001b[31mred", "\\u001b[31mred"),
                Arguments.of("a NUL", "a\u0000b", "a\\u0000b"),
                Arguments.of("DEL", "a\u007fb", "a\\u007fb"),
                Arguments.of("NEL, a C1 line break", "a\u0085b", "a\\u0085b"),
                Arguments.of("Unicode's line separator", "a\u2028b", "a\\u2028b"),
                Arguments.of("Unicode's paragraph separator", "a\u2029b", "a\\u2029b"),
                Arguments.of("a right-to-left override", "invoice\u202Efdp.exe", "invoice\\u202efdp.exe"),
                Arguments.of("a bidirectional isolate", "a\u2066b\u2069", "a\\u2066b\\u2069"),
                Arguments.of("plain text, other scripts and backslashes as they are", "退货 C:\\tmp é ✓", "退货 C:\\tmp é ✓"),
                Arguments.of("nothing", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void controlCharactersAreWrittenAsEscapesSoALogEventStaysOneLine(String what, String text, String logged) {
        assertThat(LogText.oneLine(text)).isEqualTo(logged);
        if (logged != null) {
            assertThat(logged).doesNotContain("\r", "\n", "\u2028", "\u2029", "\u0085");
        }
    }
}
