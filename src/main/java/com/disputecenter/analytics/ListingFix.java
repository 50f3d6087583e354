package com.disputecenter.analytics;

import com.disputecenter.dispute.Reason;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a seller changes in a listing when the same reason keeps coming back (seed 004: complete
 * and accurate listings with size charts, real photos and clear shipping terms prevent disputes;
 * seed 003: better pictures and fuller descriptions).
 */
public enum ListingFix {
    /** Measurements in the units of the destination market, not only "standard sizes". */
    SIZE_CHART(EnumSet.of(Reason.NOT_AS_DESCRIBED_SIZE)),
    /** Photos of the real item, from several angles, worn by a real person where it is clothing. */
    REAL_PHOTOS(EnumSet.of(Reason.NOT_AS_DESCRIBED_SIZE, Reason.NOT_AS_DESCRIBED_MISMATCH,
            Reason.NOT_AS_DESCRIBED_WRONG_ITEM)),
    /** Material, functions, quantity and condition as they are. */
    ACCURATE_DESCRIPTION(EnumSet.of(Reason.NOT_AS_DESCRIBED_MISMATCH, Reason.NOT_AS_DESCRIBED_NOT_WORKING,
            Reason.NOT_AS_DESCRIBED_SHORT_QUANTITY, Reason.NOT_AS_DESCRIBED_WRONG_ITEM)),
    /** Protective packaging for fragile goods. */
    PROTECTIVE_PACKAGING(EnumSet.of(Reason.NOT_AS_DESCRIBED_DAMAGED)),
    /** Shipping method, delivery time and possible duties stated on the listing. */
    SHIPPING_TERMS(EnumSet.of(Reason.SHIPPING_METHOD_NOT_AS_DESCRIBED, Reason.CUSTOMS_DUTIES,
            Reason.NOT_RECEIVED_IN_TRANSIT));

    /** A reason counts as repeating from this many disputes of one seller (and product) on. */
    public static final int REPEATS_FROM = 2;

    private final Set<Reason> reasons;

    ListingFix(Set<Reason> reasons) {
        this.reasons = reasons;
    }

    public static List<ListingFix> forReason(Reason reason) {
        return Stream.of(values()).filter(fix -> fix.reasons.contains(reason)).toList();
    }
}
