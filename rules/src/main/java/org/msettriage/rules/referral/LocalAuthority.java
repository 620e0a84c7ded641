package org.msettriage.rules.referral;

/** The local authorities of the partnership, and OTHER for one outside it. */
public enum LocalAuthority {
    GATESHEAD,
    NEWCASTLE,
    NORTH_TYNESIDE,
    SOUTH_TYNESIDE,
    SUNDERLAND,
    NORTHUMBERLAND,
    OTHER
}
