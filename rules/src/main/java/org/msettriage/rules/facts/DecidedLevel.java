package org.msettriage.rules.facts;

import org.msettriage.rules.referral.RiskLevel;

/** The risk level decided: after professional judgement (step 3). */
public final class DecidedLevel extends LevelFinding {

    public DecidedLevel(RiskLevel level) {
        super(level);
    }
}
