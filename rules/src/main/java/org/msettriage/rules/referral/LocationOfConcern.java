package org.msettriage.rules.referral;

/** A place of concern named in the referral. */
public record LocationOfConcern(LocationType type, String description) {}
