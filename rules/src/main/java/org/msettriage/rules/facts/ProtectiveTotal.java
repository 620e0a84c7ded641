package org.msettriage.rules.facts;

import java.util.List;

/** What the protective factors together take off the score, after the cap. */
public final class ProtectiveTotal implements Explained {

    private final int points;
    private final List<String> codes;

    public ProtectiveTotal(Number points, List<String> codes) {
        this.points = points.intValue();
        this.codes = codes.stream().sorted().toList();
    }

    public int getPoints() {
        return points;
    }

    @Override
    public List<String> codes() {
        return codes;
    }

    @Override
    public int points() {
        return points;
    }
}
