package org.msettriage.rules.referral;

/** The agency that made the referral. */
public enum ReferringAgency {
    CHILDRENS_SOCIAL_CARE,
    POLICE,
    EDUCATION,
    HEALTH,
    YOUTH_JUSTICE,
    VOLUNTARY_SECTOR,
    OTHER
}
