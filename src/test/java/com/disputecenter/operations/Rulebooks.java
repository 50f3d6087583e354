package com.disputecenter.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The platform rulebook with some of a platform's windows changed, as an analyst would edit it in Modeler. */
final class Rulebooks {

    private Rulebooks() {
    }

    static String original() {
        try (InputStream in = Rulebooks.class.getResourceAsStream("/bpmn/platform-rules.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets outputs (by name, e.g. sellerResponseWindow -> "PT20S") in the platform's rule row. */
    static String withWindows(String platform, Map<String, String> windows) {
        String dmn = original();
        List<String> outputs = new ArrayList<>();
        Matcher output = Pattern.compile("<output [^>]*name=\"([A-Za-z]+)\"").matcher(dmn);
        while (output.find()) {
            outputs.add(output.group(1));
        }
        int rowStart = dmn.indexOf("<text>\"" + platform + "\"</text>");
        int rowEnd = dmn.indexOf("</rule>", rowStart);
        if (rowStart < 0 || rowEnd < 0) {
            throw new IllegalStateException("no rule row for " + platform);
        }
        Matcher text = Pattern.compile("<text>([^<]*)</text>").matcher(dmn.substring(rowStart, rowEnd));
        StringBuilder row = new StringBuilder();
        int entry = -1; // the input entry (the platform) comes first
        int changed = 0;
        while (text.find()) {
            String value = entry >= 0 && windows.containsKey(outputs.get(entry))
                    ? "\"" + windows.get(outputs.get(entry)) + "\"" : text.group(1);
            if (!value.equals(text.group(1))) {
                changed++;
            }
            text.appendReplacement(row, Matcher.quoteReplacement("<text>" + value + "</text>"));
            entry++;
        }
        text.appendTail(row);
        if (changed != windows.size()) {
            throw new IllegalStateException("changed " + changed + " of " + windows.keySet());
        }
        return dmn.substring(0, rowStart) + row + dmn.substring(rowEnd);
    }
}
