package com.disputecenter.common;

/**
 * A use case refused. Each subclass is one kind of refusal; the web adapters map them to HTTP
 * statuses (see API.md), the domain never speaks HTTP.
 */
public abstract class DisputeCenterException extends RuntimeException {

    protected DisputeCenterException(String message) {
        super(message);
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
    }

    /** A platform rule (rulebook) refuses it. */
    public static class RuleViolation extends DisputeCenterException {
        public RuleViolation(String message) {
            super(message);
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
