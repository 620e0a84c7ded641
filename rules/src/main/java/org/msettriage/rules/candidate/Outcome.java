package org.msettriage.rules.candidate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.referral.RiskLevel;

/**
 * What a decision means for the child, as an impact report compares two: the level, the pathway, Pre-MSET
 * and panel eligibility, and the actions recommended, each by its code with its timescale (an action due
 * in 72 hours rather than 7 days changes what agencies must do by when). Wording, scores and reasons aside.
 *
 * @param actions each recommended action's code, to its timescale ("" when the answer gives none)
 */
public record Outcome(
        RiskLevel riskLevel,
        String pathway,
        boolean preMsetEligible,
        boolean panelEligible,
        Map<String, String> actions) {

    public Outcome {
        actions = Map.copyOf(actions);
    }

    public static Outcome of(RiskAssessment decided) {
        Map<String, String> actions = new HashMap<>();
        decided.actions()
                .forEach(action -> actions.put(action.code(), action.timescale() == null ? "" : action.timescale()));
        return new Outcome(
                decided.riskLevel(),
                decided.pathway(),
                decided.preMset().eligible(),
                decided.msetPanel().eligible(),
                actions);
    }

    /** The codes of the actions recommended. */
    public Set<String> actionCodes() {
        return actions.keySet();
    }
}
