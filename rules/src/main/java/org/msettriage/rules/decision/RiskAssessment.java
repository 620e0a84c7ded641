package org.msettriage.rules.decision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.engine.RulesetIdentity;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.links.History;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.links.Link;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Everything the policy decides about one referral: the level and how it was reached (sections 1-3),
 * eligibility, route and actions (4-6), the explanation (7) and the questions about gaps (8), with which
 * rules fired how often (for coverage and for the rule catalogue). {@code links} and {@code history} are what
 * the service's record added (policy section 10): the facts the decision was made with, kept so that a
 * replay judges it by them; history is null for a ruleset that does not link referrals.
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
        String pathway,
        Eligibility preMset,
        Eligibility msetPanel,
        List<RecommendedAction> actions,
        String summary,
        List<Reason> reasons,
        List<Question> insufficientInformation,
        List<RaisedWarning> warnings,
        Map<String, Integer> firedRules,
        List<Link> links,
        History history) {

    /** The links and history the decision was made with, for deciding the referral again by them. */
    public Intelligence intelligence() {
        return new Intelligence(links, history);
    }

    /** A counted indicator as the decision lists it. */
    public record UsedIndicator(String code, String recency, boolean derived, int points) {}

    /** An override step that applied. */
    public record AppliedOverride(String code, boolean raised, String text) {}

    /** A warning about the referral. */
    public record RaisedWarning(String code, String text) {}

    /** A Pre-MSET or panel answer: the conditions met when yes, the unmet ones when no. */
    public record Eligibility(boolean eligible, List<EligibilityNote> reasons) {}

    /**
     * One reason of an eligibility answer, with its sentence and the id of the rule that gave it (a reason's
     * code need not be its rule's id: two rules may give one reason), by which the service counts why.
     */
    public record EligibilityNote(String code, String text, String ruleId) {}

    /** A recommended action from the catalogue, with why and by when; dueBy is null when it has no date. */
    public record RecommendedAction(
            String code,
            String title,
            String leadAgency,
            String timescale,
            OffsetDateTime dueBy,
            boolean overdue,
            List<String> because,
            String legalBasis) {}

    /** A question about missing information, pointing at the field that would answer it. */
    public record Question(String field, String question) {}
}
