package com.disputecenter.arbitration;

import com.disputecenter.common.DisputeCenterException;

/**
 * The queue's refusals with a message code, so a page can say them in the user's language
 * ({@code arbitration.refusal.*} in i18n/arbitration); the API answers with the English text as before.
 */
public final class QueueRefusal {

    private QueueRefusal() {
    }

    public static DisputeCenterException.Conflict conflict(String code, String english, Object... args) {
        return new DisputeCenterException.Conflict(english).coded(code, args);
    }

    public static DisputeCenterException.RuleViolation ruleViolation(String code, String english, Object... args) {
        return new DisputeCenterException.RuleViolation(english).coded(code, args);
    }

    public static DisputeCenterException.InvalidInput invalidInput(String field, String code, String english) {
        return new DisputeCenterException.InvalidInput(field, english).coded(code);
    }
}
