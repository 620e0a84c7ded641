package org.msettriage.rules.referral;

/** A person of concern named in the referral; the free-text fields are never used by the rules. */
public record Perpetrator(String nickname, Boolean isAdult, String vehicle, String description) {}
