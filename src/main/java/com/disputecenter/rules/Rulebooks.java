package com.disputecenter.rules;

import com.disputecenter.dispute.Platform;

/** Reads the platform rulebooks (DMN {@code platform-rules}). */
public interface Rulebooks {

    /** The rulebook in force now: the latest deployed version of the decision. */
    Rulebook current(Platform platform);

    /** The rulebook a dispute was opened under, by the decision version pinned on it. */
    Rulebook pinned(String decisionDefinitionId, Platform platform);
}
