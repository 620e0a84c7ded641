package org.msettriage.rules.facts;

import org.msettriage.rules.referral.Perpetrator;

/** A person of concern the referral names; the rules see only whether they are known to be an adult. */
public final class NamedPerpetrator {

    private final int position;
    private final Boolean adult;

    public NamedPerpetrator(int position, Perpetrator perpetrator) {
        this.position = position;
        this.adult = perpetrator.isAdult();
    }

    /** The entry's index in the referral's list, from 0, as a JSON pointer counts. */
    public int getPosition() {
        return position;
    }

    /** True only when the referral says so: an unknown age never fires an action that needs an adult. */
    public boolean isAdult() {
        return Boolean.TRUE.equals(adult);
    }

    public boolean isAdultKnown() {
        return adult != null;
    }
}
