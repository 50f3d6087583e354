package com.disputecenter.web;

/**
 * The headers of one multipart part (its name, file name and type) may have at most
 * {@code server.tomcat.max-part-header-size} bytes. Tomcat's default, 512 B, refused a file name of
 * some 170 Chinese characters; 8 KB takes any name a file system allows, and the evidence service
 * cuts what it keeps.
 */
final class PartHeaders {

    static final String LIMIT = "8 KB";

    private PartHeaders() {
    }

    /** Whether a multipart failure is Tomcat's "Header section has more than N bytes", not a size limit. */
    static boolean tooLong(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("Header section has more than")) {
                return true;
            }
        }
        return false;
    }
}
