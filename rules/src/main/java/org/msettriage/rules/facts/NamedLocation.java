package org.msettriage.rules.facts;

import org.msettriage.rules.referral.LocationType;

/** A place of concern the referral names; the rules see only its type. */
public final class NamedLocation {

    private final LocationType type;

    public NamedLocation(LocationType type) {
        this.type = type;
    }

    public LocationType getType() {
        return type;
    }
}
