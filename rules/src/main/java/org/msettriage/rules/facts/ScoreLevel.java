package org.msettriage.rules.facts;

import org.msettriage.rules.referral.RiskLevel;

/** The band the score alone falls in. */
public final class ScoreLevel extends LevelFinding {

    public ScoreLevel(RiskLevel level) {
        super(level);
    }
}
