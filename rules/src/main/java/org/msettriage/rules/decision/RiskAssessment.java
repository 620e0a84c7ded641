package org.msettriage.rules.decision;

import java.util.List;
import java.util.Map;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Everything sections 1 to 3 of the policy decide about one referral, the reasons in the order the
 * rules applied them, and which rules fired how often (for coverage and for the rule catalogue).
 */
public record RiskAssessment(
        RulesetIdentity ruleset,
        int score,
        Map<String, Integer> categoryScores,
        RiskLevel scoreLevel,
        RiskLevel riskLevel,
        String legacyRiskLevel,
        List<String> exploitationTypes,
        List<UsedIndicator> indicatorsUsed,
        List<AppliedOverride> overrides,
        List<RaisedWarning> warnings,
        List<Reason> reasons,
        Map<String, Integer> firedRules) {

    /** A counted indicator as the decision lists it. */
    public record UsedIndicator(String code, String recency, boolean derived, int points) {}

    /** An override step that applied. */
    public record AppliedOverride(String code, boolean raised, String text) {}

    /** A warning about the referral. */
    public record RaisedWarning(String code, String text) {}
}
