package org.msettriage.rules.referral;

/** Which way a practitioner asks to move the level. */
public enum JudgementDirection {
    RAISE,
    LOWER
}
