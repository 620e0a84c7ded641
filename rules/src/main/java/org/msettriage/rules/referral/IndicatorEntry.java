package org.msettriage.rules.referral;

/** One indicator as the referrer gives it; the note is free text and never used by the rules. */
public record IndicatorEntry(String code, Recency recency, String note) {}
