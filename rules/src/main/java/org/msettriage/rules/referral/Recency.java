package org.msettriage.rules.referral;

/** When an indicator was last seen: CURRENT (last 3 months), RECENT (3 to 12 months), HISTORIC (older). */
public enum Recency {
    HISTORIC,
    RECENT,
    CURRENT;

    /** A larger rank is more recent; the rules compare ranks to keep the most recent of two recencies. */
    public int getRank() {
        return ordinal();
    }
}
