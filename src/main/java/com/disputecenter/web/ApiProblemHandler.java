package com.disputecenter.web;

import com.disputecenter.common.DisputeCenterException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.CannotAcquireLockException;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal of the REST API as application/problem+json (RFC 9457), with a detail a person can act on. */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Map<Class<? extends DisputeCenterException>, HttpStatus> STATUS = Map.of(
            DisputeCenterException.NotFound.class, HttpStatus.NOT_FOUND,
            DisputeCenterException.Forbidden.class, HttpStatus.FORBIDDEN,
            DisputeCenterException.Conflict.class, HttpStatus.CONFLICT,
            DisputeCenterException.RuleViolation.class, HttpStatus.UNPROCESSABLE_ENTITY,
            DisputeCenterException.InvalidInput.class, HttpStatus.BAD_REQUEST,
            DisputeCenterException.TooLarge.class, HttpStatus.PAYLOAD_TOO_LARGE,
            DisputeCenterException.UnsupportedType.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    @ExceptionHandler(DisputeCenterException.class)
    ProblemDetail refused(DisputeCenterException e) {
        HttpStatus status = STATUS.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(e))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(HttpStatus.BAD_REQUEST);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        if (e instanceof DisputeCenterException.InvalidInput invalid && invalid.field() != null) {
            problem.setProperty("errors", Map.of(invalid.field(), e.getMessage()));
        }
        return problem;
    }

    /** Two requests raced for the same case and this one lost. */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
            CannotAcquireLockException.class})
    ProblemDetail lostRace(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this case at the same moment; reload it and try again");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + e.getValue() + "' is not a valid " + e.getName());
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
        String detail = cause instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                ? "'" + invalid.getValue() + "' is not a valid value for " + path(invalid)
                : cause instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()
                        ? "Invalid or missing value for " + path(mapping)
                                + " (times are ISO-8601 UTC like 2026-11-20T10:00:00Z; money is {\"value\", \"currency\"})"
                        : "The body is not valid JSON for this request";
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than this server accepts"));
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
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
