package com.disputecenter.web;

import com.disputecenter.common.Text;
import com.disputecenter.common.Times;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * JSON as the desk reads it, for every request body and JSON part (a Module bean, so Spring's
 * ObjectMapper has it): a string holding U+0000 and a time outside {@link Times} are refused where
 * they are read, so no use case ever sees them. Duplicate keys are refused by the parser itself
 * ({@code spring.jackson.parser.strict-duplicate-detection}).
 */
@Component
class StrictJson extends SimpleModule {

    private static final String DUPLICATE = "Duplicate field '";

    StrictJson() {
        super("dispute-center-strict-json");
        // wraps whatever deserializer Jackson found (its own for String, JavaTimeModule's for Instant)
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == String.class ? new NoNul(deserializer)
                        : type == Instant.class ? new InRange(deserializer) : deserializer;
            }

            /** Jackson trims an enum's text, U+0000 included: "FULL_REFUND\u0000" would be taken as FULL_REFUND. */
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new NoNul(deserializer);
            }
        });
    }

    /**
     * The detail of a refusal this module or the strict parser caused, or null for any other
     * unreadable body; a value is quoted back only as {@link ApiProblemHandler#shown} allows.
     */
    static String refusal(Throwable cause) {
        if (cause instanceof InvalidFormatException invalid) {
            String field = ApiProblemHandler.path(invalid);
            if (invalid.getValue() instanceof String text && Text.hasNul(text)) {
                return field + " " + Text.NUL_RULE;
            }
            if (invalid.getTargetType() == Instant.class && invalid.getOriginalMessage().endsWith(Times.RULE)) {
                return ApiProblemHandler.shown(invalid.getValue()) + " is not a time for " + field + ": times "
                        + Times.RULE;
            }
        }
        if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith(DUPLICATE)) {
            String name = parse.getOriginalMessage().substring(DUPLICATE.length()).replaceFirst("'$", "");
            return "The body names " + ApiProblemHandler.shown(name) + " more than once; send each field once";
        }
        return null;
    }

    /** A string with U+0000 is no text (PostgreSQL refuses it, and a person never types it), nor any enum's name. */
    private static final class NoNul extends DelegatingDeserializer {

        NoNul(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new NoNul(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            // the text as sent, before the delegate reads (and an enum's trims) it
            if (p.hasToken(JsonToken.VALUE_STRING) && Text.hasNul(p.getText())) {
                throw context.weirdStringException(p.getText(), handledType(), Text.NUL_RULE);
            }
            return super.deserialize(p, context);
        }
    }

    /** An ISO-8601 time of the year 99999 parses, but is no time of ours. */
    private static final class InRange extends DelegatingDeserializer {

        InRange(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            Object value = super.deserialize(p, context);
            if (value instanceof Instant at && !Times.inRange(at)) {
                throw context.weirdStringException(p.getText(), Instant.class, Times.RULE);
            }
            return value;
        }
    }
}
