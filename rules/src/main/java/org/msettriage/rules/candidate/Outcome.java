package org.msettriage.rules.candidate;

import java.util.HashSet;
import java.util.Set;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.referral.RiskLevel;

/**
 * What a decision means for the child, as an impact report compares two: the level, the pathway, Pre-MSET
 * and panel eligibility, and the actions recommended (by code). Wording, scores and reasons aside.
 */
public record Outcome(
        RiskLevel riskLevel, String pathway, boolean preMsetEligible, boolean panelEligible, Set<String> actions) {

    public Outcome {
        actions = Set.copyOf(actions);
    }

    public static Outcome of(RiskAssessment decided) {
        Set<String> actions = new HashSet<>();
        decided.actions().forEach(action -> actions.add(action.code()));
        return new Outcome(
                decided.riskLevel(),
                decided.pathway(),
                decided.preMset().eligible(),
                decided.msetPanel().eligible(),
                actions);
    }
}
