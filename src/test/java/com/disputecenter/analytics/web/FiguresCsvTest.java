package com.disputecenter.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.analytics.ArbitratorFigures;
import com.disputecenter.analytics.Dimension;
import com.disputecenter.analytics.DisputeFigures;
import com.disputecenter.analytics.DisputeFigures.Responsibilities;
import com.disputecenter.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FiguresCsvTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("a formula", "=1+1", "\"'=1+1\""),
                Arguments.of("a formula by plus", "+SUM(A1:A9)", "\"'+SUM(A1:A9)\""),
                Arguments.of("a formula by minus", "-2+3", "\"'-2+3\""),
                Arguments.of("a function by at", "@SUM(A1)", "\"'@SUM(A1)\""),
                Arguments.of("a tab before a formula", "\t=cmd|' /C calc'!A0", "\"'\t=cmd|' /C calc'!A0\""),
                Arguments.of("a carriage return before a formula", "\r=1+1", "\"'\r=1+1\""),
                Arguments.of("a formula that needs quoting anyway", "=HYPERLINK(\"x\"),1", "\"'=HYPERLINK(\"\"x\"\"),1\""),
                Arguments.of("text that only looks like a negative number", "-5", "\"'-5\""),
                Arguments.of("a seller id with a dash inside", "S-1001", "S-1001"),
                Arguments.of("a comma", "Milano, IT", "\"Milano, IT\""),
                Arguments.of("a formula after a semicolon, where that separates cells", "x;=1+1", "\"x;=1+1\""),
                Arguments.of("a line break inside", "two\nlines", "\"two\nlines\""),
                Arguments.of("a negative decimal we computed", new BigDecimal("-0.2500"), "-0.2500"),
                Arguments.of("a negative count we computed", -3L, "-3"),
                Arguments.of("a decimal in plain notation", new BigDecimal("1E+3"), "1000"),
                Arguments.of("nothing", null, ""),
                Arguments.of("empty text", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefusedAndOurOwnNumbersStayNumbers(String what, Object value,
            String written) {
        assertThat(FiguresCsv.cell(value)).isEqualTo(written);
    }

    @Test
    void hostileKeysStillMakeAValidCsvWithOneRowPerGroupAndEveryField() {
        List<DisputeFigures> rows = new ArrayList<>();
        for (String key : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@A1", "\t=1", "\r\n=1", "a;=1", "S-1001")) {
            rows.add(new DisputeFigures(key, 2, 1, 10L, new BigDecimal("0.1000"), 1, 1, BigDecimal.ONE,
                    new BigDecimal("-1.5"), List.of(Money.of("1.00", "USD"), Money.of("2.00", "EUR")), 0, 0, 1, 0,
                    new Responsibilities(1, 0, 0, 0), 0));
        }

        List<List<String>> parsed = parse(FiguresCsv.of(Dimension.SELLERS, rows));

        assertThat(parsed).hasSize(1 + rows.size());
        assertThat(parsed).allSatisfy(row -> assertThat(row).hasSize(parsed.get(0).size()));
        assertThat(parsed.subList(1, parsed.size())).extracting(row -> row.get(0)).containsExactly(
                "'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-1", "'@A1", "'\t=1", "'\r\n=1", "a;=1", "S-1001");
        assertThat(parsed.get(1).get(8)).as("our own negative number").isEqualTo("-1.5");
        assertThat(parsed.get(1).get(9)).isEqualTo("1.00 USD; 2.00 EUR");
        assertThat(parse(FiguresCsv.ofArbitrators(List.of(new ArbitratorFigures("=ada", 1, 0)))).get(1))
                .containsExactly("'=ada", "1", "0");
    }

    /** RFC 4180, strictly: a quote inside a field is refused unless the field is quoted. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            if (csv.charAt(i) == '"') {
                assertThat(field).as("a quote opens a field").isEmpty();
                i++;
                while (true) {
                    char c = csv.charAt(i++);
                    if (c == '"' && i < csv.length() && csv.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        field.append(c);
                    }
                }
            }
            char c = csv.charAt(i);
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && csv.startsWith("\r\n", i)) {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("an unquoted field holds no quote, CR or LF").isNotIn('"', '\r', '\n');
                field.append(c);
                i++;
            }
        }
        assertThat(row).as("the last line ends with CRLF").isEmpty();
        return rows;
    }
}
