package org.msettriage.rules.facts;

import org.msettriage.rules.referral.RiskLevel;

/** The level after the floors (step 2). */
public final class FlooredLevel extends LevelFinding {

    public FlooredLevel(RiskLevel level) {
        super(level);
    }
}
