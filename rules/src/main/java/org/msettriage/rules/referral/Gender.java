package org.msettriage.rules.referral;

/** The child's gender as the referrer records it. */
public enum Gender {
    FEMALE,
    MALE,
    NON_BINARY,
    NOT_KNOWN
}
