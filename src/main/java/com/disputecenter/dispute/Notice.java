package com.disputecenter.dispute;

/**
 * What a party must be told; the notification feature holds a template per notice and language
 * ({@code notifications/templates_<language>.properties}, keys {@code <key>.subject} and {@code <key>.body}).
 */
public enum Notice {
    /** To the seller: a buyer opened a dispute; respond by the deadline. */
    DISPUTE_OPENED("dispute-opened"),
    /** To the other party: a new proposal waits for an answer. */
    PROPOSAL_RECEIVED("proposal-received"),
    /** To the seller: a deadline falls due within 24 hours. */
    DEADLINE_REMINDER("deadline-reminder"),
    /** To the buyer: where the goods go back (an address or a prepaid label). */
    RETURN_LABEL("return-label"),
    /** To both parties: the carrier lost the return or sent it back; the platform steps in. */
    RETURN_ESCALATED("return-escalated"),
    /** To a party an arbitrator asked for more evidence. */
    EVIDENCE_REQUESTED("evidence-requested"),
    /** To both parties: a deadline passed and decided the case by the rulebook. */
    DEADLINE_PASSED("deadline-passed"),
    /** To both parties: an arbitrator (or a senior, on appeal) decided. */
    DECISION("decision");

    private final String key;

    Notice(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
