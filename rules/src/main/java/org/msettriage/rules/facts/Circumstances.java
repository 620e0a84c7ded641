package org.msettriage.rules.facts;

import org.msettriage.rules.referral.Referral;

/** The yes-or-no facts of a referral that are not indicators: movement, meetings held, and emptiness. */
public final class Circumstances {

    private final boolean crossBoundary;
    private final boolean placedOutOfArea;
    private final boolean strategyMeetingHeld;
    private final boolean nothingToAssess;
    private final int perpetrators;
    private final int locations;

    public Circumstances(Referral referral) {
        this.crossBoundary = Boolean.TRUE.equals(referral.crossBoundary());
        this.placedOutOfArea = Boolean.TRUE.equals(referral.child().placedOutOfArea());
        this.strategyMeetingHeld = Boolean.TRUE.equals(referral.strategyMeetingHeld());
        this.perpetrators = referral.perpetrators().size();
        this.locations = referral.locationsOfConcern().size();
        this.nothingToAssess = referral.indicators().isEmpty()
                && referral.missingEpisodes().isEmpty()
                && referral.perpetrators().isEmpty()
                && referral.locationsOfConcern().isEmpty();
    }

    public boolean isCrossBoundary() {
        return crossBoundary;
    }

    public boolean isPlacedOutOfArea() {
        return placedOutOfArea;
    }

    public boolean isStrategyMeetingHeld() {
        return strategyMeetingHeld;
    }

    /** How many perpetrator entries the referral names, whatever fields they fill. */
    public int getPerpetrators() {
        return perpetrators;
    }

    /** How many locations of concern the referral names. */
    public int getLocations() {
        return locations;
    }

    /** How the child moves, in words, for an explanation: only called when one of the two is true. */
    public String getMovement() {
        if (crossBoundary && placedOutOfArea) {
            return "moves across area boundaries and is placed out of area";
        }
        return crossBoundary ? "moves across area boundaries" : "is placed out of area";
    }

    /** No indicators, no episodes, no perpetrators and no locations: nothing the rules can weigh. */
    public boolean isNothingToAssess() {
        return nothingToAssess;
    }
}
