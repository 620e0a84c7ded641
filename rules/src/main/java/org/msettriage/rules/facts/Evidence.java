package org.msettriage.rules.facts;

import java.util.List;
import org.msettriage.rules.referral.Recency;

/**
 * One sighting of an indicator code: given by the referrer, or derived from missing episodes. Several
 * sightings of a code are merged by the rules into one counted indicator.
 */
public final class Evidence implements Explained {

    /** Derived evidence ranks after every given entry when recencies tie: a given code is taken as given. */
    private static final int DERIVED_PRECEDENCE = 1_000_000;

    private final String code;
    private final Recency recency;
    private final boolean derived;
    private final int precedence;

    private Evidence(String code, Recency recency, boolean derived, int precedence) {
        this.code = code;
        this.recency = recency;
        this.derived = derived;
        this.precedence = precedence;
    }

    /** An indicator the referrer gave, at its position in the referral's list. */
    public static Evidence given(String code, Recency recency, int position) {
        return new Evidence(code, recency, false, position);
    }

    /** An indicator derived from the missing episodes. */
    public static Evidence derived(String code, Recency recency) {
        return new Evidence(code, recency, true, DERIVED_PRECEDENCE + recency.getRank());
    }

    public String getCode() {
        return code;
    }

    public Recency getRecency() {
        return recency;
    }

    public boolean isDerived() {
        return derived;
    }

    /** Which sighting wins a tie of recency: lower wins. */
    public int getPrecedence() {
        return precedence;
    }

    @Override
    public List<String> codes() {
        return List.of(code);
    }
}
