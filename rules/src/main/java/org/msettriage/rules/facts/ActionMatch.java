package org.msettriage.rules.facts;

import java.util.List;

/**
 * A row of action-rules.csv that holds for a decision: the action it recommends, and the names and values
 * its explanation is filled with.
 */
public final class ActionMatch {

    private final Recommendation recommendation;
    private final Object[] namesAndValues;

    ActionMatch(Recommendation recommendation, List<Object> namesAndValues) {
        this.recommendation = recommendation;
        this.namesAndValues = namesAndValues.toArray();
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public Object[] getNamesAndValues() {
        return namesAndValues.clone();
    }
}
