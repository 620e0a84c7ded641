package org.msettriage.rules.facts;

import org.msettriage.rules.referral.RiskLevel;

/** The level after the exploitation-indicator cap (step 1). */
public final class CappedLevel extends LevelFinding {

    public CappedLevel(RiskLevel level) {
        super(level);
    }
}
