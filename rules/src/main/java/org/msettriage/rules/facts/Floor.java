package org.msettriage.rules.facts;

import java.util.ArrayList;
import java.util.List;
import org.msettriage.rules.policy.OverrideLevel;
import org.msettriage.rules.referral.RiskLevel;

/** A floor that applies: the level is at least this, because of the codes named. */
public final class Floor extends DescribedFinding {

    private final String code;
    private final RiskLevel level;
    private final List<String> because;

    /** A floor from its row of override-levels.csv and the lists of codes that made it apply. */
    @SafeVarargs
    public Floor(OverrideLevel override, List<? extends Object>... because) {
        this.code = override.getCode();
        this.level = override.getLevel();
        this.because = CodeLists.merge(because);
    }

    public String getCode() {
        return code;
    }

    public RiskLevel getLevel() {
        return level;
    }

    /** The indicator codes that made the floor apply (empty for one that a missing episode made). */
    public List<String> getBecause() {
        return because;
    }

    @Override
    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        codes.add(code);
        codes.addAll(because);
        return codes;
    }
}
