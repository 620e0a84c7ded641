package org.msettriage.rules.referral;

/** The child the referral is about. Age is in whole years. */
public record Child(Integer ageYears, Gender gender, CareStatus careStatus, Boolean placedOutOfArea) {}
