package org.msettriage.rules.referral;

/** The kinds of location of concern (policy section 6). */
public enum LocationType {
    HOTEL,
    TAXI,
    TAKEAWAY,
    LICENSED_PREMISES,
    ADDRESS,
    PARK,
    TRANSPORT_HUB,
    SCHOOL_OR_COLLEGE,
    ONLINE_PLATFORM,
    OTHER
}
