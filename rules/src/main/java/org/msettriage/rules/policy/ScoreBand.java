package org.msettriage.rules.policy;

import org.msettriage.rules.referral.RiskLevel;

/** One row of score-bands.csv: the scores that fall in a level, and the legacy level it maps to. */
public final class ScoreBand {

    private final RiskLevel level;
    private final int minScore;
    private final Integer maxScore;
    private final String legacyLevel;

    public ScoreBand(RiskLevel level, int minScore, Integer maxScore, String legacyLevel) {
        this.level = level;
        this.minScore = minScore;
        this.maxScore = maxScore;
        this.legacyLevel = legacyLevel;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public int getMinScore() {
        return minScore;
    }

    /** The highest score in the band, or null for the open top band. */
    public Integer getMaxScore() {
        return maxScore;
    }

    public String getLegacyLevel() {
        return legacyLevel;
    }

    /** Kept for rulesets before 2026.12.0, whose score band rule calls it; newer ones read the bounds. */
    public boolean holdsScore(int score) {
        return score >= minScore && (maxScore == null || score <= maxScore);
    }

    /** The band's range as a reader sees it, for example "13 to 24" or "25 and over". */
    public String getRange() {
        return maxScore == null ? minScore + " and over" : minScore + " to " + maxScore;
    }
}
