package org.msettriage.rules.referral;

/** The police's risk grading of a missing episode. */
public enum PoliceRiskGrade {
    NO_APPARENT_RISK,
    LOW,
    MEDIUM,
    HIGH
}
