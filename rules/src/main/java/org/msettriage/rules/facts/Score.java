package org.msettriage.rules.facts;

import java.util.List;

/** The score: the sum of all points, never below zero; the raw sum is kept for the explanation. */
public final class Score implements Explained {

    private final int concerns;
    private final int protective;
    private final int total;
    private final int value;

    /** From the positive points and the (capped, negative) protective points; the score is never below 0. */
    public Score(Number concernPoints, Number protectivePoints) {
        this.concerns = concernPoints.intValue();
        this.protective = protectivePoints.intValue();
        this.total = concerns + protective;
        this.value = Math.max(0, total);
    }

    public int getConcerns() {
        return concerns;
    }

    /** What protective factors take off, as a positive number. */
    public int getProtectiveDeduction() {
        return -protective;
    }

    /** The sum of the points before the floor of zero. */
    public int getTotal() {
        return total;
    }

    public int getValue() {
        return value;
    }

    @Override
    public List<String> codes() {
        return List.of();
    }

    @Override
    public int points() {
        return value;
    }
}
