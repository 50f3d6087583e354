package com.disputecenter.rules;

import com.disputecenter.dispute.Responsibility;

/** Suggests who is responsible (DMN {@code responsibility}); an arbitrator decides. */
public interface ResponsibilityAdvisor {

    Suggestion suggest(Facts facts);

    /**
     * @param packagingDamaged the uploader's finding on an outer-packaging photo; null when none
     * @param carrierStatus latest carrier status of the parcel, null when unknown
     */
    record Facts(String reason, String logisticsChannel, boolean labelOverLabel, Boolean packagingDamaged,
            String carrierStatus) {
    }

    /** @param responsibility null when no rule applies */
    record Suggestion(Responsibility responsibility, String rule) {
    }
}
