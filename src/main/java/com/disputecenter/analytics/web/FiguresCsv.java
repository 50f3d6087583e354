package com.disputecenter.analytics.web;

import com.disputecenter.analytics.ArbitratorFigures;
import com.disputecenter.analytics.Dimension;
import com.disputecenter.analytics.DisputeFigures;
import com.disputecenter.common.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The analytics as CSV (RFC 4180): one row per group, the same figures as the JSON. */
final class FiguresCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    /** What a spreadsheet takes for the start of a formula (OWASP CSV injection): = + - @, a tab, a carriage return. */
    private static final String FORMULA_START = "=+-@\t\r";

    private FiguresCsv() {
    }

    static String of(Dimension dimension, List<DisputeFigures> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, dimension.pathName().substring(0, dimension.pathName().length() - 1), "disputes", "counted", "orders",
                "dispute_rate", "resolved", "resolved_in_negotiation", "negotiation_share", "avg_hours_to_resolution",
                "refunds", "timeouts", "cancelled", "arbitrated", "arbitrated_no_refund", "responsible_seller",
                "responsible_buyer", "responsible_logistics", "responsible_platform", "sla_breaches");
        for (DisputeFigures f : rows) {
            line(csv, f.key(), f.disputes(), f.counted(), f.orders(), f.disputeRate(), f.resolved(),
                    f.resolvedInNegotiation(), f.negotiationShare(), f.averageHoursToResolution(),
                    f.refunds().stream().map(Money::toString).collect(Collectors.joining("; ")), f.timeouts(),
                    f.cancelled(), f.arbitrated(), f.arbitratedNoRefund(), f.responsibility().seller(),
                    f.responsibility().buyer(), f.responsibility().logistics(), f.responsibility().platform(),
                    f.slaBreaches());
        }
        return csv.toString();
    }

    static String ofArbitrators(List<ArbitratorFigures> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, "arbitrator", "decisions", "sla_breaches");
        rows.forEach(r -> line(csv, r.arbitrator(), r.decisions(), r.slaBreaches()));
        return csv.toString();
    }

    private static void line(StringBuilder csv, Object... cells) {
        csv.append(Stream.of(cells).map(FiguresCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * A cell as RFC 4180 writes it. Text that a spreadsheet would run as a formula gets a leading
     * apostrophe and quotes; a number we write ourselves (a count, a rate: a {@link Number}) is never
     * text, so a negative one stays a number. Every text cell (a seller id, a reason) is text, even
     * "-5": it came from outside. A semicolon is quoted too: where it is the list separator, a
     * spreadsheet would otherwise start a new cell, and a formula, after it.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        boolean formula = !(value instanceof Number) && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0;
        if (formula) {
            text = "'" + text;
        }
        boolean quote = formula || text.contains(",") || text.contains(";") || text.contains("\"") || text.contains("\n")
                || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
