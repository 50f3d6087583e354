package com.disputecenter.arbitration;

import com.disputecenter.common.DisputeCenterException;
import org.springframework.context.MessageSourceResolvable;

/**
 * The queue's refusals with a message code, so a page can say them in the user's language
 * ({@code arbitration.refusal.*} in i18n/arbitration); the API answers with the English text as before.
 */
public final class QueueRefusal {

    private QueueRefusal() {
    }

    public static DisputeCenterException.Conflict conflict(String code, String english, Object... args) {
        return new Conflict(code, english, args);
    }

    public static DisputeCenterException.RuleViolation ruleViolation(String code, String english, Object... args) {
        return new RuleViolation(code, english, args);
    }

    public static DisputeCenterException.InvalidInput invalidInput(String field, String code, String english) {
        return new InvalidInput(field, code, english);
    }

    private static final class Conflict extends DisputeCenterException.Conflict implements MessageSourceResolvable {
        private final String code;
        private final Object[] args;

        Conflict(String code, String english, Object[] args) {
            super(english);
            this.code = code;
            this.args = args;
        }

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return args;
        }

        @Override
        public String getDefaultMessage() {
            return getMessage();
        }
    }

    private static final class RuleViolation extends DisputeCenterException.RuleViolation
            implements MessageSourceResolvable {
        private final String code;
        private final Object[] args;

        RuleViolation(String code, String english, Object[] args) {
            super(english);
            this.code = code;
            this.args = args;
        }

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return args;
        }

        @Override
        public String getDefaultMessage() {
            return getMessage();
        }
    }

    private static final class InvalidInput extends DisputeCenterException.InvalidInput
            implements MessageSourceResolvable {
        private final String code;

        InvalidInput(String field, String code, String english) {
            super(field, english);
            this.code = code;
        }

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public String getDefaultMessage() {
            return getMessage();
        }
    }
}
