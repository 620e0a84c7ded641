package org.msettriage.rules.facts;

import java.util.List;
import org.msettriage.rules.referral.RiskLevel;

/** The level as it stands after one step of section 3: score band, cap, floors, judgement. */
public abstract class LevelFinding implements Explained {

    private final RiskLevel level;

    protected LevelFinding(RiskLevel level) {
        this.level = level;
    }

    public RiskLevel getLevel() {
        return level;
    }

    @Override
    public List<String> codes() {
        return List.of();
    }
}
