package com.disputecenter.dispute;

import java.time.Instant;
import java.util.Map;

/**
 * The port through which use cases tell a party about a change. A call joins the caller's
 * transaction: the message is queued with the change and exists only if the change commits.
 */
public interface PartyNotifier {

    /** @param values the placeholders of the notice's template; text, money, instants and enum values */
    void tell(Dispute dispute, Party party, Notice notice, Map<String, ?> values);

    /** Reminds a party of a deadline, once per deadline however often it is asked; false if already reminded. */
    boolean remind(Dispute dispute, Party party, DeadlineKind kind, Instant due);

    /** Tells both parties that a missed deadline decided the case, and how. */
    default void tellBothDeadlinePassed(Dispute dispute, DeadlineKind deadline) {
        for (Party party : java.util.List.of(Party.BUYER, Party.SELLER)) {
            tell(dispute, party, Notice.DEADLINE_PASSED, values("deadline", deadline, "resolution", dispute.resolutionType(),
                    "resolutionAmount", dispute.resolutionAmount()));
        }
    }

    /** Placeholder values as name, value, name, value…; a null value shows as nothing. */
    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
