package com.disputecenter.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The machine-readable side of a problem (API.md v1.1): a {@code code} in UPPER_SNAKE and the same in
 * {@code type} as {@code /problems/{code}}, so a client never parses the English detail. A problem
 * that names no code of its own gets the generic code of its status.
 */
public final class Problems {

    public static final String CROSS_SITE_REQUEST = "CROSS_SITE_REQUEST";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String TOO_MANY_LOGIN_ATTEMPTS = "TOO_MANY_LOGIN_ATTEMPTS";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String INVALID_INPUT = "INVALID_INPUT";

    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, INVALID_INPUT),
            Map.entry(401, UNAUTHENTICATED),
            Map.entry(403, FORBIDDEN),
            Map.entry(404, "NOT_FOUND"),
            Map.entry(405, "METHOD_NOT_ALLOWED"),
            Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(409, "CONFLICT"),
            Map.entry(413, PAYLOAD_TOO_LARGE),
            Map.entry(415, UNSUPPORTED_MEDIA_TYPE),
            Map.entry(422, "RULE_VIOLATION"),
            Map.entry(429, "TOO_MANY_REQUESTS"),
            Map.entry(500, "INTERNAL_ERROR"),
            Map.entry(503, "SERVICE_UNAVAILABLE"));

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        return coded(ProblemDetail.forStatusAndDetail(status, detail), code);
    }

    /** Gives the problem this code, unless it carries one already. */
    public static ProblemDetail coded(ProblemDetail problem, String code) {
        if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
            problem.setType(URI.create("/problems/" + code));
            problem.setProperty("code", code);
        }
        return problem;
    }

    /** The generic code of a status, for a problem nobody named. */
    public static ProblemDetail coded(ProblemDetail problem) {
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        return coded(problem, BY_STATUS.getOrDefault(problem.getStatus(),
                status == null ? "HTTP_" + problem.getStatus() : status.name()));
    }

    /** Written where Spring MVC is not (security filters, the edge filters in front of every servlet). */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), coded(problem));
    }
}
