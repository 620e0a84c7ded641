package org.msettriage.rules.facts;

import java.util.List;

/** The positive points of one indicator category. */
public final class CategoryScore implements Explained {

    private final String category;
    private final int points;
    private final List<String> codes;

    public CategoryScore(String category, Number points, List<String> codes) {
        this.category = category;
        this.points = points.intValue();
        this.codes = codes.stream().sorted().toList();
    }

    public String getCategory() {
        return category;
    }

    public int getPoints() {
        return points;
    }

    @Override
    public List<String> codes() {
        return codes;
    }
}
