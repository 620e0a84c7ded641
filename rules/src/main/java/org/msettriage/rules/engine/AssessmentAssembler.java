package org.msettriage.rules.engine;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.decision.RiskAssessment.AppliedOverride;
import org.msettriage.rules.decision.RiskAssessment.Eligibility;
import org.msettriage.rules.decision.RiskAssessment.Question;
import org.msettriage.rules.decision.RiskAssessment.RaisedWarning;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.decision.RiskAssessment.UsedIndicator;
import org.msettriage.rules.facts.CategoryScore;
import org.msettriage.rules.facts.DecidedLevel;
import org.msettriage.rules.facts.Described;
import org.msettriage.rules.facts.EligibilityReason;
import org.msettriage.rules.facts.ExploitationType;
import org.msettriage.rules.facts.IndicatorUsed;
import org.msettriage.rules.facts.InformationGap;
import org.msettriage.rules.facts.OverrideReported;
import org.msettriage.rules.facts.Pathway;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.facts.Recommendation;
import org.msettriage.rules.facts.Score;
import org.msettriage.rules.facts.ScoreLevel;
import org.msettriage.rules.facts.Warning;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.policy.CategoryDefinition;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Reads the findings of one evaluation into a {@link RiskAssessment}: lists in the policy tables' order,
 * and reasons in the order the policy applies its rules (their place in the ruleset).
 */
final class AssessmentAssembler {

    private final Policy policy;
    private final RulesetIdentity identity;
    private final Map<String, Integer> rulePositions = new LinkedHashMap<>();
    private final RecommendedActions actions;
    private final DecisionSummary summary;

    AssessmentAssembler(Policy policy, RulesetIdentity identity, List<RuleDescription> rules) {
        this.policy = policy;
        this.identity = identity;
        rules.forEach(rule -> rulePositions.put(rule.id(), rule.position()));
        this.actions = new RecommendedActions(policy);
        this.summary = new DecisionSummary(policy);
    }

    RiskAssessment assemble(FiringTrace trace, OffsetDateTime assessedAt, Intelligence intelligence) {
        // In the order the policy finds them, so a missing score is named rather than the level it leads to.
        int score = trace.single(Score.class).getValue();
        RiskLevel scoreLevel = trace.single(ScoreLevel.class).getLevel();
        DecidedLevel decided = trace.single(DecidedLevel.class);
        List<ExploitationType> types = trace.all(ExploitationType.class).stream()
                .sorted(Comparator.comparingInt(t -> categoryOrder(t.getCategory())))
                .toList();
        Map<String, Integer> categoryScores = categoryScores(trace.all(CategoryScore.class));
        List<AppliedOverride> overrides = trace.all(OverrideReported.class).stream()
                .sorted(Comparator.comparingInt(o -> policy.overrideOrder(o.getCode())))
                .map(o -> new AppliedOverride(o.getCode(), o.isRaised(), o.getText()))
                .toList();
        String pathway = trace.single(Pathway.class).getCode();
        List<EligibilityReason> eligibility = trace.all(EligibilityReason.class);
        Eligibility preMset = EligibilityAnswers.answer(EligibilityReason.PRE_MSET, eligibility, policyOrder());
        Eligibility msetPanel = EligibilityAnswers.answer(EligibilityReason.MSET_PANEL, eligibility, policyOrder());
        List<RecommendedAction> recommended = actions.list(trace.all(Recommendation.class), assessedAt);
        return new RiskAssessment(
                identity,
                score,
                categoryScores,
                scoreLevel,
                decided.getLevel(),
                policy.band(decided.getLevel()).getLegacyLevel(),
                types.stream().map(ExploitationType::getType).toList(),
                trace.all(IndicatorUsed.class).stream()
                        .sorted(Comparator.comparingInt((IndicatorUsed u) -> categoryOrder(u.getCategory()))
                                .thenComparing(IndicatorUsed::getCode))
                        .map(u -> new UsedIndicator(u.getCode(), u.getRecency().name(), u.isDerived(), u.getPoints()))
                        .toList(),
                overrides,
                pathway,
                preMset,
                msetPanel,
                recommended,
                summary.write(new DecisionSummary.Facts(
                        score,
                        scoreLevel,
                        decided.getLevel(),
                        types.stream().map(ExploitationType::getCategory).toList(),
                        categoryScores,
                        overrides,
                        pathway,
                        msetPanel,
                        recommended)),
                reasons(trace.all(Reason.class)),
                trace.all(InformationGap.class).stream()
                        .sorted(this.<InformationGap>policyOrder()
                                .thenComparing(InformationGap::getField, AssessmentAssembler::byPointer))
                        .map(gap -> new Question(gap.getField(), gap.getText()))
                        .toList(),
                trace.all(Warning.class).stream()
                        .map(w -> new RaisedWarning(w.getCode(), w.getText()))
                        .toList(),
                Map.copyOf(trace.firings()),
                intelligence.links(),
                intelligence.history());
    }

    /**
     * Reasons by their rule's place in the ruleset; one rule's several reasons (one per indicator, say)
     * by their codes, so that the order never depends on the order of the referral's lists.
     */
    private List<Reason> reasons(List<Reason> reasons) {
        return reasons.stream()
                .map(r -> new SortedReason(position(r.ruleId()), String.join(",", r.codes()), r))
                .sorted(Comparator.comparingInt(SortedReason::position).thenComparing(SortedReason::codes))
                .map(SortedReason::reason)
                .toList();
    }

    /** A reason with its sort keys worked out once, not at every comparison. */
    private record SortedReason(int position, String codes, Reason reason) {}

    private <T extends Described> Comparator<T> policyOrder() {
        return Comparator.comparingInt(d -> position(d.getRuleId()));
    }

    /** JSON pointers in list order: /missingEpisodes/2 before /missingEpisodes/10. */
    static int byPointer(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private int position(String ruleId) {
        return rulePositions.getOrDefault(ruleId, Integer.MAX_VALUE);
    }

    private Map<String, Integer> categoryScores(List<CategoryScore> scores) {
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        scores.stream()
                .sorted(Comparator.comparingInt(s -> categoryOrder(s.getCategory())))
                .forEach(s -> byCategory.put(s.getCategory(), s.getPoints()));
        return byCategory;
    }

    private int categoryOrder(String category) {
        CategoryDefinition definition = policy.category(category);
        return definition == null ? Integer.MAX_VALUE : definition.getOrder();
    }
}
