package com.disputecenter.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileNamesTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("photo.png", "photo.png"),
                Arguments.of("破损的屏幕.jpg", "破损的屏幕.jpg"),
                Arguments.of("Café – vue d’ensemble.pdf", "Café – vue d’ensemble.pdf"),
                // a bidi override makes "photo<RLO>gpj.exe" read "photoexe.jpg"
                Arguments.of("photo\u202Egpj.exe", "photogpj.exe"),
                Arguments.of("in\u2066voice\u2069.pdf", "invoice.pdf"),
                Arguments.of("zero\u200Bwidth\u200C\u200D\uFEFF.png", "zerowidth.png"),
                Arguments.of("line\r\nbreak\u2028\u2029.png", "linebreak.png"),
                Arguments.of("nul\u0000bell\u0007del\u007Fc1\u0085.png", "nulbelldelc1.png"),
                Arguments.of("soft\u00ADhyphen.png", "softhyphen.png"),
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("C:\\Windows\\System32\\evil.jpg", "evil.jpg"),
                Arguments.of("\u202E\u200B", "evidence"),
                Arguments.of(null, "evidence"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("names")
    void aFileNameKeepsItsTextButLosesControlBidiAndZeroWidthCharacters(String sent, String kept) {
        assertThat(EvidenceService.displayName(sent)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longNames")
    void aLongFileNameIsCutToTwoHundredCharactersWithItsExtension(String sent, String start) {
        String kept = EvidenceService.displayName(sent);
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(EvidenceService.MAX_FILE_NAME);
        assertThat(kept).startsWith(start).endsWith("….png");
        // no character cut in half
        assertThat(kept.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).isTrue();
    }

    static Stream<Arguments> longNames() {
        return Stream.of(
                Arguments.of("a".repeat(20_000) + ".png", "aaaa"),
                Arguments.of("屏".repeat(255) + ".png", "屏屏屏"),
                Arguments.of("\uD83D\uDCF7".repeat(300) + ".png", "\uD83D\uDCF7"));
    }
}
