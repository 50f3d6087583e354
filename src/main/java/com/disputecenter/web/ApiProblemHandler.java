package com.disputecenter.web;

import com.disputecenter.common.DisputeCenterException;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal of the REST API as application/problem+json (RFC 9457), with a detail a person can act on. */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    private static final Map<Class<? extends DisputeCenterException>, HttpStatus> STATUS = Map.of(
            DisputeCenterException.NotFound.class, HttpStatus.NOT_FOUND,
            DisputeCenterException.Forbidden.class, HttpStatus.FORBIDDEN,
            DisputeCenterException.Conflict.class, HttpStatus.CONFLICT,
            DisputeCenterException.RuleViolation.class, HttpStatus.UNPROCESSABLE_ENTITY,
            DisputeCenterException.InvalidInput.class, HttpStatus.BAD_REQUEST,
            DisputeCenterException.TooLarge.class, HttpStatus.PAYLOAD_TOO_LARGE,
            DisputeCenterException.UnsupportedType.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    /** One generic code per kind of refusal (API.md v1.1); finer codes per refusal may come later. */
    private static final Map<Class<? extends DisputeCenterException>, String> CODE = Map.of(
            DisputeCenterException.NotFound.class, "NOT_FOUND",
            DisputeCenterException.Forbidden.class, Problems.FORBIDDEN,
            DisputeCenterException.Conflict.class, "CONFLICT",
            DisputeCenterException.RuleViolation.class, "RULE_VIOLATION",
            DisputeCenterException.InvalidInput.class, Problems.INVALID_INPUT,
            DisputeCenterException.TooLarge.class, "FILE_TOO_LARGE",
            DisputeCenterException.UnsupportedType.class, "UNSUPPORTED_FILE_TYPE");

    @ExceptionHandler(DisputeCenterException.class)
    ProblemDetail refused(DisputeCenterException e) {
        HttpStatus status = STATUS.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(e))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(HttpStatus.BAD_REQUEST);
        ProblemDetail problem = Problems.of(status, CODE.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(e)).map(Map.Entry::getValue)
                .findFirst().orElse(Problems.INVALID_INPUT), e.getMessage());
        if (e instanceof DisputeCenterException.InvalidInput invalid && invalid.field() != null) {
            problem.setProperty("errors", Map.of(invalid.field(), e.getMessage()));
        }
        return problem;
    }

    /**
     * Two requests raced for the same case and this one lost: optimistic (JPA version, Spring's
     * {@link OptimisticLockingFailureException}) and pessimistic lock failures alike. The engine's
     * own OptimisticLockingException is turned into a Conflict by the process adapter.
     */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockingFailureException.class,
            PessimisticLockingFailureException.class, CannotAcquireLockException.class, ConcurrencyFailureException.class})
    ProblemDetail lostRace(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this case at the same moment; reload it and try again");
    }

    /** A body announced as multipart that is not (the size limit has its own handler: 413). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e, HttpServletRequest request) {
        if (!api(request)) {
            throw e;
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not a valid multipart upload");
    }

    /** The database cannot be reached (no connection within the pool's timeout, or one cut): try again shortly. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e, HttpServletRequest request) {
        if (!api(request)) {
            throw e;
        }
        log.warn("Database unavailable: {}", e.toString());
        return unavailable();
    }

    /**
     * Anything else: a database outage reported by a library that does not translate it (the
     * engine wraps it in its own exception) is still a 503; a real bug is a 500 in problem+json
     * that tells nothing about the inside.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!api(request) || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // pages have their own error handling; Spring Security answers 401/403
        }
        if (connectionFailure(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return unavailable();
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed"));
    }

    /** Only the REST API answers problem+json; pages keep their own error handling. */
    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static boolean connectionFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    // SQLSTATE class 08: connection exception (PostgreSQL reports a cut connection so)
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    // the rollback after a cut connection fails too, and its exception hides the first one
                    || cause instanceof org.hibernate.TransactionException && cause.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "The dispute desk cannot reach its database just now; nothing was changed. Try again in a few seconds"));
    }

    /** A form field naming a list row past the binder's limit (files[300].kind), or a property path it cannot follow. */
    @ExceptionHandler(InvalidPropertyException.class)
    ProblemDetail badPropertyPath(InvalidPropertyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request names a field that does not exist, or a list row beyond the last one");
    }

    /** Spring Security's firewall refuses a header or parameter only when it is read, inside a controller. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ProblemDetail rejected(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "A header or parameter of the request holds characters it may not hold");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                shown(e.getValue()) + " is not a valid " + e.getName());
        problem.setProperty("errors", Map.of(e.getName(), "invalid value"));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid fields: " + String.join(", ", errors.keySet()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid request parameters"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        String strict = StrictJson.refusal(cause);
        String detail = strict != null ? strict
                : cause instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                ? shown(invalid.getValue()) + " is not a valid value for " + path(invalid)
                : cause instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()
                        ? "Invalid or missing value for " + path(mapping)
                                + " (times are ISO-8601 UTC like 2026-11-20T10:00:00Z; money is {\"value\", \"currency\"})"
                        : "The body is not valid JSON for this request";
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
                cause instanceof com.fasterxml.jackson.databind.JsonMappingException ? Problems.INVALID_INPUT
                        : Problems.MALFORMED_JSON, detail));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (PartHeaders.tooLong(e)) {
            // Spring reads every multipart "size" failure as a too large upload; long headers are bad input
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "A part's headers (its file name, say) are longer than " + PartHeaders.LIMIT));
        }
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than this server accepts"));
    }

    /**
     * A rejected value is quoted back only when it is short and plain; anything else (markup, a
     * megabyte of text) is not echoed, so no client ever renders what an attacker sent.
     */
    static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 && text.matches("[\\p{L}\\p{N} _.:@+-]*") ? "'" + text + "'" : "The given value";
    }

    static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the body" : path.toString();
    }
}
