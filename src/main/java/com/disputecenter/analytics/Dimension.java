package com.disputecenter.analytics;

import java.util.Arrays;
import java.util.Optional;

/** What the figures are grouped by; the column is a constant here, never taken from a request. */
public enum Dimension {
    SELLERS("seller_id"),
    PLATFORMS("platform"),
    REASONS("reason");

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** As it appears in a path: sellers, platforms, reasons. */
    public String pathName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Dimension> fromPath(String name) {
        return Arrays.stream(values()).filter(d -> d.pathName().equals(name)).findFirst();
    }
}
