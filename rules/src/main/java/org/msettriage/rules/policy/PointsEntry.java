package org.msettriage.rules.policy;

import org.msettriage.rules.referral.Recency;

/** One cell of points.csv: the points an indicator of a tier earns at a recency. */
public final class PointsEntry {

    private final String tier;
    private final Recency recency;
    private final int points;

    public PointsEntry(String tier, Recency recency, int points) {
        this.tier = tier;
        this.recency = recency;
        this.points = points;
    }

    public String getTier() {
        return tier;
    }

    public Recency getRecency() {
        return recency;
    }

    public int getPoints() {
        return points;
    }
}
