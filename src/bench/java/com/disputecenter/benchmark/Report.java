package com.disputecenter.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints the figures as they come and appends them to target/benchmark-results.txt. */
final class Report {

    private final Path file;
    final Map<String, Double> results = new LinkedHashMap<>();

    Report(Path file) {
        this.file = file;
    }

    void section(String title) {
        line("");
        line("== " + title + " ==");
    }

    void line(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args);
        System.out.println(text);
        System.out.flush();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void result(String name, double value) {
        results.put(name, value);
    }

    /** The 1, 5 and 15 minute load averages: six other builds share these two cores. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
