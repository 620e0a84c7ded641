package org.msettriage.rules.referral;

/** The child's status with children's social care (policy section 6). */
public enum CareStatus {
    NONE,
    EARLY_HELP,
    CHILD_IN_NEED,
    CHILD_PROTECTION,
    LOOKED_AFTER_S20,
    LOOKED_AFTER_S31,
    CARE_LEAVER
}
