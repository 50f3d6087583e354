package com.disputecenter.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A use case refused. Each subclass is one kind of refusal; the web adapters map them to HTTP
 * statuses (see API.md), the domain never speaks HTTP. A refusal may carry a message code, so a page
 * can say it in the user's language; the API answers with the English message either way.
 */
public abstract class DisputeCenterException extends RuntimeException implements MessageSourceResolvable {

    private String code;
    private Object[] arguments = new Object[0];

    protected DisputeCenterException(String message) {
        super(message);
    }

    protected final void setMessageCode(String code, Object... arguments) {
        this.code = code;
        this.arguments = arguments == null ? new Object[0] : arguments;
    }

    /** The message code, or the fallback for a refusal that has none (its text is English only). */
    public String codeOr(String fallback) {
        return code == null ? fallback : code;
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }

    /** The dispute does not exist, or the caller may not see it: both look the same from outside. */
    public static class NotFound extends DisputeCenterException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The caller's role may not do this. */
    public static class Forbidden extends DisputeCenterException {
        public Forbidden(String message) {
            super(message);
        }
    }

    /** Not allowed in the case's current state, already done, or lost a race. */
    public static class Conflict extends DisputeCenterException {
        public Conflict(String message) {
            super(message);
        }

        public Conflict coded(String code, Object... arguments) {
            setMessageCode(code, arguments);
            return this;
        }
    }

    /** A platform rule (rulebook) refuses it. */
    public static class RuleViolation extends DisputeCenterException {
        public RuleViolation(String message) {
            super(message);
        }

        public RuleViolation coded(String code, Object... arguments) {
            setMessageCode(code, arguments);
            return this;
        }
    }

    /** A field is missing or invalid. */
    public static class InvalidInput extends DisputeCenterException {
        private final String field;

        public InvalidInput(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }

        public InvalidInput coded(String code) {
            setMessageCode(code);
            return this;
        }
    }

    /** An uploaded file, or a party's uploads together, exceed the rulebook's limit. */
    public static class TooLarge extends DisputeCenterException {
        public TooLarge(String message) {
            super(message);
        }
    }

    /** An uploaded file's content is not of an accepted type. */
    public static class UnsupportedType extends DisputeCenterException {
        public UnsupportedType(String message) {
            super(message);
        }
    }
}
